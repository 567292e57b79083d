package org.diplograph.extract.sentence;

/**
 * Where a sentence names an actor: tokens {@code [start, end)} of sentence {@code sentence}.
 *
 * @param key     the actor's key ("country:PAK", "person:wendy-sherman", …)
 * @param place   the name is used as a location ("in Nairobi"), not as an actor
 * @param pronoun the mention is a pronoun or a bare title resolved to someone named before
 */
public record Mention(int sentence, int start, int end, Kind kind, String key, boolean place, boolean pronoun) {

    public enum Kind { PERSON, COUNTRY, ORGANIZATION, DELEGATION, MEDIA }

    public boolean actor() {
        return kind != Kind.MEDIA && !place;
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }
}
