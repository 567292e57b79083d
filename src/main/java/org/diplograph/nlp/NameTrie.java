package org.diplograph.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.NameMatch;

/**
 * The names of one gazetteer as a tree of tokens, matched the way OpenNLP's {@code DictionaryNameFinder} matches:
 * from left to right, the longest entry starting at each token, continuing after a match. It replaces that class
 * because the profile showed it spending most of the analysis time building and hashing a {@code StringList}
 * for every token window; a walk down this tree costs one hash look-up per token it matches.
 * Case-insensitive tries compare tokens the way {@link String#compareToIgnoreCase} does. Immutable once built,
 * safe to share between threads.
 */
final class NameTrie {

    private static final class Node {
        private Map<String, Node> next;
        private String key;
    }

    private final String type;
    private final boolean caseSensitive;
    private final Node root = new Node();

    NameTrie(String type, boolean caseSensitive) {
        this.type = type;
        this.caseSensitive = caseSensitive;
    }

    /** Adds a name; the first key given for a name (after case folding) is kept. */
    void put(String[] tokens, String key) {
        if (tokens.length == 0) {
            return;
        }
        Node node = root;
        for (String token : tokens) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(fold(token), t -> new Node());
        }
        if (node.key == null) {
            node.key = key;
        }
    }

    /** Adds every match in the normalised tokens of a sentence to {@code out}. */
    void find(String[] tokens, List<NameMatch> out) {
        String[] folded = caseSensitive ? tokens : foldAll(tokens);
        int from = 0;
        while (from < tokens.length) {
            Node node = root;
            int matchEnd = -1;
            String matchKey = null;
            for (int i = from; i < tokens.length && node.next != null; i++) {
                node = node.next.get(folded[i]);
                if (node == null) {
                    break;
                }
                if (node.key != null) {
                    matchEnd = i + 1;
                    matchKey = node.key;
                }
            }
            if (matchEnd > 0) {
                out.add(new NameMatch(type, matchKey, from, matchEnd));
                from = matchEnd;
            } else {
                from++;
            }
        }
    }

    private String[] foldAll(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = fold(tokens[i]);
        }
        return out;
    }

    private String fold(String token) {
        return caseSensitive ? token : foldCase(token);
    }

    /** Upper then lower case per code point: two strings fold alike exactly when compareToIgnoreCase says equal. */
    static String foldCase(String token) {
        StringBuilder out = null;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && out == null) {
                out = new StringBuilder(token.length()).append(token, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return out == null ? token : out.toString();
    }
}
