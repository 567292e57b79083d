package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cue list: single words and multi-word entries, matched token by token against a sentence's lower-case tokens.
 * Entries are split the way the tokenizer splits text: at white space, and before a possessive "'s"
 * ("president's office" is three tokens). Immutable.
 */
public final class WordList {

    private final List<String> entries;
    private final Set<String> words = new HashSet<>();
    private final Map<String, List<String[]>> phrasesByFirst = new HashMap<>();

    private WordList(Collection<String> entries) {
        this.entries = List.copyOf(entries);
        for (String entry : this.entries) {
            String[] tokens = tokens(entry.toLowerCase(Locale.ROOT));
            if (tokens.length == 1) {
                words.add(tokens[0]);
            } else if (tokens.length > 1) {
                phrasesByFirst.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
            }
        }
    }

    public static WordList of(Collection<String> entries) {
        return new WordList(entries);
    }

    public static WordList of(String... entries) {
        return new WordList(List.of(entries));
    }

    /** Whether one token is a single-word entry. */
    public boolean has(String token) {
        return words.contains(token);
    }

    /** The number of tokens of the longest entry that starts at token {@code i}, or 0 when none does. */
    public int matchAt(String[] lowerTokens, int i) {
        if (i < 0 || i >= lowerTokens.length) {
            return 0;
        }
        int longest = words.contains(lowerTokens[i]) ? 1 : 0;
        for (String[] phrase : phrasesByFirst.getOrDefault(lowerTokens[i], List.of())) {
            if (phrase.length > longest && i + phrase.length <= lowerTokens.length && matches(phrase, lowerTokens, i)) {
                longest = phrase.length;
            }
        }
        return longest;
    }

    /** The entries as written in the file. */
    public List<String> entries() {
        return entries;
    }

    private static boolean matches(String[] phrase, String[] tokens, int i) {
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(tokens[i + k])) {
                return false;
            }
        }
        return true;
    }

    private static String[] tokens(String entry) {
        List<String> out = new ArrayList<>();
        for (String word : entry.strip().split("\\s+")) {
            if (word.length() > 2 && word.endsWith("'s")) {
                out.add(word.substring(0, word.length() - 2));
                out.add("'s");
            } else if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
