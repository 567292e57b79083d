package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link TokenizerME} with a memory of the words it has split. {@code TokenizerME} cuts the text at white
 * space and then decides, for each piece on its own, where to split it ("China's" → "China", "'s"); the decision
 * depends on nothing but the piece. News repeats its words, so remembering each piece's cuts gives exactly the
 * same tokens for a fraction of the model evaluations. The memory is bounded (it is emptied when full), so it
 * does not grow with the corpus. Not thread-safe, like the {@code TokenizerME} inside it: one per thread.
 */
final class CachingTokenizer {

    /** Distinct pieces remembered before the memory is emptied: a few MB at most. */
    static final int CAPACITY = 50_000;
    private final TokenizerME tokenizer;
    private final Map<String, int[]> bounds = new HashMap<>();

    CachingTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The token spans of {@code text}, identical to {@link TokenizerME#tokenizePos(String)}. */
    Span[] tokenizePos(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(pieces.length + pieces.length / 4);
        for (Span piece : pieces) {
            if (piece.length() < 2) {
                out.add(piece);
                continue;
            }
            int[] bounds = boundsOf(text.substring(piece.getStart(), piece.getEnd()));
            for (int i = 0; i < bounds.length; i += 2) {
                out.add(new Span(piece.getStart() + bounds[i], piece.getStart() + bounds[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** The tokens of {@code text} as strings. */
    String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    /** The token spans of one piece as {start, end} pairs relative to the piece (kept as OpenNLP gives them). */
    private int[] boundsOf(String piece) {
        int[] known = bounds.get(piece);
        if (known != null) {
            return known;
        }
        Span[] spans = tokenizer.tokenizePos(piece);
        int[] pairs = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            pairs[2 * i] = spans[i].getStart();
            pairs[2 * i + 1] = spans[i].getEnd();
        }
        if (bounds.size() >= CAPACITY) {
            bounds.clear();
        }
        bounds.put(piece, pairs);
        return pairs;
    }
}
