package org.diplograph.model;

/** What sort of gathering a name denotes, as far as the ontology tells them apart (dg:Summit, dg:Conference). */
public enum GatheringKind {
    SUMMIT, CONFERENCE, OTHER
}
