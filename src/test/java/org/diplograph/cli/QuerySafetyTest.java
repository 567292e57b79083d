package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query} under attack and clumsy use: --timeout ends a runaway query, a catastrophic regular expression and
 * the planning of a large one; an oversized query is refused before parsing; SERVICE reaches no URL unless allowed;
 * FROM is refused rather than ignored; a malformed query names the file, line and column.
 */
class QuerySafetyTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        Cli load = Cli.run("load", "seeds", "--store", dir.resolve("store").toString());
        assertEquals(0, load.code(), load.toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void timeoutEndsARunawayQuery() throws IOException {
        // Every triple joined with every triple with every triple: about 10^11 rows for the seed alone.
        Path runaway = Files.writeString(dir.resolve("runaway.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        long start = System.nanoTime();
        Cli cli = Cli.run("query", runaway.toString(), "--store", dir.resolve("store").toString(), "--timeout", "1");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(1, cli.code(), cli.toString());
        assertEquals("diplograph: " + runaway + ": stopped after the 1000 ms timeout (--timeout)", cli.err().strip());
        assertTrue(seconds < 15, "stopped after " + seconds + " s");
    }

    @Test
    void aMalformedQueryFileGetsTheParsersLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "# finds nothing\nSELECT ?x WHERE {\n  ?x ?y\n}\n");
        Cli cli = Cli.run("query", bad.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, cli.code(), cli.toString());
        String err = cli.err().strip();
        assertTrue(err.startsWith("diplograph: " + bad + ": "), err);
        assertTrue(err.contains("line 4, column 1"), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String store() {
        return dir.resolve("store").toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aCatastrophicRegularExpressionIsStoppedByTheTimeout() throws IOException {
        // (.*a){20}$ against 30 a's and a '!' backtracks through about 30^20 ways to split the text: 70 s under a
        // 5 s timeout before, because its arguments are constants and Jena evaluates those while planning.
        String[] queries = {
            "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\")) }",
            "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){20}$\", \"x\") AS ?r) {}",
            // over data, so it runs row by row during execution
            "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", STR(?p)),"
                    + " \"(.*a){20}$\")) } LIMIT 1",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\nASK { FILTER(fn:matches(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\","
                    + " \"(.*a){20}$\")) }"};
        for (int i = 0; i < queries.length; i++) {
            Path rq = write("regex-" + i + ".rq", queries[i]);
            long start = System.nanoTime();
            Cli cli = Cli.run("query", rq.toString(), "--store", store(), "--timeout", "1");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(1, cli.code(), cli.toString());
            assertEquals("diplograph: " + rq + ": stopped after the 1000 ms timeout (--timeout)", cli.err().strip());
            assertTrue(seconds < 10, "stopped within 10× the 1 s timeout: " + seconds + " s; " + queries[i]);
        }
        Cli harmless = Cli.run("query", write("regex-ok.rq", "ASK { FILTER(REGEX(\"Wendy Sherman\", \"^w.*N$\","
                + " \"i\")) }").toString(), "--store", store(), "--timeout", "5");
        assertEquals("true", harmless.out().strip(), "ordinary regular expressions answer as before: " + harmless);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aQueryOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        // a 400,000-item IN list ran 102 s under --timeout 5: Jena's planner cannot be stopped half-way
        StringBuilder in = new StringBuilder("SELECT * WHERE { ?s ?p ?o FILTER(?o IN (");
        for (int i = 0; i < 400_000; i++) {
            in.append(i == 0 ? "" : ",").append(i);
        }
        Path big = write("big.rq", in.append(")) }").toString());
        long start = System.nanoTime();
        Cli cli = Cli.run("query", big.toString(), "--store", store(), "--timeout", "5");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.err().strip().matches("diplograph: " + java.util.regex.Pattern.quote(big.toString())
                + ": the query is \\d+ KB, over the limit of 64 KB \\(--max-query-size\\); it was not parsed"),
                cli.err());
        assertTrue(seconds < 5, "refused at once: " + seconds + " s");
        Cli raised = Cli.run("query", write("small-in.rq", "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (1, 2)) } LIMIT 1")
                .toString(), "--store", store(), "--max-query-size", "100");
        assertEquals(0, raised.code(), "a query under the limit runs: " + raised);
    }

    /** A loopback HTTP listener that counts what reaches it, standing for an internal service. */
    private static com.sun.net.httpserver.HttpServer listener(java.util.List<String> hits) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestURI().toString());
            byte[] body = "internal: secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void serviceReachesNoUrlUnlessAllowed() throws IOException {
        java.util.List<String> hits = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer internal = listener(hits);
        try {
            String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/internal?secret=1";
            for (String text : new String[] {"SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } } LIMIT 1",
                    "SELECT * { { SELECT ?s { OPTIONAL { SERVICE SILENT <" + url + "> { ?s ?p ?o } } } } }"}) {
                Path rq = write("service.rq", text);
                Cli cli = Cli.run("query", rq.toString(), "--store", store());
                assertEquals(1, cli.code(), cli.toString());
                assertEquals("diplograph: " + rq + ": SERVICE <" + url + "> is not allowed: it would make Diplograph"
                        + " fetch that URL; add --allow-service if the query should reach other endpoints",
                        cli.err().strip());
            }
            assertEquals(java.util.List.of(), hits, "nothing reached the listener");
            Path rq = write("service.rq", "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }");
            Cli allowed = Cli.run("query", rq.toString(), "--store", store(), "--allow-service");
            assertEquals(1, hits.size(), "with --allow-service the listener is asked: " + hits);
            assertEquals(1, allowed.code(), allowed.toString());
            assertTrue(allowed.err().strip().startsWith("diplograph: " + rq + ": a SERVICE request of the query"
                    + " failed (") && allowed.err().strip().lines().count() == 1, "one line, not an internal error: "
                    + allowed.err());
        } finally {
            internal.stop(0);
        }
    }

    @Test
    void fromIsRefusedNotIgnoredAndOptionsAreChecked() throws IOException {
        Path from = write("from.rq", "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o } LIMIT 1");
        Cli cli = Cli.run("query", from.toString(), "--store", store());
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.err().strip().startsWith("diplograph: " + from + ": FROM and FROM NAMED are not supported here"
                + " (FROM <file:///etc/passwd>): the query runs over the store"), cli.err());
        Cli twice = Cli.run("query", "phone-calls", "--store", store(), "-p", "state=PAK", "-p", "state=USA");
        assertEquals(2, twice.code(), twice.toString());
        assertEquals("diplograph: -p state is given twice (PAK, USA); a parameter takes one value", twice.err().strip());
        for (String t : new String[] {"0", "-1"}) {
            Cli zero = Cli.run("query", "phone-calls", "--store", store(), "--timeout", t);
            assertEquals(2, zero.code(), "--timeout " + t + ": " + zero);
            assertTrue(zero.err().contains("--timeout must be a positive number of seconds"), zero.err());
        }
    }
}
