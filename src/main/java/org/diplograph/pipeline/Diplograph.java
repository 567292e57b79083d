package org.diplograph.pipeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.article.ArticleException;
import org.diplograph.article.ArticleFiles;
import org.diplograph.article.PendingArticle;
import org.diplograph.extract.ArticleKeys;
import org.diplograph.extract.EventExtractor;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.extract.LexiconEventExtractor;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.Extraction;
import org.diplograph.nlp.DictionaryTagger;
import org.diplograph.nlp.LanguageCheck;
import org.diplograph.nlp.OpenNlpAnalyzer;
import org.diplograph.ontology.Iris;
import org.diplograph.query.StateNames;
import org.diplograph.rdf.ArticleGraph;
import org.diplograph.rdf.ArticleGraphs;
import org.diplograph.rdf.Prefixes;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.Store;

/**
 * The whole journey of articles, in one place:
 * <pre>
 * input ─► article (date, dateline, agency) ─► language check ─► OpenNLP (sentences, tokens, tags, gazetteer names)
 *       ─► extract (actors, roles, events, time, polarity) ─► RDF (one named graph per article) ─► store, in batches
 * </pre>
 * Inputs are listed lazily; reading, analysis and extraction run on all cores ({@link ParallelRun}); graphs reach
 * the store in input order, one transaction per batch. Models and lexicons are loaded once per process and
 * shared; each worker thread has its own analyzer.
 */
public final class Diplograph {

    /** What happened to a run: counts of what was stored, and one line per input that was not. */
    public record BatchReport(int articles, int events, long triples, List<String> problems, long sentences,
                              long tokens) {
        public BatchReport(int articles, int events, long triples, List<String> problems) {
            this(articles, events, triples, problems, 0, 0);
        }

        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    /** How a run uses the machine: worker threads, and articles per store transaction. */
    public record Options(int threads, int batchSize) {
        /**
         * Articles per transaction. Each TDB2 commit copies and syncs the index blocks it touched, so larger batches
         * load faster: 120,499 quads took 5.4-5.9 s in batches of 200 articles and 4.0-4.3 s in batches of 1,000
         * (docs/performance.md); a batch of 1,000 graphs is ~50,000 triples in memory.
         */
        public static final int DEFAULT_BATCH = 1000;

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
        }

        public Options withBatchSize(int size) {
            return new Options(threads, size);
        }
    }

    private static final String SCHEMA_URL = "https://schema.org/url";

    private final Lexicon lexicon;
    private final ThreadLocal<OpenNlpAnalyzer> analyzer;
    private final EventExtractor extractor;
    private final LanguageCheck languages = new LanguageCheck();

    private Diplograph(Lexicon lexicon, DictionaryTagger tagger, EventExtractor extractor) {
        this.lexicon = lexicon;
        this.analyzer = ThreadLocal.withInitial(() -> new OpenNlpAnalyzer(tagger));
        this.extractor = extractor;
    }

    /** The default pipeline: UD English models, the bundled lexicon, the rule-based extractor. */
    public static Diplograph create() {
        Startup.Loaded loaded = Startup.load();
        return new Diplograph(loaded.lexicon(), loaded.tagger(), new LexiconEventExtractor(loaded.lexicon()));
    }

    /**
     * A pipeline with a lexicon of your own (your dictionaries, or PETRARCH's validation dictionaries in its
     * unit tests): the same models and extractor, every word from {@code lexicon}.
     */
    public static Diplograph with(Lexicon lexicon) {
        return new Diplograph(lexicon, new DictionaryTagger(lexicon.gazetteers()), new LexiconEventExtractor(lexicon));
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
     * Runs the inputs through every step and hands the graphs to {@code sink} in input order, in batches of
     * {@code options.batchSize()}. An input that cannot be read, is not English, or breaks the extractor is
     * reported in one line and skipped; the others are still processed.
     */
    public BatchReport run(Iterator<PendingArticle> inputs, Options options, Consumer<List<ArticleGraph>> sink,
                           RunListener listener) {
        LocalDate today = LocalDate.now();
        return new ParallelRun(options.threads(), options.batchSize())
                .run(inputs, p -> work(p, today), sink, listener);
    }

    /** Loads the inputs into the store: one transaction per batch; loading an article again replaces its graph. */
    public BatchReport load(Iterator<PendingArticle> inputs, Store store, Options options, RunListener listener) {
        ensureReference(store);
        return run(inputs, options, batch -> store.replace(batch.stream()
                .map(g -> new Store.NamedModel(g.name(), g.model())).toList()), listener);
    }

    /** Extracts the inputs into an in-memory dataset: one graph per article and the states and organisations they name. */
    public Dataset extractAll(Iterator<PendingArticle> inputs, Options options, RunListener listener,
                              List<String> problems) {
        Dataset ds = DatasetFactory.createTxnMem();
        Prefixes.apply(ds.getPrefixMapping());
        Set<String> used = new HashSet<>();
        BatchReport report = run(inputs, options, batch -> batch.forEach(g -> {
            ds.addNamedModel(g.name(), g.model());
            g.model().listObjects().forEachRemaining(o -> {
                if (o.isURIResource() && (o.asResource().getURI().startsWith(Iris.BASE + "country/")
                        || o.asResource().getURI().startsWith(Iris.BASE + "org/"))) {
                    used.add(o.asResource().getURI());
                }
            });
        }), listener);
        problems.addAll(report.problems());
        List<Actor> referenced = lexicon.referenceActors().stream()
                .filter(a -> used.contains(a.kind() == ActorKind.COUNTRY ? Iris.country(a.code()) : Iris.organization(a.code())))
                .toList();
        if (!referenced.isEmpty()) {
            ds.addNamedModel(Iris.REFERENCE_GRAPH, ReferenceGraph.of(referenced, false));
        }
        return ds;
    }

    /** {@link #extractAll(Iterator, Options, RunListener, List)} for a list of files; notes go to {@code notes}. */
    public Dataset extractAll(List<ArticleFiles.Input> inputs, List<String> problems, Consumer<String> notes) {
        return extractAll(pending(inputs), Options.defaults(), notesTo(notes), problems);
    }

    /** {@link #load(Iterator, Store, Options, RunListener)} for a list of files; notes go to {@code notes}. */
    public BatchReport load(List<ArticleFiles.Input> inputs, Store store, int batchSize, Consumer<String> notes) {
        return load(pending(inputs), store, Options.defaults().withBatchSize(batchSize), notesTo(notes));
    }

    /** Processes a list of files, handing each graph to {@code sink} in order; notes go to {@code notes}. */
    public BatchReport process(List<ArticleFiles.Input> inputs, Consumer<ArticleGraph> sink, Consumer<String> notes) {
        return run(pending(inputs), Options.defaults(), batch -> batch.forEach(sink), notesTo(notes));
    }

    /** What one worker does with one input: read, check the language, analyse, extract, make the graph. */
    Outcome work(PendingArticle input, LocalDate today) {
        String name = input.name();
        try {
            PendingArticle.Read read = input.read(today);
            Article article = read.article();
            LanguageCheck.Verdict foreign = languages.foreign(article.text().substring(article.bodyStart()));
            if (foreign != null) {
                return Outcome.skipped(name, input.size(), String.format(java.util.Locale.ROOT,
                        "%s: not English (OpenNLP detects '%s', confidence %.2f): skipped", name,
                        foreign.language(), foreign.confidence()));
            }
            AnalysedArticle analysed = analyse(article);
            Extraction x = extractor.extract(analysed);
            ArticleGraph g = graph(x);
            String note = x.notes().isEmpty() ? null : name + ": " + String.join("; ", x.notes());
            if (read.url() != null) {
                note = addUrl(g, read.url(), name, note);
            }
            return Outcome.stored(name, input.size(), g, x.events().size(), analysed.sentences().size(),
                    analysed.tokenCount(), note);
        } catch (ArticleException e) {
            return Outcome.skipped(name, input.size(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.skipped(name, input.size(), name + ": internal error while extracting (" + e
                    + "): skipped; please report it");
        }
    }

    /** Records a JSON Lines "url" as the article's schema:url when it is an absolute web address. */
    private static String addUrl(ArticleGraph g, String url, String name, String note) {
        String u = url.strip();
        if (u.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+")) {
            Model m = g.model();
            RDFNode target = m.createResource(u);
            m.getResource(g.articleIri()).addProperty(m.createProperty(SCHEMA_URL), target);
            return note;
        }
        String problem = "url '" + u + "' is not an http(s) address: left out";
        return note == null ? name + ": " + problem : note + "; " + problem;
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

    /** The states of the lexicon, with names and demonyms, for query parameters ({@code -p state=Pakistani}). */
    public static StateNames stateNames() {
        return StateNames.of(Lexicon.get().names().countries().values().stream()
                .map(c -> new StateNames.State(c.iso3(), c.label(), c.names(), c.demonyms())).toList());
    }

    private static Iterator<PendingArticle> pending(List<ArticleFiles.Input> inputs) {
        return inputs.stream().<PendingArticle>map(i -> new PendingArticle.File(i.file(), i.id(), 0)).iterator();
    }

    private static RunListener notesTo(Consumer<String> notes) {
        return new RunListener() {
            @Override
            public void note(String line) {
                notes.accept(line);
            }

            @Override
            public void skipped(String line) {
            }

            @Override
            public void done(long bytes) {
            }
        };
    }
}
