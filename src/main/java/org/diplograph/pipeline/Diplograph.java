package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.diplograph.article.ArticleException;
import org.diplograph.article.ArticleFiles;
import org.diplograph.article.ArticleReader;
import org.diplograph.extract.ArticleKeys;
import org.diplograph.extract.EventExtractor;
import org.diplograph.extract.Lexicon;
import org.diplograph.extract.LexiconEventExtractor;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.Extraction;
import org.diplograph.nlp.DictionaryTagger;
import org.diplograph.nlp.OpenNlpAnalyzer;
import org.diplograph.ontology.Iris;
import org.diplograph.rdf.ArticleGraph;
import org.diplograph.rdf.ArticleGraphs;
import org.diplograph.rdf.Prefixes;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.Store;

/**
 * The whole journey of a batch of articles, in one place:
 * <pre>
 * file ─► article (date, dateline, agency) ─► OpenNLP (sentences, tokens, tags, gazetteer names)
 *      ─► extract (actors, roles, events, time, polarity) ─► RDF (one named graph per article) ─► store
 * </pre>
 * Models and lexicons are loaded once per process and shared; each thread gets its own analyzer.
 */
public final class Diplograph {

    /** What happened to a batch: articles stored, and one line per article that could not be read. */
    public record BatchReport(int articles, int events, long triples, List<String> problems) {
        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    private static volatile DictionaryTagger names;

    private final Lexicon lexicon;
    private final ThreadLocal<OpenNlpAnalyzer> analyzer;
    private final EventExtractor extractor;

    private Diplograph(Lexicon lexicon, DictionaryTagger tagger, EventExtractor extractor) {
        this.lexicon = lexicon;
        this.analyzer = ThreadLocal.withInitial(() -> new OpenNlpAnalyzer(tagger));
        this.extractor = extractor;
    }

    /** The default pipeline: UD English models, the bundled lexicon, the rule-based extractor. */
    public static Diplograph create() {
        Lexicon lexicon = Lexicon.get();
        return new Diplograph(lexicon, tagger(lexicon), new LexiconEventExtractor(lexicon));
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

    public ArticleGraph graph(Extraction extraction) {
        return ArticleGraphs.of(extraction, ArticleKeys.of(extraction.source()));
    }

    /**
     * Reads and extracts every input in order, handing each article's graph to {@code sink}. An input that
     * cannot be read is reported in one line and skipped; the others are still processed.
     */
    public BatchReport process(List<ArticleFiles.Input> inputs, Consumer<ArticleGraph> sink,
                               Consumer<String> notes) {
        List<String> problems = new ArrayList<>();
        int articles = 0;
        int events = 0;
        long triples = 0;
        for (ArticleFiles.Input input : inputs) {
            Article article;
            try {
                article = ArticleReader.read(input.file(), input.id());
            } catch (ArticleException e) {
                problems.add(e.getMessage());
                continue;
            }
            Extraction x = extract(article);
            x.notes().forEach(n -> notes.accept(input.file() + ": " + n));
            ArticleGraph g = graph(x);
            sink.accept(g);
            articles++;
            events += x.events().size();
            triples += g.model().size();
        }
        return new BatchReport(articles, events, triples, problems);
    }

    /** Extracts the inputs into an in-memory dataset: one graph per article and the states and organisations they name. */
    public Dataset extractAll(List<ArticleFiles.Input> inputs, List<String> problems, Consumer<String> notes) {
        Dataset ds = DatasetFactory.createTxnMem();
        Prefixes.apply(ds.getPrefixMapping());
        List<String> used = new ArrayList<>();
        BatchReport report = process(inputs, g -> {
            ds.addNamedModel(g.name(), g.model());
            g.model().listObjects().forEachRemaining(o -> {
                if (o.isURIResource() && (o.asResource().getURI().startsWith(Iris.BASE + "country/")
                        || o.asResource().getURI().startsWith(Iris.BASE + "org/"))) {
                    used.add(o.asResource().getURI());
                }
            });
        }, notes);
        problems.addAll(report.problems());
        List<Actor> referenced = lexicon.referenceActors().stream()
                .filter(a -> used.contains(a.kind() == ActorKind.COUNTRY ? Iris.country(a.code()) : Iris.organization(a.code())))
                .toList();
        if (!referenced.isEmpty()) {
            ds.addNamedModel(Iris.REFERENCE_GRAPH, ReferenceGraph.of(referenced, false));
        }
        return ds;
    }

    /** Loads the inputs into the store, in batches of {@code batchSize} articles per transaction. */
    public BatchReport load(List<ArticleFiles.Input> inputs, Store store, int batchSize, Consumer<String> notes) {
        ensureReference(store);
        List<Store.NamedModel> batch = new ArrayList<>();
        BatchReport report = process(inputs, g -> {
            batch.add(new Store.NamedModel(g.name(), g.model()));
            if (batch.size() >= batchSize) {
                store.replace(List.copyOf(batch));
                batch.clear();
            }
        }, notes);
        if (!batch.isEmpty()) {
            store.replace(batch);
        }
        return report;
    }

    /** Puts the reference graph (states, organisations, CAMEO) into the store unless it is there already. */
    public void ensureReference(Store store) {
        Model reference = referenceGraph();
        long stored = store.read(() -> store.dataset().containsNamedModel(Iris.REFERENCE_GRAPH)
                ? store.dataset().getNamedModel(Iris.REFERENCE_GRAPH).size() : -1L);
        if (stored != reference.size()) {
            store.replace(List.of(new Store.NamedModel(Iris.REFERENCE_GRAPH, reference)));
        }
    }

    public Model referenceGraph() {
        return ReferenceGraph.of(lexicon.referenceActors(), true);
    }
}
