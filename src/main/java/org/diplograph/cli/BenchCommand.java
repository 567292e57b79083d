package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.bench.Benchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph bench}: throughput, memory, store loading and cold start, measured on a directory of articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Diplograph on a directory of articles: articles/s, sentences/s and tokens/s end to end"
                + " (extract + store) and for a bare OpenNLP pass, peak heap, scaling with the number of articles,"
                + " store loading against tdb2.tdbloader, the cold start of extract, and the bundled queries in TDB2"
                + " and Oxigraph. Takes minutes; the figures are medians. Run it with the JVM options to measure,"
                + " e.g. JAVA_OPTS=-Xmx512m."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "A directory of *.txt articles (not needed for --only queries --store DIR).")
    Path articles;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sizes", paramLabel = "N,N,…", split = ",", defaultValue = "100,1000,0",
            description = "Article counts for the scaling table; 0 means all (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Scratch directory for stores and N-Quads (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--jena-cmds", paramLabel = "JAR",
            description = "The jena-cmds 5.6.0 jar, for tdb2.tdbloader (default: the one in ~/.m2, if there).")
    Path jenaCmds;

    @Option(names = "--cold-article", paramLabel = "FILE",
            description = "The article for the cold-start figure (default: the first article of DIR).")
    Path coldArticle;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Measure only these parts: throughput, scaling, store, cold, queries (default: all).")
    java.util.Set<String> only = new java.util.LinkedHashSet<>();

    @Option(names = "--store", paramLabel = "DIR",
            description = "For the queries part: time the bundled queries on this existing store instead of loading DIR"
                    + " into a fresh one.")
    Path store;

    @Option(names = "--oxigraph", paramLabel = "DIR", defaultValue = "target/oxigraph/node_modules",
            description = "The node_modules directory holding the npm package oxigraph, for the queries part"
                    + " (default: ${DEFAULT-VALUE}; npm install --prefix target/oxigraph oxigraph@0.5).")
    Path oxigraph;

    @Override
    public Integer call() throws IOException {
        for (String part : only) {
            if (!java.util.Set.of("throughput", "scaling", "store", "cold", "queries").contains(part)) {
                throw new Failures.UsageError("--only: unknown part '" + part
                        + "' (throughput, scaling, store, cold, queries)");
            }
        }
        if (articles == null && !(store != null && only.equals(java.util.Set.of("queries")))) {
            throw new Failures.UsageError("give a directory of articles (only --only queries --store DIR needs none)");
        }
        if (articles != null && !Files.isDirectory(articles)) {
            throw new Failures.UsageError(articles + ": not a directory of articles");
        }
        if (store != null && !Files.isDirectory(store)) {
            throw new Failures.UsageError(store + ": --store needs an existing store directory");
        }
        if (runs < 1 || threads < 1) {
            throw new Failures.UsageError("--runs and --threads must be at least 1");
        }
        Path cmds = jenaCmds != null ? jenaCmds : Path.of(System.getProperty("user.home"), ".m2", "repository", "org",
                "apache", "jena", "jena-cmds", "5.6.0", "jena-cmds-5.6.0.jar");
        PrintWriter out = spec.commandLine().getOut();
        new Benchmark(new Benchmark.Settings(articles, runs, threads, sizes, work.toAbsolutePath(), cmds, coldArticle,
                only, store, oxigraph),
                line -> {
                    out.println(line);
                    out.flush();
                }).run();
        return Failures.OK;
    }
}
