package org.diplograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.diplograph.article.ArticleException;
import org.diplograph.article.ArticleFiles;
import org.diplograph.article.ArticleReader;
import org.diplograph.article.PendingArticle;
import org.diplograph.model.Article;
import org.diplograph.nlp.BarePass;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.RunListener;
import org.diplograph.store.Tdb2Store;

/**
 * Measures Diplograph on a directory of articles, in this JVM: end to end (read, analyse, extract, store in a fresh
 * TDB2 store) against the bare OpenNLP pass (sentences, tokens, POS) on the same articles with the same number of
 * threads; peak heap; how the time grows with the number of articles. Store loading and the cold start are measured
 * in fresh JVMs ({@link StoreComparison}, {@link ColdStart}); the bundled queries on the whole store in TDB2 and
 * Oxigraph ({@link QueryTimes}). Every figure is the median of {@code runs} runs, taken after one warm-up run on the
 * first 100 articles.
 */
public final class Benchmark {

    /** What to measure and where to put the scratch stores. */
    public record Settings(Path articles, int runs, int threads, List<Integer> sizes, Path work, Path jenaCmds,
                           Path coldArticle, java.util.Set<String> parts, Path store, Path oxigraph) {
        /** Whether a part ("throughput", "scaling", "store", "cold", "queries") is to be measured. */
        boolean measures(String part) {
            return parts.isEmpty() || parts.contains(part);
        }
    }

    /** One timed run: wall seconds, process CPU seconds, and what it got through. */
    record Run(double seconds, double cpu, long articles, long sentences, long tokens, long peakHeap, long liveHeap) {
        double perSecond(long n) {
            return n / seconds;
        }
    }

    private final Settings settings;
    private final Consumer<String> out;
    private final Diplograph diplograph = Diplograph.create();

    public Benchmark(Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() throws IOException {
        Files.createDirectories(settings.work());
        if (settings.articles() == null) {
            Machine.describe(settings, List.of(), out);
            new QueryTimes(settings, out).run(settings.store());
            return;
        }
        List<ArticleFiles.Input> all = ArticleFiles.expand(List.of(settings.articles()), new ArrayList<>());
        if (all.isEmpty()) {
            throw new IOException(settings.articles() + ": no *.txt articles to measure");
        }
        Machine.describe(settings, all, out);
        if (settings.measures("throughput") || settings.measures("scaling")) {
            List<ArticleFiles.Input> first = all.subList(0, Math.min(100, all.size()));
            endToEnd(first);
            bare(first);
        }
        if (settings.measures("throughput")) {
            throughput(all);
        }
        if (settings.measures("scaling")) {
            scaling(all);
        }
        if (settings.measures("store")) {
            Path nquads = settings.work().resolve("bench.nq");
            export(all, nquads);
            new StoreComparison(settings, out).run(nquads);
        }
        if (settings.measures("cold")) {
            new ColdStart(settings, out).run(settings.coldArticle() != null ? settings.coldArticle() : all.get(0).file());
        }
        if (settings.measures("queries")) {
            Path store = settings.store();
            if (store == null) {
                store = settings.work().resolve("queries-store");
                delete(store);
                try (Tdb2Store s = Tdb2Store.open(store)) {
                    diplograph.load(pending(all), s, new Diplograph.Options(settings.threads(),
                            Diplograph.Options.DEFAULT_BATCH), RunListener.silent());
                }
            }
            new QueryTimes(settings, out).run(store);
        }
    }

    private void throughput(List<ArticleFiles.Input> all) throws IOException {
        out.accept("");
        out.accept("== End to end (read + analyse + extract + store) against the bare OpenNLP pass, "
                + all.size() + " articles, " + settings.threads() + " threads, median of " + settings.runs() + " runs");
        List<Run> e2e = new ArrayList<>();
        List<Run> bare = new ArrayList<>();
        for (int r = 1; r <= settings.runs(); r++) {
            Run a = endToEnd(all);
            Run b = bare(all);
            e2e.add(a);
            bare.add(b);
            out.accept(String.format(Locale.ROOT, "run %d: end to end %.2f s (%.0f articles/s, %.1f CPU s);"
                    + " bare %.2f s (%.0f articles/s, %.1f CPU s); load average %s", r, a.seconds(),
                    a.perSecond(a.articles()), a.cpu(), b.seconds(), b.perSecond(b.articles()), b.cpu(), Machine.load()));
        }
        Run me = median(e2e);
        Run mb = median(bare);
        out.accept(String.format(Locale.ROOT, "%-12s %10s %12s %12s %12s %10s", "", "seconds", "articles/s",
                "sentences/s", "tokens/s", "CPU s"));
        out.accept(row("end to end", me));
        out.accept(row("bare OpenNLP", mb));
        out.accept(String.format(Locale.ROOT, "ratio end to end / bare (articles/s): %.2f",
                me.perSecond(me.articles()) / mb.perSecond(mb.articles())));
        out.accept(String.format(Locale.ROOT, "heap: max %s; end to end peak in use %s, most live after a GC %s",
                mb(Runtime.getRuntime().maxMemory()), mb(e2e.stream().mapToLong(Run::peakHeap).max().orElse(0)),
                mb(e2e.stream().mapToLong(Run::liveHeap).max().orElse(0))));
    }

    private void scaling(List<ArticleFiles.Input> all) throws IOException {
        out.accept("");
        out.accept("== Scaling: end to end on the first N articles, median of " + settings.runs() + " runs");
        out.accept(String.format(Locale.ROOT, "%8s %10s %10s %12s %12s %14s", "articles", "tokens", "seconds",
                "ms/article", "µs/token", "live heap"));
        for (int size : settings.sizes()) {
            List<ArticleFiles.Input> part = size <= 0 || size >= all.size() ? all : all.subList(0, size);
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < settings.runs(); r++) {
                runs.add(endToEnd(part));
            }
            Run m = median(runs);
            out.accept(String.format(Locale.ROOT, "%8d %10d %10.2f %12.2f %12.2f %14s", part.size(), m.tokens(),
                    m.seconds(), 1000 * m.seconds() / part.size(), 1e6 * m.seconds() / m.tokens(),
                    mb(runs.stream().mapToLong(Run::liveHeap).max().orElse(0))));
        }
    }

    /** Loads the articles into a fresh store with {@code load}'s code path. */
    private Run endToEnd(List<ArticleFiles.Input> inputs) throws IOException {
        Path dir = Files.createTempDirectory(settings.work(), "e2e-");
        try (HeapWatch heap = new HeapWatch()) {
            long cpu = cpu();
            long start = System.nanoTime();
            Diplograph.BatchReport report;
            try (Tdb2Store store = Tdb2Store.open(dir)) {
                report = diplograph.load(pending(inputs), store, new Diplograph.Options(settings.threads(), Diplograph.Options.DEFAULT_BATCH),
                        RunListener.silent());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(seconds, (cpu() - cpu) / 1e9, inputs.size(), report.sentences(), report.tokens(),
                    heap.peakUsed(), heap.liveAfterGc());
        } finally {
            delete(dir);
        }
    }

    /** Reads the articles and runs sentences, tokens and POS tags over their bodies, nothing else. */
    private Run bare(List<ArticleFiles.Input> inputs) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        ThreadLocal<BarePass> pass = ThreadLocal.withInitial(BarePass::new);
        try (HeapWatch heap = new HeapWatch()) {
            long cpu = cpu();
            long start = System.nanoTime();
            List<Future<BarePass.Counts>> counts = new ArrayList<>();
            for (ArticleFiles.Input input : inputs) {
                counts.add(pool.submit(() -> {
                    try {
                        Article a = ArticleReader.read(input.file(), input.id());
                        return pass.get().run(a.text().substring(a.bodyStart()));
                    } catch (ArticleException e) {
                        return new BarePass.Counts(0, 0);
                    }
                }));
            }
            long sentences = 0;
            long tokens = 0;
            for (Future<BarePass.Counts> f : counts) {
                BarePass.Counts c = f.get();
                sentences += c.sentences();
                tokens += c.tokens();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(seconds, (cpu() - cpu) / 1e9, inputs.size(), sentences, tokens, heap.peakUsed(),
                    heap.liveAfterGc());
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("bare pass failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Loads the articles once more and writes the store as N-Quads, for the store comparison. */
    private void export(List<ArticleFiles.Input> inputs, Path nquads) throws IOException {
        Path dir = Files.createTempDirectory(settings.work(), "export-");
        try (Tdb2Store store = Tdb2Store.open(dir);
             var os = new java.io.BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            diplograph.load(pending(inputs), store, new Diplograph.Options(settings.threads(), Diplograph.Options.DEFAULT_BATCH), RunListener.silent());
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> org.apache.jena.riot.RDFDataMgr.write(os,
                    store.dataset().asDatasetGraph(), org.apache.jena.riot.Lang.NQUADS));
        } finally {
            delete(dir);
        }
    }

    private static java.util.Iterator<PendingArticle> pending(List<ArticleFiles.Input> inputs) {
        return inputs.stream().<PendingArticle>map(i -> new PendingArticle.File(i.file(), i.id(), 0)).iterator();
    }

    private static String row(String label, Run r) {
        return String.format(Locale.ROOT, "%-12s %10.2f %12.1f %12.0f %12.0f %10.1f", label, r.seconds(),
                r.perSecond(r.articles()), r.perSecond(r.sentences()), r.perSecond(r.tokens()), r.cpu());
    }

    /** The run with the median wall time (runs are odd in number in practice; the lower middle otherwise). */
    static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::seconds));
        return sorted.get((sorted.size() - 1) / 2);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
