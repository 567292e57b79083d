package org.diplograph.lexicon;

import java.util.List;

/**
 * One inflected form of a dictionary verb: the words it is written with ("called", "off"), which of them is the
 * verb, the verb block whose patterns apply, and the code the verb has alone.
 */
public record VerbForm(String block, String code, List<String> words, int head, String lemma, String origin) {

    public VerbForm {
        words = List.copyOf(words);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside " + words);
        }
    }
}
