package org.diplograph.pipeline;

import org.diplograph.rdf.ArticleGraph;

/**
 * What became of one input: its graph and counts when it was stored, or the line that says why it was not.
 * Holds no analysis, so that outcomes waiting to be written stay small.
 */
record Outcome(String name, long bytes, ArticleGraph graph, int events, int sentences, int tokens, String note,
               String problem) {

    static Outcome stored(String name, long bytes, ArticleGraph graph, int events, int sentences, int tokens,
                          String note) {
        return new Outcome(name, bytes, graph, events, sentences, tokens, note, null);
    }

    static Outcome skipped(String name, long bytes, String problem) {
        return new Outcome(name, bytes, null, 0, 0, 0, null, problem);
    }
}
