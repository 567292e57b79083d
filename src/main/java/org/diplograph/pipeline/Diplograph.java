package org.diplograph.pipeline;

import org.diplograph.extract.EventExtractor;
import org.diplograph.extract.Lexicon;
import org.diplograph.extract.LexiconEventExtractor;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.Extraction;
import org.diplograph.nlp.DictionaryTagger;
import org.diplograph.nlp.OpenNlpAnalyzer;

/**
 * The journey of one article: text → OpenNLP analysis (sentences, tokens, tags, gazetteer names) → actors and
 * events. Models and lexicons are loaded once per process and shared; each thread gets its own analyzer.
 */
public final class Diplograph {

    private static volatile DictionaryTagger names;

    private final ThreadLocal<OpenNlpAnalyzer> analyzer;
    private final EventExtractor extractor;

    private Diplograph(DictionaryTagger tagger, EventExtractor extractor) {
        this.analyzer = ThreadLocal.withInitial(() -> new OpenNlpAnalyzer(tagger));
        this.extractor = extractor;
    }

    /** The default pipeline: UD English models, the bundled lexicon, the rule-based extractor. */
    public static Diplograph create() {
        Lexicon lexicon = Lexicon.get();
        return new Diplograph(tagger(lexicon), new LexiconEventExtractor(lexicon));
    }

    private static DictionaryTagger tagger(Lexicon lexicon) {
        DictionaryTagger t = names;
        if (t == null) {
            synchronized (Diplograph.class) {
                t = names;
                if (t == null) {
                    t = new DictionaryTagger(lexicon.gazetteers());
                    names = t;
                }
            }
        }
        return t;
    }

    public AnalysedArticle analyse(Article article) {
        return analyzer.get().analyse(article);
    }

    public Extraction extract(Article article) {
        return extractor.extract(analyse(article));
    }
}
