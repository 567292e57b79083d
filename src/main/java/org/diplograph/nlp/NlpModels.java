package org.diplograph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies, from Maven Central), loaded once per process.
 * Models are thread-safe and shared; the {@code *ME} tools built from them are not (see {@link OpenNlpAnalyzer}).
 */
public final class NlpModels {

    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;

    private NlpModels() {
        sentences = load(SENTENCE, SentenceModel::new);
        tokens = load(TOKENS, TokenizerModel::new);
        pos = load(POS, POSModel::new);
    }

    /** The process-wide models, loaded on first use. */
    public static NlpModels get() {
        NlpModels models = shared;
        if (models == null) {
            synchronized (NlpModels.class) {
                models = shared;
                if (models == null) {
                    models = new NlpModels();
                    shared = models;
                }
            }
        }
        return models;
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
