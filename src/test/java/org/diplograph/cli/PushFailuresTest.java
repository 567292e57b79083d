package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplograph.ontology.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.FaultyProxy;
import org.diplograph.testkit.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code push} when the remote store fails it: a server that never answers, or stops half-way through an answer;
 * a refused SPARQL Update in the middle of a push; a store that refuses large updates; a failed MOVE; an answer
 * that is not SPARQL. Every failure is one line naming the graph, the state it is left in on the remote, and how
 * far the push got — and the remote holds each graph either as it was or whole.
 */
class PushFailuresTest {

    @TempDir
    static Path dir;
    static String store;
    static DatasetGraph local;
    /** The store's graphs in the order push sends them: the reference graph first, then by name. */
    static List<String> order;

    private FusekiServer fuseki;
    private DatasetGraph remote;
    private final List<Socket> held = new ArrayList<>();

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
        List<String> names = new ArrayList<>();
        Txn.executeRead(local, () -> local.listGraphNodes().forEachRemaining(n -> names.add(n.getURI())));
        names.remove(Iris.REFERENCE_GRAPH);
        names.sort(null);
        names.add(0, Iris.REFERENCE_GRAPH);
        order = List.copyOf(names);
    }

    @AfterEach
    void stop() throws IOException {
        if (fuseki != null) {
            fuseki.stop();
        }
        for (Socket s : held) {
            s.close();
        }
    }

    /** An embedded Fuseki that takes updates; returns its base URL (without /ds). */
    private String fuseki() {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        return "http://127.0.0.1:" + fuseki.getHttpPort();
    }

    private Graph localGraph(String name) {
        return Txn.calculateRead(local, () -> local.getGraph(NodeFactory.createURI(name)));
    }

    private Graph remoteGraph(String name) {
        Node g = NodeFactory.createURI(name);
        return Txn.calculateRead(remote, () -> {
            Graph copy = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
            remote.getGraph(g).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** An older version of a graph, put on the remote before the push: the graph less one triple, plus a marker. */
    private Graph putOldVersion(String name) {
        Graph old = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        localGraph(name).find().forEachRemaining(old::add);
        old.delete(old.find().next());
        old.add(NodeFactory.createURI("urn:test:old"), NodeFactory.createURI("urn:test:version"),
                NodeFactory.createLiteralString("old"));
        Txn.executeWrite(remote, () -> old.find().forEachRemaining(t -> remote.add(NodeFactory.createURI(name),
                t.getSubject(), t.getPredicate(), t.getObject())));
        return old;
    }

    private List<String> remoteGraphNames() {
        List<String> names = new ArrayList<>();
        Txn.executeRead(remote, () -> remote.listGraphNodes().forEachRemaining(n -> names.add(n.getURI())));
        return names;
    }

    private static String lastLine(Cli cli) {
        return cli.err().strip().lines().reduce((a, b) -> b).orElse("");
    }

    /** A loopback port that accepts connections and then, per {@code reply}, says nothing or starts an answer. */
    private int listener(byte[] reply) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            try (socket) {
                while (true) {
                    Socket s = socket.accept();
                    held.add(s);
                    if (reply.length > 0) {
                        OutputStream out = s.getOutputStream();
                        out.write(reply);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // closed with the test
            }
        }, "never-answers");
        accept.setDaemon(true);
        accept.start();
        held.add(new Socket() {
            @Override
            public synchronized void close() throws IOException {
                socket.close();
            }
        });
        return socket.getLocalPort();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aServerThatAcceptsAndNeverAnswersIsLeftAfterTheReadTimeout() throws IOException {
        String url = "http://127.0.0.1:" + listener(new byte[0]) + "/ds";
        long start = System.nanoTime();
        Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--read-timeout", "1");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, cli.code(), cli.toString());
        assertEquals("diplograph: " + url + "?graph=" + Iris.REFERENCE_GRAPH + ": PUT " + Iris.REFERENCE_GRAPH
                + " failed: no answer within 1 s (--read-timeout); the remote store holds " + Iris.REFERENCE_GRAPH
                + " either as before or as sent (no answer); the " + (order.size() - 1) + " graphs after it were not"
                + " sent; push again", lastLine(cli));
        assertFalse(cli.err().contains("trying again"), "a request the server may be working on is not sent again");
        assertTrue(seconds < 10 * 1, "given up after the 1 s read timeout, not retried: " + seconds + " s");
        assertEquals(0, Cli.run("stats", "--store", store).code(), "the store is free again");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anAnswerThatStopsAfterItsHeadersIsLeftAfterTheReadTimeout() throws IOException {
        byte[] half = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nthe first bytes"
                .getBytes(StandardCharsets.US_ASCII);
        String url = "http://127.0.0.1:" + listener(half) + "/ds";
        long start = System.nanoTime();
        Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--read-timeout", "1.5", "--retries", "0");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(lastLine(cli).startsWith("diplograph: " + url + ": SPARQL Update of " + Iris.REFERENCE_GRAPH
                + " failed: no answer within 1.5 s (--read-timeout); the remote store holds " + Iris.REFERENCE_GRAPH
                + " either as before or as sent"), lastLine(cli));
        assertTrue(seconds < 10 * 1.5, "the body counts against the read timeout too: " + seconds + " s");
    }

    @Test
    void theTimeoutDefaultsAreInTheHelp() {
        String help = Cli.run("push", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--connect-timeout=SECONDS Give up connecting after this long (default: 10 s)"), help);
        assertTrue(help.contains("--read-timeout=SECONDS Give up on a request whose whole answer has not come after"
                + " this long (default: 60 s)"), help);
        assertEquals(2, Cli.run("push", "--store", store, "--endpoint", "http://127.0.0.1:1/ds", "--read-timeout", "0")
                .code());
    }

    @Test
    void aRefusedUpdateInTheMiddleLeavesThatGraphAsItWasAndSaysHowFarThePushGot() throws IOException {
        String base = fuseki();
        String fourth = order.get(3);
        Graph old = putOldVersion(fourth);
        try (FaultyProxy proxy = FaultyProxy.start(base, r -> r.number() == 4 ? FaultyProxy.Fault.status(500) : null)) {
            String url = proxy.base() + "/ds";
            Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--retries", "0");
            assertEquals(1, cli.code(), cli.toString());
            assertEquals("diplograph: " + url + ": SPARQL Update of " + fourth + " failed: HTTP 500 (fault injected by"
                    + " the test); " + fourth + " is unchanged on the remote store (one request, refused whole); the 3"
                    + " graphs before it were pushed; the " + (order.size() - 4) + " graphs after it were not sent;"
                    + " push again", lastLine(cli));
            assertEquals(4, proxy.seen().size(), "one request per graph");
        }
        for (String name : order.subList(0, 3)) {
            assertTrue(IsoMatcher.isomorphic(localGraph(name), remoteGraph(name)), name + " arrived whole");
        }
        assertTrue(IsoMatcher.isomorphic(old, remoteGraph(fourth)), "the failed graph is as it was");
        assertEquals(order.size() - 4, order.subList(4, order.size()).stream()
                .filter(n -> remoteGraph(n).isEmpty()).count(), "the graphs after it were not sent");
    }

    /** Refuses SPARQL Update requests over 100 KB, as Virtuoso refuses very large ones. */
    private static FaultyProxy.Fault refuseLarge(FaultyProxy.Seen r) {
        return r.body().startsWith("update=") && r.body().length() > 100_000 ? FaultyProxy.Fault.status(413) : null;
    }

    private static String update(FaultyProxy.Seen r) {
        return URLDecoder.decode(r.body().substring("update=".length()), StandardCharsets.UTF_8);
    }

    @Test
    void aStoreThatRefusesLargeUpdatesGetsThemThroughATemporaryGraphAndMove() throws IOException {
        String base = fuseki();
        Graph old = putOldVersion(Iris.REFERENCE_GRAPH);
        assertTrue(localGraph(Iris.REFERENCE_GRAPH).size() > 1000, "the reference graph needs several parts");
        try (FaultyProxy proxy = FaultyProxy.start(base, PushFailuresTest::refuseLarge)) {
            String url = proxy.base() + "/ds";
            Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--retries", "0");
            assertEquals(0, cli.code(), cli.toString());
            assertTrue(cli.err().contains("SPARQL Update of " + Iris.REFERENCE_GRAPH + " failed: HTTP 413")
                    && cli.err().contains("so sending it in parts of 500 triples to a temporary graph and moving that"
                    + " into place"), cli.err());
            assertEquals(1, proxy.seen().stream().filter(r -> r.body().startsWith("update=")
                    && update(r).startsWith("MOVE")).count(), proxy.seen().size() + " requests, one MOVE");
        }
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(local, remote), "every graph arrived whole"));
        assertFalse(IsoMatcher.isomorphic(old, remoteGraph(Iris.REFERENCE_GRAPH)));
        assertTrue(remoteGraphNames().stream().noneMatch(n -> n.contains("diplograph-push")), "no temporary graph left");
    }

    @Test
    void aFailedMoveLeavesTheGraphAsItWasAndDropsTheTemporaryGraph() throws IOException {
        String base = fuseki();
        Graph old = putOldVersion(Iris.REFERENCE_GRAPH);
        try (FaultyProxy proxy = FaultyProxy.start(base, r -> r.body().startsWith("update=")
                && update(r).startsWith("MOVE") ? FaultyProxy.Fault.status(500) : refuseLarge(r))) {
            String url = proxy.base() + "/ds";
            Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--retries", "0");
            assertEquals(1, cli.code(), cli.toString());
            String line = lastLine(cli);
            assertTrue(line.matches("diplograph: " + java.util.regex.Pattern.quote(url + ": SPARQL Update of "
                    + Iris.REFERENCE_GRAPH + " (MOVE from " + Iris.REFERENCE_GRAPH) + "-diplograph-push-[0-9a-f]{8}\\)"
                    + java.util.regex.Pattern.quote(" failed: HTTP 500 (fault injected by the test); "
                    + Iris.REFERENCE_GRAPH + " is unchanged on the remote store; the temporary graph ")
                    + ".* was dropped; the " + (order.size() - 1) + " graphs after it were not sent; push again"), line);
        }
        assertTrue(IsoMatcher.isomorphic(old, remoteGraph(Iris.REFERENCE_GRAPH)), "the graph is as it was");
        assertEquals(List.of(Iris.REFERENCE_GRAPH), remoteGraphNames(), "the temporary graph was dropped");
    }

    @Test
    void anAnswerThatIsNotSparqlDuringTheCheckIsOneLine() throws IOException {
        String base = fuseki();
        try (FaultyProxy proxy = FaultyProxy.start(base, r -> r.body().startsWith("query=")
                ? new FaultyProxy.Fault(200, "text/html", "<html><body><h1>Welcome to nginx!</h1></body></html>")
                : null)) {
            String url = proxy.base() + "/ds";
            Cli cli = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url);
            assertEquals(1, cli.code(), cli.toString());
            assertEquals("diplograph: " + url + ": counting triples after the push failed: the answer is not SPARQL"
                    + " JSON results with ?g and ?n (Welcome to nginx!); the graphs were sent, but could not be"
                    + " checked (--no-verify skips the check)", cli.err().strip());
        }
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(local, remote)));
    }

    @Test
    void aServedStoreTakesAPushOnlyWithItsToken() {
        String token = System.getenv("DIPLOGRAPH_TEST_PASSWORD");
        org.junit.jupiter.api.Assumptions.assumeTrue(token != null, "DIPLOGRAPH_TEST_PASSWORD is set by the pom");
        try (Tdb2Store target = Tdb2Store.open(dir.resolve("served-" + System.nanoTime()));
             org.diplograph.server.SparqlServer server = org.diplograph.server.SparqlServer.start(
                     target.dataset().asDatasetGraph(), new org.diplograph.server.ServeSettings(0, false, true, 60_000,
                             10 << 20, org.diplograph.query.QueryLimits.standard(), null, token, false, List.of()))) {
            String url = server.datasetUrl();
            Cli without = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--retries", "0");
            assertEquals(1, without.code(), without.toString());
            assertTrue(lastLine(without).contains("PUT " + Iris.REFERENCE_GRAPH + " failed: HTTP 403 (changes are taken"
                    + " from this server's own pages, or with its token"), lastLine(without));
            Cli with = Cli.run("push", "--store", store, "--endpoint", url, "--graph-store", url, "--token-env",
                    "DIPLOGRAPH_TEST_PASSWORD");
            assertEquals(0, with.code(), "a token to a loopback address needs no --insecure: " + with);
            long sent = Txn.calculateRead(local, () -> local.stream().count());
            assertEquals(sent, (long) target.read(() -> target.dataset().asDatasetGraph().stream().count()));
            assertFalse((with.out() + with.err() + without.err()).contains(token), "the token is never printed");
            Cli remoteHost = Cli.run("push", "--store", store, "--endpoint", "http://192.0.2.1:3030/ds", "--token-env",
                    "DIPLOGRAPH_TEST_PASSWORD");
            assertEquals(2, remoteHost.code(), "not over plain http to another machine without --insecure");
        }
    }
}
