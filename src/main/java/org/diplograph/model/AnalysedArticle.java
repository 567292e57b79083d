package org.diplograph.model;

import java.util.List;

/** An article with the sentences the NLP step found in it. */
public record AnalysedArticle(Article article, List<Sentence> sentences) {

    public AnalysedArticle {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
