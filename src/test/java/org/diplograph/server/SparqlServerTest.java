package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplograph.ontology.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Net;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s server, for real: Fuseki with its UI over a TDB2 store, reached over HTTP. It answers SPARQL
 * and Graph Store reads, refuses writes unless allowed, stops runaway queries, refuses oversized requests,
 * listens on 127.0.0.1 only by default, and keeps its own files out of the working directory.
 */
class SparqlServerTest {

    private static final long MB = 1 << 20;
    private static final String SEED_GRAPH = Iris.articleGraph("94b3b338ff731116");

    @TempDir
    static Path dir;
    static Tdb2Store store;
    static long triples;

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir.resolve("store"));
        Diplograph.create().load(Fixtures.seedAndCorpus(5), store, 50, n -> { });
        triples = store.read(() -> store.dataset().asDatasetGraph().stream().count());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SparqlServer serve(boolean everywhere, boolean updates, long timeoutMillis, long maxBytes) {
        return SparqlServer.start(store.dataset().asDatasetGraph(),
                new ServeSettings(0, everywhere, updates, timeoutMillis, maxBytes));
    }

    private static long count(SparqlServer server, String where) {
        Net.Reply r = Net.query(server.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }",
                "text/csv");
        assertEquals(200, r.status(), r.body());
        return Long.parseLong(r.body().split("\\R")[1].strip());
    }

    @Test
    void servesQueriesGraphStoreReadsAndTheUi() {
        boolean hadRun = Files.exists(Path.of("run"));
        try (SparqlServer server = SparqlServer.start(store.dataset().asDatasetGraph(),
                new ServeSettings(0, false, false, 60_000, 10 * MB).withUi(true))) {
            Path base = Path.of(System.getProperty("FUSEKI_BASE"));
            assertTrue(Files.isDirectory(base) && base.startsWith(Path.of(System.getProperty("java.io.tmpdir"))),
                    "Fuseki's files go to a temporary directory: " + base);
            Net.Reply ui = Net.get(server.url());
            assertEquals(200, ui.status());
            assertTrue(ui.body().contains("<title>") && ui.body().contains("<div id=\"app\""), "the Fuseki UI page");
            assertEquals(200, Net.get(server.url() + "$/ping").status());
            Net.Reply datasets = Net.get(server.url() + "$/datasets", "application/json");
            assertEquals(200, datasets.status());
            assertTrue(datasets.body().contains("\"/ds\""), datasets.body());

            assertEquals(triples, count(server, "GRAPH ?g { ?s ?p ?o }"), "every quad of the store");
            assertTrue(count(server, "?e a <https://w3id.org/diplograph/ontology#PhoneCall>") >= 2,
                    "the union of the graphs is the default graph");
            Net.Reply get = Net.get(server.datasetUrl() + "?graph=" + SEED_GRAPH, "text/turtle");
            assertEquals(200, get.status());
            Graph remote = GraphMemFactory.createDefaultGraph();
            RDFDataMgr.read(remote, new ByteArrayInputStream(get.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
            Graph local = store.read(() -> {
                Graph g = GraphMemFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(SEED_GRAPH)).find().forEachRemaining(g::add);
                return g;
            });
            assertTrue(local.size() > 100 && IsoMatcher.isomorphic(local, remote), "Graph Store read of one article");
            base.toFile().deleteOnExit();
            server.close();
            assertFalse(Files.exists(base), "the temporary directory is removed on close");
        }
        assertEquals(hadRun, Files.exists(Path.of("run")), "no ./run directory in the working directory");
    }

    @Test
    void writesAreRefusedUnlessAllowed() {
        try (SparqlServer server = serve(false, false, 60_000, 10 * MB)) {
            String insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"x\" } }";
            for (String path : new String[] {"", "/update", "/sparql"}) {
                Net.Reply r = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
                assertTrue(r.status() >= 400 && r.status() < 500, path + ": " + r.status());
            }
            Net.Reply put = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?graph=urn:test:g"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> \"x\" .")).build());
            assertTrue(put.status() >= 400 && put.status() < 500, "Graph Store PUT: " + put.status());
            Net.Reply drop = Net.send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets/ds")).DELETE().build());
            assertEquals(403, drop.status(), "dropping the dataset through the admin area");
            Net.Reply add = Net.send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")).build());
            assertEquals(403, add.status(), "adding a dataset through the admin area");
            Net.Reply compact = Net.send(HttpRequest.newBuilder(URI.create(server.url() + "$/compact/ds"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(403, compact.status(), "compacting the store through the admin area");
            assertEquals(triples, count(server, "GRAPH ?g { ?s ?p ?o }"), "the store is unchanged");
        }
        ServeSettings updates = new ServeSettings(0, false, true, 60_000, 10 * MB,
                new org.diplograph.query.QueryLimits(65536, 60_000, false), null, TOKEN, false, java.util.List.of());
        try (SparqlServer server = SparqlServer.start(store.dataset().asDatasetGraph(), updates)) {
            String insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"x\" } }";
            Net.Reply anonymous = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertEquals(403, anonymous.status(), "with --allow-updates, but neither same origin nor token");
            assertEquals(0, count(server, "GRAPH <urn:test:g> { ?s ?p ?o }"));
            Net.Reply r = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertTrue(r.status() == 200 || r.status() == 204, "with --allow-updates and the token: " + r.status()
                    + r.body());
            assertEquals(1, count(server, "GRAPH <urn:test:g> { ?s ?p ?o }"));
            Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <urn:test:g>")).build());
            assertEquals(triples, count(server, "GRAPH ?g { ?s ?p ?o }"));
        }
    }

    /** The token the tests' servers take writes with (never a real one). */
    static final String TOKEN = "test-token-0123456789abcdef";

    @Test
    void runawayQueriesAreStoppedByTheTimeout() {
        try (SparqlServer server = serve(false, false, 1_000, 10 * MB)) {
            long start = System.nanoTime();
            Net.Reply r = Net.query(server.datasetUrl() + "/sparql",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertTrue(r.status() >= 500, "the query is cut off, not answered: " + r.status() + " " + r.body());
            assertTrue(seconds < 20, "stopped after " + seconds + " s");
            assertEquals(triples, count(server, "GRAPH ?g { ?s ?p ?o }"), "and the server still answers");
        } finally {
            store.dataset().getContext().remove(org.apache.jena.query.ARQ.queryTimeout);
        }
    }

    @Test
    void requestsOverTheSizeLimitAreRefused() {
        try (SparqlServer server = serve(false, false, 60_000, 1024)) {
            String small = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
            assertEquals(200, Net.query(server.datasetUrl() + "/sparql", small, "text/csv").status());
            String padded = small + "\n#" + "x".repeat(2000);
            Net.Reply big = Net.query(server.datasetUrl() + "/sparql", padded, "text/csv");
            assertEquals(413, big.status(), "a 2 KB body against a 1 KB limit");
            Net.Reply longUrl = Net.get(server.datasetUrl() + "/sparql?query="
                    + java.net.URLEncoder.encode(padded, StandardCharsets.UTF_8), "text/csv");
            assertEquals(414, longUrl.status(), "a 2 KB query string");
            byte[] body = ("query=" + java.net.URLEncoder.encode(padded, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            Net.Reply chunked = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
            assertTrue(chunked.status() >= 400, "a chunked form without length is cut off too: " + chunked.status());
            byte[] query = padded.getBytes(StandardCharsets.UTF_8);
            Net.Reply chunkedQuery = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query))).build());
            assertTrue(chunkedQuery.status() >= 400, "a chunked query without length is cut off too: "
                    + chunkedQuery.status());
            Net.Reply sizedQuery = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(small)).build());
            assertEquals(200, sizedQuery.status(), "a small direct POST query passes");
        }
    }

    @Test
    void listensOnLoopbackOnlyUnlessTold() throws Exception {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        try (SparqlServer server = serve(false, false, 60_000, 10 * MB)) {
            assertEquals(200, Net.get("http://127.0.0.1:" + server.port() + "/$/ping").status());
            lan.ifPresent(a -> assertEquals(-1, Net.get("http://" + a.getHostAddress() + ":" + server.port()
                    + "/$/ping").status(), "not reachable on " + a.getHostAddress()));
        }
        try (SparqlServer server = serve(true, false, 60_000, 10 * MB)) {
            lan.ifPresent(a -> assertEquals(200, Net.get("http://" + a.getHostAddress() + ":" + server.port()
                    + "/$/ping").status(), "--public: reachable on " + a.getHostAddress()));
        }
    }
}
