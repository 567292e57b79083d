package org.diplograph.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cue list of {@code words=number} entries ("a couple of=2"), matched like a {@link WordList}. Immutable. */
public final class NumberList {

    /** An entry found in a sentence: how many tokens it covers and its number. */
    public record Found(int length, int value) {
    }

    private final WordList words;
    private final Map<String, Integer> values;

    NumberList(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        this.words = WordList.of(List.copyOf(values.keySet()));
    }

    /** The longest entry that starts at token {@code i}, or null. */
    public Found at(String[] lowerTokens, int i) {
        int n = words.matchAt(lowerTokens, i);
        if (n == 0) {
            return null;
        }
        return new Found(n, values.get(String.join(" ", List.of(lowerTokens).subList(i, i + n))));
    }

    /** The number of a one-word entry, or null. */
    public Integer get(String token) {
        return words.has(token) ? values.get(token) : null;
    }

    /** Every entry and its number. */
    public Map<String, Integer> values() {
        return new HashMap<>(values);
    }
}
