package org.diplograph.nlp;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The bare OpenNLP pass that Diplograph's speed is measured against: sentences, tokens and part-of-speech tags of a
 * text with OpenNLP's own classes and the same models, and nothing else (no name finding, no extraction, no
 * caching). Not thread-safe: one per thread, like the {@code *ME} classes inside.
 */
public final class BarePass {

    /** Sentences and tokens found in a text. */
    public record Counts(int sentences, int tokens) {
    }

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public BarePass() {
        NlpModels models = NlpModels.get();
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
    }

    public Counts run(String text) {
        int n = 0;
        int tokens = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String[] words = tokenizer.tokenize(s.getCoveredText(text).toString());
            tagger.tag(words);
            tokens += words.length;
            n++;
        }
        return new Counts(n, tokens);
    }
}
