package org.diplograph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.expr.NodeValue;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.query.Queries;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Dirs;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Jar;
import org.diplograph.testkit.Oxigraph;
import org.diplograph.testkit.ServerProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundled query, with and without parameters, run in two other engines on exported data — Oxigraph (npm,
 * WebAssembly, no relation to Jena) and the standalone Fuseki server with an in-memory dataset (a plain quad
 * store: its default graph is empty, not the union) — gives the same rows, in the same order, as
 * {@code diplograph query} on the TDB2 store. Parameters go to the other engines the way a user passes them: in
 * the query's VALUES line ({@code diplograph query … --sparql}).
 */
class QueriesInOtherStoresIT {

    static final Path WORK = Path.of("target/it/queries").toAbsolutePath();
    static final Path STORE = WORK.resolve("store");
    static final Path EXPORT = WORK.resolve("all.nq");

    /** Each bundled query without parameters, and with parameters that select something in the seed and sample. */
    static final List<Case> CASES = List.of(
            new Case("declined-invitations"), new Case("declined-invitations", "state", "Pakistan"),
            new Case("phone-calls"), new Case("phone-calls", "state", "USA"),
            new Case("meetings"), new Case("meetings", "state", "PAK"),
            new Case("events-between"), new Case("events-between", "stateA", "PAK", "stateB", "USA"),
            new Case("actors-and-roles"), new Case("actors-and-roles", "state", "American"),
            new Case("timeline"), new Case("timeline", "from", "2021-12-01", "to", "2021-12-31"),
            new Case("evidence"), new Case("evidence", "event", "<" + Fixtures.SEED_CALL + ">"));

    record Case(String query, Map<String, String> params) {
        Case(String query, String... nameValue) {
            this(query, pairs(nameValue));
        }

        private static Map<String, String> pairs(String... nameValue) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < nameValue.length; i += 2) {
                out.put(nameValue[i], nameValue[i + 1]);
            }
            return out;
        }

        List<String> options() {
            List<String> out = new ArrayList<>();
            params.forEach((k, v) -> out.addAll(List.of("-p", k + "=" + v)));
            return out;
        }

        @Override
        public String toString() {
            return query + (params.isEmpty() ? "" : " " + params);
        }
    }

    static List<List<Map<String, Node>>> expected = new ArrayList<>();
    static List<Path> bound = new ArrayList<>();

    @BeforeAll
    static void loadExportAndAskDiplograph() throws Exception {
        Dirs.delete(WORK);
        Files.createDirectories(WORK);
        try (Tdb2Store store = Tdb2Store.open(STORE)) {
            Diplograph.create().load(Fixtures.seedAndCorpus(200), store, 100, n -> { });
        }
        Jar.Result export = Jar.run("export", "--store", STORE.toString(), "-o", EXPORT.toString());
        assertEquals(0, export.code(), export.toString());
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            List<String> args = new ArrayList<>(List.of("query", c.query(), "--store", STORE.toString(), "--format", "json"));
            args.addAll(c.options());
            Jar.Result r = Jar.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), c + ": " + r);
            expected.add(rows(ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON)));
            Path text = WORK.resolve(i + "-" + c.query() + ".rq");
            Files.writeString(text, QueryRunner.text(Queries.load(c.query()), c.params(), Diplograph::stateNames));
            bound.add(text);
        }
        for (int i = 0; i < CASES.size(); i++) {
            assertTrue(!expected.get(i).isEmpty(), CASES.get(i) + " selects something in the test data");
        }
    }

    @Test
    void oxigraphGivesTheSameRows() {
        Oxigraph.require();
        List<String> lines = Oxigraph.report(EXPORT, bound, 1);
        assertEquals(CASES.size(), lines.size(), String.join("\n", lines));
        for (int i = 0; i < CASES.size(); i++) {
            String results = lines.get(i).substring(lines.get(i).indexOf("\"results\":") + "\"results\":".length(),
                    lines.get(i).length() - 1);
            List<Map<String, Node>> rows = rows(ResultSetMgr.read(
                    new ByteArrayInputStream(results.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
            assertSameRows(expected.get(i), rows, "Oxigraph, " + CASES.get(i));
        }
    }

    @Test
    void fusekiWithAPlainInMemoryDatasetGivesTheSameRows() throws Exception {
        try (ServerProcess.Fuseki fuseki = ServerProcess.Fuseki.start(WORK.resolve("fuseki"))) {
            try (RDFConnection conn = RDFConnection.connect(fuseki.dataset())) {
                conn.loadDataset(EXPORT.toString());
            }
            for (int i = 0; i < CASES.size(); i++) {
                String text = Files.readString(bound.get(i));
                try (QueryExecution q = QueryExecutionHTTP.service(fuseki.queryEndpoint()).query(text).build()) {
                    assertSameRows(expected.get(i), rows(q.execSelect()), "Fuseki, " + CASES.get(i));
                }
            }
        }
    }

    private static List<Map<String, Node>> rows(ResultSet results) {
        List<Map<String, Node>> out = new ArrayList<>();
        List<String> vars = results.getResultVars();
        results.forEachRemaining(s -> {
            Map<String, Node> row = new LinkedHashMap<>();
            for (String v : vars) {
                row.put(v, s.contains(v) ? s.get(v).asNode() : null);
            }
            out.add(row);
        });
        return out;
    }

    /** Row by row, column by column; literals of the same value count as the same (0.80 and 0.8). */
    private static void assertSameRows(List<Map<String, Node>> want, List<Map<String, Node>> got, String what) {
        assertEquals(want.size(), got.size(), what + ": rows");
        for (int r = 0; r < want.size(); r++) {
            assertEquals(want.get(r).keySet(), got.get(r).keySet(), what + ": columns");
            for (String v : want.get(r).keySet()) {
                Node a = want.get(r).get(v);
                Node b = got.get(r).get(v);
                assertTrue(same(a, b), what + ", row " + (r + 1) + ", ?" + v + ": " + a + " against " + b);
            }
        }
    }

    private static boolean same(Node a, Node b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isLiteral() && b.isLiteral() && !a.equals(b)) {
            try {
                return NodeValue.sameValueAs(NodeValue.makeNode(a), NodeValue.makeNode(b));
            } catch (RuntimeException e) {
                return false;
            }
        }
        return a.equals(b);
    }
}
