package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone who acts in diplomatic events, or a source that reports them.
 *
 * @param key        identity within the whole knowledge graph ("country:PAK", "person:wendy-sherman", …)
 * @param kind       what sort of actor
 * @param label      a human-readable name
 * @param code       ISO alpha-3 for states, short code for organisations and news sources, else {@code null}
 * @param represents code of the state or organisation a person or delegation acts for, or {@code null}
 * @param roles      titles of office held, as the article gives them
 */
public record Actor(String key, ActorKind kind, String label, String code, String represents, List<Role> roles) {

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        roles = List.copyOf(roles);
    }

    /** The state or organisation code this actor stands for in an event: itself for states, else whom it represents. */
    public String party() {
        return kind == ActorKind.COUNTRY || kind == ActorKind.ORGANIZATION ? code : represents;
    }
}
