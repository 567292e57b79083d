package org.diplograph.lexicon.petrarch;

import java.util.List;

/**
 * A PETRARCH discard list: phrases that stop a sentence (or, marked {@code +}, a whole story) from being coded:
 * sports, entertainment, history.
 *
 * @param problems lines that could not be used, each "line N: reason"
 */
public record Discards(List<Discard> discards, List<String> problems) {

    /**
     * @param words lower-case words
     * @param story whether the whole story is discarded, not only the sentence
     * @param whole whether the last word must match whole ("_" in the source); otherwise it is a stem
     */
    public record Discard(List<String> words, boolean story, boolean whole, int line) {
    }
}
