package org.diplograph.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.diplograph.article.PendingArticle;
import org.diplograph.rdf.ArticleGraph;

/**
 * Runs inputs through a function on worker threads and hands the results on in input order, in batches, on the
 * calling thread. The calling thread lists the inputs, keeps at most {@link #window} of them in flight, and
 * writes each full batch; the workers read, analyse and extract. Memory is bounded by the window and the batch,
 * not by the corpus: only counts, problem lines and a 64-bit hash per stored graph (to count an article given
 * twice once) are kept.
 */
final class ParallelRun {

    private final int threads;
    private final int batchSize;
    private final int window;

    ParallelRun(int threads, int batchSize) {
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        // enough work queued to keep every worker busy while a batch is written, and no more
        this.window = Math.max(16, this.threads * 16);
    }

    Diplograph.BatchReport run(Iterator<PendingArticle> inputs, Function<PendingArticle, Outcome> work,
                               Consumer<List<ArticleGraph>> sink, RunListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        Totals totals = new Totals(batchSize, sink, listener);
        try {
            while (inputs.hasNext()) {
                PendingArticle next = inputs.next();
                inFlight.add(pool.submit(() -> work.apply(next)));
                if (inFlight.size() >= window) {
                    totals.add(take(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                totals.add(take(inFlight.poll()));
            }
            totals.flush();
        } finally {
            pool.shutdownNow();
        }
        return totals.report();
    }

    private static Outcome take(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            // workers turn every article problem into an outcome; what arrives here is fatal (out of memory, …)
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "diplograph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The running counts, the current batch, and the listener calls, all on the calling thread. */
    private static final class Totals {
        private final int batchSize;
        private final Consumer<List<ArticleGraph>> sink;
        private final RunListener listener;
        private final List<ArticleGraph> batch = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final SeenGraphs seen = new SeenGraphs();
        private int articles;
        private int events;
        private long triples;
        private long sentences;
        private long tokens;

        Totals(int batchSize, Consumer<List<ArticleGraph>> sink, RunListener listener) {
            this.batchSize = batchSize;
            this.sink = sink;
            this.listener = listener;
        }

        void add(Outcome o) {
            if (o.problem() != null) {
                problems.add(o.problem());
                listener.skipped(o.problem());
            } else {
                if (o.note() != null) {
                    listener.note(o.note());
                }
                batch.add(o.graph());
                if (seen.add(o.graph().name())) {
                    articles++;
                    events += o.events();
                    triples += o.graph().model().size();
                } else {
                    listener.note(o.name() + ": " + again(o.graph()) + ": it replaces that one and is counted once");
                }
                sentences += o.sentences();
                tokens += o.tokens();
                if (batch.size() >= batchSize) {
                    flush();
                }
            }
            listener.done(o.bytes());
        }

        /** Why an article's graph came up twice in one run. */
        private static String again(ArticleGraph g) {
            return g.name().contains("/article/id-") ? "its id '" + g.identifier() + "' came with an earlier article"
                    + " of this run" : "the same text as an earlier article of this run";
        }

        void flush() {
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        }

        Diplograph.BatchReport report() {
            return new Diplograph.BatchReport(articles, events, triples, List.copyOf(problems), sentences, tokens);
        }
    }
}
