package org.diplograph.model;

/** Whether an event is actual, only planned, or only possible. */
public enum Modality {
    ACTUAL, PLANNED, HYPOTHETICAL
}
