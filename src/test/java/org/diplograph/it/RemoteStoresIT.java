package org.diplograph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.expr.NodeValue;
import org.diplograph.ontology.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Jar;
import org.diplograph.testkit.ServerProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code push} against real triple stores started as separate processes: the standalone Fuseki server (Maven
 * Central) and Virtuoso (Debian). The store holds the seed and the 200 corpus articles; after each push the
 * triple count of every pushed graph, read back over HTTP, matches the local store, and so does one known event
 * (the seed's phone call), property by property and value by value (Virtuoso rewrites lexical forms).
 */
class RemoteStoresIT {

    static final Path WORK = Path.of("target/it").toAbsolutePath();
    static final Path STORE = WORK.resolve("corpus-store");
    static final String SEED_GRAPH = Iris.articleGraph("94b3b338ff731116");
    static final Pattern PUSHED = Pattern.compile("Pushed (\\d+) graphs \\((\\d+) triples\\)");

    static Map<String, Long> local;
    static List<Node[]> call;

    @BeforeAll
    static void buildTheLocalStore() {
        org.diplograph.testkit.Dirs.delete(STORE);
        try (Tdb2Store store = Tdb2Store.open(STORE)) {
            Diplograph.create().load(Fixtures.seedAndCorpus(200), store, 100, n -> { });
            local = store.read(() -> counts(QueryExecution.dataset(store.dataset())));
            call = store.read(() -> event(QueryExecution.dataset(store.dataset())));
        }
        assertEquals(202, local.size(), "the reference graph, the seed and 200 articles");
    }

    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/diplograph/graph/\")) } GROUP BY ?g";
    private static final String EVENT = "SELECT ?p ?o WHERE { GRAPH <" + SEED_GRAPH + "> { <" + Fixtures.SEED_CALL
            + "> ?p ?o } }";

    private static Map<String, Long> counts(org.apache.jena.query.QueryExecutionBuilder q) {
        Map<String, Long> out = new TreeMap<>();
        try (QueryExecution exec = q.query(COUNTS).build()) {
            exec.execSelect().forEachRemaining(r -> out.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
        }
        return out;
    }

    private static List<Node[]> event(org.apache.jena.query.QueryExecutionBuilder q) {
        List<Node[]> out = new ArrayList<>();
        try (QueryExecution exec = q.query(EVENT).build()) {
            exec.execSelect().forEachRemaining(r -> out.add(new Node[] {r.get("p").asNode(), r.get("o").asNode()}));
        }
        return out;
    }

    /** The triple counts per graph and the known event, read from the remote store over HTTP. */
    private static void assertRemoteMatchesLocal(String endpoint, String label) {
        Map<String, Long> remote = counts(QueryExecutionHTTP.service(endpoint));
        Map<String, Long> differ = new HashMap<>();
        local.forEach((g, n) -> {
            if (!n.equals(remote.get(g))) {
                differ.put(g, remote.get(g));
            }
        });
        assertEquals(Map.of(), differ, label + ": graphs whose remote triple count differs from the local one");
        assertEquals(List.of(), remote.keySet().stream().filter(g -> g.contains("-diplograph-push-")).toList(),
                label + ": temporary graphs of a SPARQL Update push left on the remote store");
        List<Node[]> remoteCall = event(QueryExecutionHTTP.service(endpoint));
        assertEquals(call.size(), remoteCall.size(), label + ": properties of the seed's phone call");
        assertTrue(call.size() >= 10, "the call has its properties: " + call.size());
        for (Node[] po : call) {
            assertTrue(remoteCall.stream().anyMatch(r -> r[0].equals(po[0]) && sameValue(r[1], po[1])),
                    label + ": the call's " + po[0].getLocalName() + " " + po[1] + " is not on the remote store");
        }
    }

    private static boolean sameValue(Node a, Node b) {
        if (a.isLiteral() && b.isLiteral()) {
            try {
                return NodeValue.sameValueAs(NodeValue.makeNode(a), NodeValue.makeNode(b));
            } catch (RuntimeException e) {
                return a.getLiteralLexicalForm().equals(b.getLiteralLexicalForm());
            }
        }
        return a.equals(b);
    }

    private static long[] pushed(Jar.Result push) {
        Matcher m = PUSHED.matcher(push.out());
        assertTrue(m.find(), push.toString());
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void fusekiStandaloneServer() throws Exception {
        try (ServerProcess.Fuseki fuseki = ServerProcess.Fuseki.start(WORK.resolve("fuseki"))) {
            long start = System.nanoTime();
            Jar.Result push = Jar.run("push", "--store", STORE.toString(), "--endpoint", fuseki.dataset(),
                    "--graph-store", fuseki.dataset());
            assertEquals(0, push.code(), push + "\n" + fuseki.log());
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] n = pushed(push);
            assertEquals(local.size(), n[0]);
            assertEquals(local.values().stream().mapToLong(Long::longValue).sum(), n[1]);
            assertRemoteMatchesLocal(fuseki.queryEndpoint(), "Fuseki");
            Jar.Result again = Jar.run("push", "--store", STORE.toString(), "--endpoint", fuseki.dataset());
            assertEquals(0, again.code(), "again, by SPARQL Update: " + again);
            assertRemoteMatchesLocal(fuseki.queryEndpoint(), "Fuseki after a second push");
            System.out.printf("Fuseki: pushed %d graphs, %d triples in %.1f s%n", n[0], n[1], seconds);
        }
    }

    @Test
    void virtuoso() throws Exception {
        try (ServerProcess.Virtuoso virtuoso = ServerProcess.Virtuoso.start(WORK.resolve("virtuoso"))) {
            virtuoso.setPassword("Vt-it-" + Long.toHexString(System.nanoTime()));
            Map<String, String> env = Map.of("VIRTUOSO_PASSWORD", virtuoso.password());
            List<String> command = Jar.command("push", "--store", STORE.toString(), "--endpoint",
                    virtuoso.authEndpoint(), "--graph-store", virtuoso.graphStore(), "--user", "dba",
                    "--password-env", "VIRTUOSO_PASSWORD", "--insecure");
            long start = System.nanoTime();
            Jar.Result push = Jar.run(command, env, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, push.code(), push.toString());
            long[] n = pushed(push);
            assertEquals(local.size(), n[0]);
            assertTrue(push.out().contains("Checked: " + virtuoso.authEndpoint() + " now holds " + n[1]), push.out());
            assertRemoteMatchesLocal(virtuoso.queryEndpoint(), "Virtuoso");
            assertFalse((push.out() + push.err()).contains(virtuoso.password()), "the password is not printed");

            List<String> update = Jar.command("push", "--store", STORE.toString(), "--endpoint",
                    virtuoso.authEndpoint(), "--user", "dba", "--password-env", "VIRTUOSO_PASSWORD", "--insecure");
            Jar.Result again = Jar.run(update, env, null);
            assertEquals(0, again.code(), "again, by SPARQL Update: " + again);
            // Virtuoso refuses one request with the 4,442 triples of the reference graph; it goes in parts into a
            // temporary graph, which one MOVE puts in place
            assertTrue(again.err().contains("so sending it in parts of 500 triples to a temporary graph"), again.err());
            assertRemoteMatchesLocal(virtuoso.queryEndpoint(), "Virtuoso after a second push");

            Jar.Result refused = Jar.run(command.subList(0, command.size() - 1), env, null);
            assertEquals(2, refused.code(), "no password over plain http without --insecure: " + refused);
            System.out.printf("Virtuoso: pushed %d graphs, %d triples in %.1f s%n", n[0], n[1], seconds);
        }
    }

}
