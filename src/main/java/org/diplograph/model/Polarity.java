package org.diplograph.model;

/** Whether the text says an event happened or did not. */
public enum Polarity {
    AFFIRMED, NEGATED
}
