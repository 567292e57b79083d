package org.diplograph.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.sys.JenaSystem;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.nlp.DictionaryTagger;
import org.diplograph.nlp.NlpModels;

/**
 * Loads what every run needs, once per process, on two threads: Jena's initialisation (about a third of a cold
 * start) runs beside the OpenNLP models, the lexicon and the name finder, which need each other in that order.
 * Measured on the seed article, this takes the cold start of {@code extract} from the sum of the two to about
 * the longer of them (see docs/performance.md).
 */
final class Startup {

    record Loaded(Lexicon lexicon, DictionaryTagger tagger) {
    }

    private static volatile Loaded loaded;

    private Startup() {
    }

    static Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (Startup.class) {
                l = loaded;
                if (l == null) {
                    l = loadNow();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private static Loaded loadNow() {
        ExecutorService side = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "diplograph-startup");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Void> jena = CompletableFuture.runAsync(JenaSystem::init, side);
            NlpModels.get();
            Lexicon lexicon = Lexicon.get();
            DictionaryTagger tagger = new DictionaryTagger(lexicon.gazetteers());
            jena.join();
            return new Loaded(lexicon, tagger);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            side.shutdown();
        }
    }
}
