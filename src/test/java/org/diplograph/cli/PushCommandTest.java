package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.web.AuthScheme;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Net;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code push} to real servers in this JVM: an embedded Fuseki holding an in-memory dataset (so the test can
 * compare what arrived), one protected by a password, and, for the retries, a small JDK HTTP server in front
 * of Fuseki that answers 503 twice before passing requests on.
 */
class PushCommandTest {

    /** Set for the test JVM by the pom (surefire environmentVariables). */
    private static final String PASSWORD_VAR = "DIPLOGRAPH_TEST_PASSWORD";

    @TempDir
    static Path dir;
    static String store;
    static DatasetGraph local;

    private FusekiServer fuseki;
    private DatasetGraph remote;

    @BeforeAll
    static void load() {
        store = dir.resolve("store").toString();
        try (Tdb2Store s = Tdb2Store.open(Path.of(store))) {
            Diplograph.create().load(Fixtures.seedAndCorpus(10), s, 50, n -> { });
            local = s.read(() -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                copy.addAll(s.dataset().asDatasetGraph());
                return copy;
            });
        }
    }

    @AfterEach
    void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    private String fuseki(int port) {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().port(port).loopback(true).add("/ds", remote, true).build().start();
        return "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
    }

    private void assertArrived() {
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(local, remote),
                "the remote dataset is the local store, graph for graph"));
    }

    private static String summary() {
        return "Pushed " + Txn.calculateRead(local, () -> local.size()) + " graphs ("
                + Txn.calculateRead(local, () -> local.stream().count()) + " triples)";
    }

    @Test
    void graphStorePutReplacesSoPushingAgainChangesNothing() {
        String url = fuseki(0);
        Cli first = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url);
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().startsWith(summary()), first.out());
        assertTrue(first.out().contains("by Graph Store Protocol PUT"), first.out());
        assertTrue(first.out().contains("Checked: " + url + " now holds"), first.out());
        assertArrived();
        Cli again = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url);
        assertEquals(0, again.code(), again.toString());
        assertArrived();
    }

    @Test
    void sparqlUpdateWhenThereIsNoGraphStore() {
        String url = fuseki(0);
        Cli cli = Cli.run("push", "--store", store, "--endpoint", url);
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().contains("by SPARQL Update"), cli.out());
        assertArrived();
        Cli gspMissing = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store",
                url.replace("/ds", "/no-graph-store"));
        assertEquals(0, gspMissing.code(), gspMissing.toString());
        assertTrue(gspMissing.err().contains("HTTP 404") && gspMissing.err().contains("sending SPARQL Update"),
                gspMissing.err());
        assertArrived();
    }

    @Test
    void transientFailuresAreRetriedWithBackOff() throws IOException {
        String url = fuseki(0);
        AtomicInteger calls = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpServer flaky = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        flaky.createContext("/", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                // read the request first: answering while the client still sends its body races it to a broken pipe
                try (InputStream body = exchange.getRequestBody()) {
                    body.readAllBytes();
                }
                reply(exchange, 503, "busy, come back later".getBytes(StandardCharsets.UTF_8));
                return;
            }
            forward(client, exchange, url.replace("/ds", ""));
        });
        flaky.start();
        try {
            String front = "http://127.0.0.1:" + flaky.getAddress().getPort() + "/ds";
            long start = System.nanoTime();
            Cli cli = Cli.run("push", "--store", store, "--endpoint", front, "--graph-store", front);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, cli.code(), cli.toString());
            assertTrue(cli.out().contains("; 2 retries"), cli.out());
            assertTrue(cli.err().contains("HTTP 503 (busy, come back later); trying again in 0.5 s (retry 1 of 5)"), cli.err());
            assertTrue(cli.err().contains("trying again in 1.0 s (retry 2 of 5)"), "doubling back-off: " + cli.err());
            assertTrue(seconds >= 1.5, "waited 0.5 s and 1 s: " + seconds);
            assertArrived();
        } finally {
            flaky.stop(0);
        }
    }

    @Test
    void aServerThatStartsLateIsWaitedFor() {
        int port = Net.freePort();
        CompletableFuture<String> later = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fuseki(port);
        });
        String url = "http://127.0.0.1:" + port + "/ds";
        Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url);
        later.join();
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.err().contains("cannot reach the server"), cli.err());
        assertFalse(cli.out().contains("; 0 retries"), cli.out());
        assertArrived();
    }

    @Test
    void givesUpAfterTheRetriesWithOneLine() {
        String url = "http://127.0.0.1:" + Net.freePort() + "/ds";
        Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--retries", "1");
        assertEquals(1, cli.code(), cli.toString());
        String last = cli.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("diplograph: " + url + "?graph=") && last.contains("cannot reach the server"), last);
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void credentialsAreNeverPrintedNorSentInClearWithoutInsecure() throws IOException {
        String password = System.getenv(PASSWORD_VAR);
        Assumptions.assumeTrue(password != null, PASSWORD_VAR + " is set by the pom for surefire");
        Path users = Files.writeString(dir.resolve("users.properties"), "pusher: " + password + "\n");
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).auth(AuthScheme.BASIC)
                .passwordFile(users.toString()).serverAuthPolicy(Auth.policyAllowSpecific("pusher")).build().start();
        String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
        // The servers' log goes to a file in the test JVM (src/test/resources/simplelogger.properties): read what this
        // test adds to it, and what reaches standard error.
        Path serverLog = Path.of("target/test-servers.log");
        long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
        PrintStream stderr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        try {
            Cli clear = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url,
                    "--user", "pusher", "--password-env", PASSWORD_VAR);
            assertEquals(2, clear.code(), clear.toString());
            assertTrue(clear.err().contains("refusing to send the password of pusher over plain http"), clear.err());
            Cli none = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--retries", "0");
            assertEquals(1, none.code(), none.toString());
            assertTrue(none.err().contains("HTTP 401 Unauthorized (the server wants a user name and password"), none.err());
            Cli wrong = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--insecure",
                    "--user", "someone-else", "--password-env", PASSWORD_VAR, "--verbose");
            assertEquals(1, wrong.code(), wrong.toString());
            assertTrue(wrong.err().contains("did not accept the password of someone-else"), wrong.err());
            Cli inUrl = Cli.run("push", "--store", store, "--endpoint",
                    url.replace("//", "//pusher:" + password + "@"), "--verbose");
            assertEquals(2, inUrl.code(), inUrl.toString());
            assertTrue(inUrl.err().contains("not in the URL"), inUrl.err());
            Cli unset = Cli.run("push", "--store", store, "--endpoint", url, "--user", "pusher", "--password-env",
                    "DIPLOGRAPH_NO_SUCH_VARIABLE");
            assertEquals(2, unset.code(), unset.toString());
            Cli ok = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--insecure",
                    "--user", "pusher", "--password-env", PASSWORD_VAR, "--verbose");
            assertEquals(0, ok.code(), ok.toString());
            assertArrived();
            for (Cli c : new Cli[] {clear, none, wrong, inUrl, unset, ok}) {
                printed.append(c.out()).append(c.err());
            }
        } finally {
            System.setErr(stderr);
            AuthEnv.get().clearAuthEnv();
        }
        printed.append(logs.toString(StandardCharsets.UTF_8));
        if (Files.exists(serverLog)) {
            byte[] all = Files.readAllBytes(serverLog);
            printed.append(new String(all, (int) Math.min(logStart, all.length), (int) Math.max(0, all.length - logStart),
                    StandardCharsets.UTF_8));
        }
        assertFalse(printed.toString().contains(password), "the password appears in output or logs");
        String encoded = java.util.Base64.getEncoder().encodeToString(("pusher:" + password)
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(printed.toString().contains(encoded), "nor its Basic encoding");
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Passes the request on to the real server and its answer back. */
    private static void forward(HttpClient client, HttpExchange exchange, String base) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Content-Type", "Accept"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            reply(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 500, new byte[0]);
        }
    }
}
