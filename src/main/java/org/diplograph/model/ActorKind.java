package org.diplograph.model;

/** What sort of actor a node stands for. */
public enum ActorKind {
    COUNTRY, ORGANIZATION, PERSON, DELEGATION, NEWS_SOURCE
}
