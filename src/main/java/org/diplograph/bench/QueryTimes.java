package org.diplograph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplograph.export.Exporter;
import org.diplograph.export.RdfOutput;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.Queries;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.StateNames;
import org.diplograph.store.Tdb2Store;

/**
 * How long each bundled query takes on a whole store, without and with parameters: in TDB2 (this JVM, the store
 * opened afresh, so the first run finds its caches empty) and in Oxigraph (the npm package, in node, on the
 * store's N-Quads export, run by {@code queries/oxigraph-query.js}), and the wall time of a fresh
 * {@code diplograph query} process, as a user runs it. Every query runs {@code runs} times; the table gives the
 * first run and the median of all runs, and the rows returned.
 */
final class QueryTimes {

    /** A bundled query and the parameters it runs with. */
    record Case(String query, Map<String, String> params) {
        String label() {
            return params.isEmpty() ? "-" : String.join(" ", params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().replace("<https://w3id.org/diplograph/id/event/", "event:")
                            .replace(">", "")).toList());
        }
    }

    /** One engine's figures for one case. */
    record Times(long rows, List<Double> millis) {
        double first() {
            return millis.get(0);
        }

        double median() {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    private final Benchmark.Settings settings;
    private final Consumer<String> out;

    QueryTimes(Benchmark.Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    void run(Path storeDir) throws IOException {
        StateNames names = Diplograph.stateNames();
        List<Case> cases;
        Map<Case, Times> tdb2 = new LinkedHashMap<>();
        Path nquads = settings.work().resolve("queries.nq");
        long quads;
        try (Tdb2Store store = Tdb2Store.openExisting(storeDir);
             OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            cases = cases(store);
            quads = Txn.calculateRead(store.dataset(), () -> Exporter.write(store.dataset().asDatasetGraph(), os,
                    RdfOutput.forFile(nquads), true).quads());
        }
        out.accept("");
        out.accept(String.format(Locale.ROOT, "== Bundled queries on %s (%,d quads), %d runs each; ms", storeDir, quads,
                settings.runs()));
        try (Tdb2Store store = Tdb2Store.openExisting(storeDir)) {
            for (Case c : cases) {
                tdb2.put(c, tdb2(store, c, names));
            }
        }
        Map<Case, Times> process = new LinkedHashMap<>();
        for (Case c : cases) {
            process.put(c, process(storeDir, c));
        }
        Map<Case, Times> oxigraph = oxigraph(cases, nquads, names);
        out.accept("TDB2: in this JVM, the store opened afresh; process: a fresh `diplograph query` to the store, wall"
                + " time from start to exit (JVM start included); Oxigraph: in node on the N-Quads; 1st run and median");
        out.accept(String.format(Locale.ROOT, "%-21s %-28s %7s %9s %9s %9s %9s %9s", "query", "parameters", "rows",
                "TDB2 1st", "TDB2 med", "process", "Oxi 1st", "Oxi med"));
        double worstTdb2 = 0;
        double worstOxigraph = 0;
        double worstProcess = 0;
        for (Case c : cases) {
            Times t = tdb2.get(c);
            Times o = oxigraph.get(c);
            worstTdb2 = Math.max(worstTdb2, Math.max(t.first(), t.median()));
            worstProcess = Math.max(worstProcess, process.get(c).median());
            String ox = "";
            if (o != null) {
                worstOxigraph = Math.max(worstOxigraph, Math.max(o.first(), o.median()));
                ox = String.format(Locale.ROOT, " %9.0f %9.0f%s", o.first(), o.median(),
                        o.rows() == t.rows() ? "" : "  Oxigraph gave " + o.rows() + " rows");
            }
            out.accept(String.format(Locale.ROOT, "%-21s %-28s %7d %9.0f %9.0f %9.0f%s", c.query(), c.label(), t.rows(),
                    t.first(), t.median(), process.get(c).median(), ox));
        }
        out.accept(String.format(Locale.ROOT, "slowest TDB2 run: %.0f ms (target 1000); slowest fresh process: %.0f ms%s;"
                + " load average %s", worstTdb2, worstProcess, oxigraph.isEmpty() ? ""
                : String.format(Locale.ROOT, "; slowest Oxigraph run: %.0f ms (target 5000)", worstOxigraph),
                Machine.load()));
    }

    /**
     * {@code diplograph query NAME -p … --store DIR} in a fresh JVM, {@code runs} times, as the launcher starts it:
     * with the first JIT tier only, then this JVM's options (JAVA_OPTS).
     */
    private Times process(Path storeDir, Case c) throws IOException {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        options.addAll(Child.jvmOptions(true));
        List<String> args = new ArrayList<>(List.of("query", c.query(), "--store", storeDir.toAbsolutePath().toString(),
                "--format", "csv"));
        c.params().forEach((k, v) -> args.addAll(List.of("-p", k + "=" + v)));
        List<Double> millis = new ArrayList<>();
        long rows = 0;
        for (int r = 0; r < settings.runs(); r++) {
            Child.Result result = Child.run(Child.java(options, List.of(), null, args), settings.work());
            if (result.code() != 0) {
                throw new IOException("diplograph query " + c.query() + " failed: " + result.output());
            }
            millis.add(result.seconds() * 1000);
            rows = result.output().lines().count() - 1;
        }
        return new Times(rows, millis);
    }

    /** Each bundled query without parameters, and with parameters that select a part of a news corpus. */
    private static List<Case> cases(Tdb2Store store) {
        String call = store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("SELECT ?e WHERE { GRAPH ?g { ?e a"
                    + " <https://w3id.org/diplograph/ontology#PhoneCall> } } ORDER BY ?e LIMIT 1").build()) {
                var r = q.execSelect();
                return r.hasNext() ? r.next().getResource("e").getURI() : null;
            }
        });
        List<Case> out = new ArrayList<>();
        for (String name : Queries.BUNDLED) {
            out.add(new Case(name, Map.of()));
            Map<String, String> params = switch (name) {
                case "events-between" -> orderedMap("stateA", "USA", "stateB", "CHN");
                case "timeline" -> orderedMap("from", "2022-03-01", "to", "2022-03-31");
                case "evidence" -> call == null ? null : Map.of("event", "<" + call + ">");
                case "meetings" -> Map.of("state", "PAK");
                default -> Map.of("state", "USA");
            };
            if (params != null) {
                out.add(new Case(name, params));
            }
        }
        return out;
    }

    private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private Times tdb2(Tdb2Store store, Case c, StateNames names) throws IOException {
        Query query;
        try {
            query = QueryRunner.prepare(Queries.load(c.query()), c.params(), () -> names);
        } catch (QueryException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Double> millis = new ArrayList<>();
        long rows = 0;
        for (int r = 0; r < settings.runs(); r++) {
            long start = System.nanoTime();
            rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    var results = q.execSelect();
                    long n = 0;
                    while (results.hasNext()) {
                        results.next();
                        n++;
                    }
                    return n;
                }
            });
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Times(rows, millis);
    }

    /** The same cases in Oxigraph, or nothing (with a line saying why) when node or the package is missing. */
    private Map<Case, Times> oxigraph(List<Case> cases, Path nquads, StateNames names) throws IOException {
        Path modules = settings.oxigraph().toAbsolutePath();
        if (!Files.isRegularFile(modules.resolve("oxigraph/package.json"))) {
            out.accept("Oxigraph: not measured: no npm package oxigraph in " + modules + " (npm install --prefix"
                    + " target/oxigraph oxigraph@0.5, or --oxigraph DIR/node_modules)");
            return Map.of();
        }
        Path dir = Files.createDirectories(settings.work().resolve("queries"));
        Path script = dir.resolve("oxigraph-query.js");
        try (InputStream in = QueryTimes.class.getResourceAsStream("/queries/oxigraph-query.js")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of("node", script.toString(), "--report", "--repeat",
                String.valueOf(settings.runs()), nquads.toString()));
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path file = dir.resolve(i + "-" + c.query() + ".rq");
            try {
                Files.writeString(file, QueryRunner.text(Queries.load(c.query()), c.params(), () -> names));
            } catch (QueryException e) {
                throw new IOException(e.getMessage(), e);
            }
            command.add(file.toString());
        }
        Path log = dir.resolve("oxigraph.jsonl");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(log.toFile())
                .redirectError(dir.resolve("oxigraph.err").toFile());
        pb.environment().put("NODE_PATH", modules.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            out.accept("Oxigraph: not measured: cannot run node (" + e.getMessage() + ")");
            return Map.of();
        }
        try {
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("oxigraph-query.js failed: " + Files.readString(dir.resolve("oxigraph.err")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        List<String> lines = Files.readAllLines(log);
        Map<Case, Times> result = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonObject line = JSON.parse(lines.get(i));
            List<Double> millis = new ArrayList<>();
            for (JsonValue v : line.get("ms").getAsArray()) {
                millis.add(v.getAsNumber().value().doubleValue());
            }
            if (i == 0) {
                out.accept(String.format(Locale.ROOT, "Oxigraph: node %s, package %s; N-Quads loaded in %.0f ms",
                        version("node", "--version"), oxigraphVersion(modules),
                        line.get("loadMs").getAsNumber().value().doubleValue()));
            }
            result.put(cases.get(i), new Times(line.get("rows").getAsNumber().value().longValue(), millis));
        }
        return result;
    }

    private static String oxigraphVersion(Path modules) {
        try {
            JsonObject pkg = JSON.read(modules.resolve("oxigraph/package.json").toString());
            return pkg.get("version").getAsString().value();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static String version(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return v;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
