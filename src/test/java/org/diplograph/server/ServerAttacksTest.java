package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.diplograph.pipeline.Diplograph;
import org.diplograph.query.QueryLimits;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Net;
import org.diplograph.testkit.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} probed as an attacker would, on loopback, with the store counted before and after: cross-site
 * reads and writes (a form POST from another site's page, a preflight asking for DELETE, a foreign Host as DNS
 * rebinding sends it), the admin API, SERVICE and LOAD to a listener of our own, a catastrophic regular expression,
 * oversized and chunked requests. Each refusal is a 4xx with one log line and no stack trace.
 */
class ServerAttacksTest {

    private static final String TOKEN = SparqlServerTest.TOKEN;
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"x\" } }";
    private static final Path LOG = Path.of("target/test-servers.log");

    @TempDir
    static Path dir;
    static Tdb2Store store;
    static long quads;

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir.resolve("store"));
        Diplograph.create().load(Fixtures.seedAndCorpus(3), store, 50, n -> { });
        quads = quads();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long quads() {
        return store.read(() -> store.dataset().asDatasetGraph().stream().count());
    }

    private static SparqlServer serve(boolean updates, String cors, boolean ui, boolean service, long timeoutMillis,
                                      long maxBytes) {
        return SparqlServer.start(store.dataset().asDatasetGraph(), new ServeSettings(0, false, updates, timeoutMillis,
                maxBytes, new QueryLimits(QueryLimits.DEFAULT_MAX_CHARS, timeoutMillis, service), cors,
                updates ? TOKEN : null, ui, List.of()));
    }

    private static SparqlServer serve(boolean updates) {
        return serve(updates, null, false, false, 60_000, 10 << 20);
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Net.Reply post(String url, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return Net.send(b.build());
    }

    private static long logSize() throws IOException {
        return Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    private static String logSince(long from) throws IOException {
        byte[] all = Files.exists(LOG) ? Files.readAllBytes(LOG) : new byte[0];
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String log) {
        assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")),
                "no stack trace in the server log:\n" + log);
    }

    @Test
    void aCrossSiteFormPostCannotChangeTheStoreEvenWithUpdatesAllowed() throws IOException {
        long log = logSize();
        try (SparqlServer server = serve(true)) {
            String self = "http://127.0.0.1:" + server.port();
            // What a page on another site makes the browser send: a form POST, no preflight.
            for (String target : new String[] {server.datasetUrl(), server.datasetUrl() + "/update"}) {
                Net.Reply evil = post(target, "application/x-www-form-urlencoded", form("update", "DROP ALL"),
                        "Origin", "http://evil.example");
                assertEquals(403, evil.status(), evil.body());
                assertTrue(evil.body().startsWith("cross-origin request from http://evil.example refused"), evil.body());
                // an old browser that sends no Origin, or a script without the token
                Net.Reply bare = post(target, "application/x-www-form-urlencoded", form("update", "DROP ALL"));
                assertEquals(403, bare.status(), bare.body());
            }
            Net.Reply put = Net.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?graph=urn:test:g"))
                    .header("Content-Type", "text/turtle").header("Origin", "null")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> \"x\" .")).build());
            assertEquals(403, put.status(), "a Graph Store PUT from a sandboxed page: " + put.body());
            Net.Reply drop = Net.send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets/ds")).DELETE()
                    .header("Authorization", "Bearer " + TOKEN).build());
            assertEquals(403, drop.status(), "the admin API takes no changes, token or not");
            assertEquals(quads, quads(), "the store is unchanged");

            // the server's own pages (the Fuseki UI) may write; so may a client with the token
            Net.Reply own = post(server.datasetUrl(), "application/x-www-form-urlencoded", form("update", INSERT),
                    "Origin", self);
            assertTrue(own.status() / 100 == 2, "same origin: " + own.status() + " " + own.body());
            assertEquals(quads + 1, quads());
            Net.Reply token = post(server.datasetUrl(), "application/sparql-update", "DROP GRAPH <urn:test:g>",
                    "Authorization", "Bearer " + TOKEN);
            assertTrue(token.status() / 100 == 2, "with the token: " + token.status() + " " + token.body());
            Net.Reply wrong = post(server.datasetUrl(), "application/sparql-update", "DROP ALL",
                    "Authorization", "Bearer " + TOKEN + "x");
            assertEquals(403, wrong.status(), "a wrong token");
            assertEquals(quads, quads());
            // queries by POST need neither
            Net.Reply query = Net.query(server.datasetUrl(), "ASK { ?s ?p ?o }", "text/csv");
            assertEquals(200, query.status(), query.body());
        }
        String written = logSince(log);
        assertNoStackTrace(written);
        assertTrue(written.contains("403 POST /ds from 127.0.0.1: cross-origin request from http://evil.example"),
                "one line per refusal: " + written);
    }

    @Test
    void noCorsUnlessNamedAndNoForeignHost() {
        try (SparqlServer server = serve(false)) {
            int port = server.port();
            RawHttp.Reply preflight = RawHttp.send(port, "OPTIONS /ds HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: DELETE", new byte[0]);
            assertEquals(403, preflight.status(), preflight.head());
            assertNull(preflight.header("Access-Control-Allow-Origin"));
            assertNull(preflight.header("Access-Control-Allow-Credentials"));
            RawHttp.Reply read = RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:"
                    + port + "\r\nOrigin: http://evil.example", new byte[0]);
            assertEquals(403, read.status(), "another site's page reads nothing: " + read.head());
            // DNS rebinding: evil.example resolves to 127.0.0.1, and the browser sends its own name
            RawHttp.Reply rebound = RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: evil.example:"
                    + port, new byte[0]);
            assertEquals(421, rebound.status(), rebound.head());
            for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port}) {
                RawHttp.Reply ok = RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: " + host
                        + "\r\nAccept: text/csv", new byte[0]);
                assertEquals(200, ok.status(), host + ": " + ok.head());
                assertNull(ok.header("Access-Control-Allow-Origin"), "no CORS header for anyone");
            }
            assertEquals(421, RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:1",
                    new byte[0]).status(), "another port");
        }
        try (SparqlServer server = serve(false, "https://app.example", false, false, 60_000, 10 << 20)) {
            int port = server.port();
            RawHttp.Reply preflight = RawHttp.send(port, "OPTIONS /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nOrigin: https://app.example\r\nAccess-Control-Request-Method: POST", new byte[0]);
            assertEquals(204, preflight.status(), preflight.head());
            assertEquals("https://app.example", preflight.header("Access-Control-Allow-Origin"));
            assertEquals("GET, HEAD, POST", preflight.header("Access-Control-Allow-Methods"), "read-only: no DELETE");
            assertNull(preflight.header("Access-Control-Allow-Credentials"), "never with credentials");
            RawHttp.Reply read = RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:"
                    + port + "\r\nOrigin: https://app.example\r\nAccept: text/csv", new byte[0]);
            assertEquals(200, read.status(), read.head());
            assertEquals("https://app.example", read.header("Access-Control-Allow-Origin"));
            assertEquals(403, RawHttp.send(port, "GET /ds/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nOrigin: https://other.example", new byte[0]).status(), "only the named origin");
        }
    }

    @Test
    void theAdminApiIsOffAndTheUiOnlyWhenAsked() {
        try (SparqlServer server = serve(true)) {
            assertEquals(200, Net.get(server.url() + "$/ping").status(), "the health check stays");
            for (String path : new String[] {"$/server", "$/datasets", "$/stats/ds", "$/metrics", "$/tasks"}) {
                assertEquals(404, Net.get(server.url() + path).status(), path);
            }
            Net.Reply root = Net.get(server.url());
            assertEquals(200, root.status());
            assertTrue(root.body().contains("/ds/sparql") && root.body().contains("--ui"), root.body());
            assertEquals(404, Net.get(server.url() + "index.html").status(), "no UI files without --ui");
        }
        try (SparqlServer server = serve(true, null, true, false, 60_000, 10 << 20)) {
            assertEquals(200, Net.get(server.url() + "$/datasets", "application/json").status(), "read-only info");
            assertTrue(Net.get(server.url()).body().contains("<div id=\"app\""), "the Fuseki UI");
            assertEquals(404, Net.get(server.url() + "$/tasks").status(), "the rest stays off");
            Net.Reply add = post(server.url() + "$/datasets", "application/x-www-form-urlencoded",
                    "dbName=other&dbType=mem", "Origin", "http://127.0.0.1:" + server.port());
            assertEquals(403, add.status(), "no changes through /$/, even from the UI's own origin");
        }
    }

    /** A loopback listener standing for a service inside the network; it records what reaches it. */
    private static HttpServer listener(List<String> hits) throws IOException {
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            hits.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        internal.start();
        return internal;
    }

    @Test
    void serviceAndLoadReachNoUrlUnlessAllowed() throws IOException {
        List<String> hits = new CopyOnWriteArrayList<>();
        HttpServer internal = listener(hits);
        String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/internal?secret=1";
        long log = logSize();
        try (SparqlServer server = serve(true)) {
            Net.Reply query = Net.query(server.datasetUrl() + "/sparql", "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "text/csv");
            assertEquals(400, query.status(), query.body());
            assertTrue(query.body().contains("SERVICE <" + url + "> is not allowed"), query.body());
            for (String update : new String[] {"INSERT { GRAPH <urn:test:g> { ?s ?p ?o } } WHERE { SERVICE <" + url
                    + "> { ?s ?p ?o } }", "LOAD <" + url + ">", "LOAD <file:///etc/passwd> INTO GRAPH <urn:test:g>"}) {
                Net.Reply r = post(server.datasetUrl(), "application/sparql-update", update,
                        "Authorization", "Bearer " + TOKEN);
                assertEquals(400, r.status(), update + ": " + r.body());
                assertTrue(r.body().contains("is not allowed"), r.body());
            }
            assertEquals(List.of(), hits, "nothing reached the listener");
            assertEquals(quads, quads());
            Net.Reply from = Net.query(server.datasetUrl() + "/sparql", "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
                    "text/csv");
            assertEquals(400, from.status(), "FROM is refused, not ignored: " + from.body());
        }
        try (SparqlServer server = serve(false, null, false, true, 60_000, 10 << 20)) {
            Net.Reply query = Net.query(server.datasetUrl() + "/sparql", "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "text/csv");
            assertEquals(1, hits.size(), "with --allow-service the listener is asked: " + query.status());
        } finally {
            internal.stop(0);
        }
        assertNoStackTrace(logSince(log));
    }

    @Test
    void aCatastrophicRegularExpressionIsStoppedByTheTimeout() throws IOException {
        long log = logSize();
        try (SparqlServer server = serve(false, null, false, false, 1_000, 10 << 20)) {
            long start = System.nanoTime();
            Net.Reply r = Net.query(server.datasetUrl() + "/sparql",
                    "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\")) }", "text/csv");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, r.status(), "cut off, not answered: " + r.body());
            assertTrue(seconds < 10, "stopped within 10× the 1 s timeout: " + seconds + " s");
            Net.Reply next = Net.query(server.datasetUrl() + "/sparql", "ASK { ?s ?p ?o }", "text/csv");
            assertEquals(200, next.status(), "and the server answers the next query");
        }
        assertNoStackTrace(logSince(log));
    }

    @Test
    void oversizedAndChunkedRequestsAreRefusedWholeWithOneLine() throws IOException {
        long log = logSize();
        try (SparqlServer server = serve(true, null, false, false, 60_000, 1024)) {
            int port = server.port();
            String head = "POST /ds HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nTransfer-Encoding: chunked"
                    + "\r\nAuthorization: Bearer " + TOKEN;
            String bigUpdate = INSERT + "\n#" + "x".repeat(2000);
            RawHttp.Reply update = RawHttp.send(port, head + "\r\nContent-Type: application/sparql-update",
                    RawHttp.chunked(bigUpdate.getBytes(StandardCharsets.UTF_8), 256));
            assertEquals(413, update.status(), "a chunked update over the limit: " + update.head());
            assertEquals(quads, quads(), "and nothing of it applied");
            RawHttp.Reply put = RawHttp.send(port, "PUT /ds?graph=urn:test:g HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nTransfer-Encoding: chunked\r\nContent-Type: text/turtle\r\nAuthorization: Bearer " + TOKEN,
                    RawHttp.chunked(("<urn:test:s> <urn:test:p> \"" + "x".repeat(2000) + "\" .").getBytes(
                            StandardCharsets.UTF_8), 256));
            assertEquals(413, put.status(), "a chunked Graph Store PUT: " + put.head());
            RawHttp.Reply query = RawHttp.send(port, "POST /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query",
                    RawHttp.chunked(("ASK {}\n#" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8), 256));
            assertEquals(413, query.status(), "a chunked query: " + query.head());
            RawHttp.Reply form = RawHttp.send(port, "POST /ds/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded",
                    RawHttp.chunked(form("query", "ASK {}\n#" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8), 256));
            assertEquals(413, form.status(), "a chunked form: " + form.head());
            assertEquals(quads, quads());
            RawHttp.Reply small = RawHttp.send(port, head + "\r\nContent-Type: application/sparql-update",
                    RawHttp.chunked(INSERT.getBytes(StandardCharsets.UTF_8), 64));
            assertEquals(2, small.status() / 100, "a chunked update under the limit is applied: " + small.head());
            assertEquals(quads + 1, quads());
            RawHttp.Reply dropped = RawHttp.send(port, head + "\r\nContent-Type: application/sparql-update",
                    RawHttp.chunked("DROP GRAPH <urn:test:g>".getBytes(StandardCharsets.UTF_8), 64));
            assertEquals(2, dropped.status() / 100, dropped.head());
            assertEquals(quads, quads());
        }
        try (SparqlServer server = serve(false)) {
            StringBuilder in = new StringBuilder("SELECT * WHERE { ?s ?p ?o FILTER(?o IN (");
            for (int i = 0; i < 400_000; i++) {
                in.append(i == 0 ? "" : ",").append(i);
            }
            long start = System.nanoTime();
            Net.Reply big = Net.query(server.datasetUrl() + "/sparql", in.append(")) }").toString(), "text/csv");
            assertEquals(413, big.status(), big.body());
            assertTrue(big.body().contains("over the limit of 64 KB (--max-query-size)"), big.body());
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "refused without parsing (it ran 102 s before)");
        }
        String written = logSince(log);
        assertNoStackTrace(written);
        assertTrue(written.contains("413 POST /ds from 127.0.0.1: request body (sent without a length) is over"),
                written);
    }
}
