package org.diplograph.model;

/**
 * A phrase of a sentence found by the chunk grammar: tokens {@code [start, end)}, with the token that heads it.
 *
 * @param kind what sort of phrase
 * @param head index of the head token: the last noun of a noun phrase, the main verb of a verb group, the
 *             preposition itself
 */
public record Chunk(Kind kind, int start, int end, int head) {

    /** Noun phrase, verb group (auxiliaries, negation, adverbs and the main verb), preposition. */
    public enum Kind { NOUN_PHRASE, VERB_GROUP, PREPOSITION }

    public Chunk {
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad chunk " + kind + " [" + start + ", " + end + ") head " + head);
        }
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }
}
