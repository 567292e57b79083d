package org.diplograph.model;

import java.util.List;

/**
 * A sentence with its tokens and the gazetteer names found in it.
 *
 * @param index    position in the article (0-based)
 * @param begin    char offset of the first character in the article text
 * @param end      char offset after the last character
 * @param headline whether the sentence is the article's headline
 * @param chunks   noun phrases, verb groups and prepositions, in order
 */
public record Sentence(int index, int begin, int end, boolean headline, List<Token> tokens, List<NameMatch> names,
                       List<Chunk> chunks) {

    public Sentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        chunks = List.copyOf(chunks);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The article text covered by tokens {@code [from, to)}. */
    public String text(String articleText, int from, int to) {
        return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
