package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.diplograph.ontology.Iris;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental store as a user drives it: identity across articles, loading again, remove, stats, and the
 * errors for directories that are not stores.
 */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    /** Two short articles written for this test that both name Wendy Sherman. */
    private Path twoArticles() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("call.txt"), """
                date 2022-03-01
                Sherman calls Pakistani minister

                WASHINGTON, March 1 (Reuters) - US Deputy Secretary of State Wendy Sherman spoke by telephone with \
                Pakistan Foreign Minister Shah Mehmood Qureshi on Monday, the State Department said.
                """);
        Files.writeString(articles.resolve("meeting.txt"), """
                date 2022-03-04
                Sherman meets Indian foreign secretary

                NEW DELHI, March 4 (Reuters) - US Deputy Secretary of State Wendy Sherman met Indian Foreign \
                Secretary Harsh Vardhan Shringla in New Delhi on Thursday to discuss trade.
                """);
        return articles;
    }

    private static long count(Tdb2Store store, String select) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(
                    "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
                            + select).build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void theSamePersonInTwoArticlesIsOneNodeAndEachGraphSaysItsOwnPart() throws IOException {
        Cli load = Cli.run("load", twoArticles().toString(), "--store", store());
        assertEquals(0, load.code(), load.toString());
        assertTrue(load.out().contains("Loaded 2 articles"), load.out());
        try (Tdb2Store s = Tdb2Store.openExisting(Path.of(store()))) {
            String sherman = "<" + Iris.actor("person:wendy-sherman") + ">";
            assertEquals(1, count(s, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dg:Person ; "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> \"Wendy Sherman\" }"), "one node for the person");
            assertEquals(2, count(s, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { " + sherman
                    + " a dg:Person } }"), "each article's graph describes her");
            assertEquals(2, count(s, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e dg:participant " + sherman
                    + " ; a ?type } FILTER(?type IN (dg:PhoneCall, dg:Meeting)) }"),
                    "a call in one graph and a meeting in the other, both with the same node");
            assertEquals(1, count(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a dg:PhoneCall ; dg:participant "
                    + sherman + " . ?a dct:identifier \"call.txt\" } }"), "the call is in the call article's graph");
            assertEquals(0, count(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a dg:PhoneCall . "
                    + "?a dct:identifier \"meeting.txt\" } }"), "and not in the meeting article's graph");
            assertEquals(1, count(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.REFERENCE_GRAPH + "> { <"
                    + Iris.country("PAK") + "> dg:iso3 \"PAK\" } }"), "states live in the reference graph");
            assertEquals(0, count(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c dg:iso3 ?code } FILTER(?g != <"
                    + Iris.REFERENCE_GRAPH + ">) }"), "and only there");
        }
    }

    @Test
    void theNewCommandsAreListedAndHaveHelp() {
        Cli help = Cli.run("--help");
        for (String command : new String[] {"stats", "remove", "serve", "push"}) {
            assertTrue(help.out().contains(command), command);
            Cli sub = Cli.run(command, "--help");
            assertEquals(0, sub.code(), sub.toString());
            assertTrue(sub.out().contains("Usage: diplograph " + command), sub.toString());
        }
    }

    @Test
    void loadingTwiceChangesNothing() throws IOException {
        Path articles = twoArticles();
        assertEquals(0, Cli.run("load", articles.toString(), Fixtures.SEED.toString(), "--store", store()).code());
        Path first = dir.resolve("first.nq");
        assertEquals(0, Cli.run("export", "--store", store(), "-o", first.toString()).code());
        Cli again = Cli.run("load", articles.toString(), Fixtures.SEED.toString(), "--store", store(), "--batch", "1");
        assertEquals(0, again.code(), again.toString());
        Path second = dir.resolve("second.nq");
        assertEquals(0, Cli.run("export", "--store", store(), "-o", second.toString()).code());
        assertEquals(Files.readString(first), Files.readString(second), "byte for byte the same store");
    }

    @Test
    void removeTakesIdentifiersIrisOrKeysAndLeavesTheRest() throws IOException {
        assertEquals(0, Cli.run("load", twoArticles().toString(), "seeds", "--store", store()).code());
        Cli stats = Cli.run("stats", "--store", store());
        assertTrue(stats.out().contains("3 articles"), stats.out());
        Cli byId = Cli.run("remove", "call.txt", "--store", store());
        assertEquals(0, byId.code(), byId.toString());
        assertTrue(byId.out().contains("Removed 1 article"), byId.out());
        Cli byIri = Cli.run("remove", "<" + Iris.articleGraph("94b3b338ff731116") + ">", "--store", store());
        assertEquals(0, byIri.code(), byIri.toString());
        Cli unknown = Cli.run("remove", "no-such.txt", "meeting.txt", "--store", store());
        assertEquals(1, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("no-such.txt: no such article in " + store()), unknown.err());
        assertTrue(unknown.out().contains("Removed 1 article"), "the known one is still removed: " + unknown.out());
        try (Tdb2Store s = Tdb2Store.openExisting(Path.of(store()))) {
            List<String> graphs = s.read(() -> {
                java.util.ArrayList<String> names = new java.util.ArrayList<>();
                s.dataset().listNames().forEachRemaining(names::add);
                return names;
            });
            assertEquals(List.of(Iris.REFERENCE_GRAPH), graphs, "only the reference graph is left");
        }
        assertEquals(0, Cli.run("load", "seeds", "--store", store()).code());
        Cli byKey = Cli.run("remove", "94b3b338ff731116", "--store", store());
        assertTrue(byKey.out().contains("Removed 1 article"), byKey.toString());
        Cli reference = Cli.run("remove", Iris.REFERENCE_GRAPH, "--store", store());
        assertEquals(1, reference.code(), "the reference graph is not an article: " + reference);
    }

    @Test
    void statsCountsByGraphClassAndEventType() throws IOException {
        assertEquals(0, Cli.run("load", twoArticles().toString(), "seeds", "--store", store()).code());
        Cli stats = Cli.run("stats", "--store", store());
        assertEquals(0, stats.code(), stats.toString());
        String out = stats.out();
        long events;
        long seedTriples;
        long persons;
        long calls;
        try (Tdb2Store s = Tdb2Store.openExisting(Path.of(store()))) {
            events = count(s, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:cameoCode ?c }");
            seedTriples = count(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.articleGraph("94b3b338ff731116")
                    + "> { ?s ?p ?o } }");
            persons = count(s, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:Person }");
            calls = count(s, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:PhoneCall }");
        }
        assertTrue(out.startsWith("Store " + store() + ": 3 articles, " + events + " events, 4 named graphs"), out);
        assertTrue(out.contains("graph:reference") && out.contains("(states, organisations, CAMEO, ontology)"), out);
        assertTrue(out.matches("(?s).*graph:article/94b3b338ff731116 +" + seedTriples
                + "  2021-12-15-pakistan-us-democracy-summit\\.txt.*"), "the seed's graph: " + out);
        assertTrue(out.contains("call.txt") && out.contains("meeting.txt"), out);
        assertTrue(out.matches("(?s).*Instances by class:.*\\n  dg:Person +" + persons + "\\n.*"), out);
        assertTrue(out.matches("(?s).*Events by type:.*\\n  dg:PhoneCall +" + calls + "\\n.*"), out);
        assertTrue(calls >= 3, "two calls in the seed and one in call.txt: " + calls);
    }

    @Test
    void directoriesThatAreNotStoresAreRefusedByName() throws IOException {
        Cli missing = Cli.run("stats", "--store", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains(dir.resolve("nowhere") + ": no store here"), missing.err());
        assertFalse(Files.exists(dir.resolve("nowhere")), "reading does not create a store");
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Cli notDir = Cli.run("load", "seeds", "--store", file.toString());
        assertEquals(1, notDir.code());
        assertTrue(notDir.err().contains(file + ": not a directory"), notDir.err());
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("notes.md"), "mine");
        Cli other = Cli.run("load", "seeds", "--store", home.toString());
        assertEquals(1, other.code());
        assertTrue(other.err().contains(home + ": this directory is not a Diplograph store"), other.err());
        try (var entries = Files.list(home)) {
            assertEquals(1, entries.count(), "nothing written into it");
        }
        assertFalse(other.err().contains("Exception"), other.err());
    }

    @Test
    void readingCommandsNeverCreateAStoreAndOnlyMarkedCompleteStoresAreOpened() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"query", "phone-calls"},
                new String[] {"export", "-o", dir.resolve("x.nq").toString()}, new String[] {"remove", "x.txt"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--store", empty.toString()));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(1, cli.code(), cli.toString());
            assertEquals("diplograph: " + empty + ": no store here (the directory holds no data); load articles into it"
                    + " first (diplograph load FILE|DIR --store " + empty + ")", cli.err().strip());
            try (var entries = Files.list(empty)) {
                assertEquals(0, entries.count(), command[0] + " created nothing");
            }
        }
        // a directory of someone's files that happens to hold a Data-0001 folder
        Path lookalike = Files.createDirectories(dir.resolve("lookalike/Data-0001"));
        Files.writeString(lookalike.resolveSibling("thesis.tex"), "mine");
        Cli load = Cli.run("load", "seeds", "--store", lookalike.getParent().toString());
        assertEquals(1, load.code(), load.toString());
        assertTrue(load.err().contains("this directory is not a Diplograph store"), load.err());
        try (var entries = Files.list(lookalike)) {
            assertEquals(0, entries.count(), "nothing written into its Data-0001");
        }
        // a complete TDB2 database without Diplograph's mark is left alone, by writing and reading commands
        assertEquals(0, Cli.run("load", "seeds", "--store", store()).code());
        Files.delete(Path.of(store(), "diplograph.store"));
        for (String command : new String[] {"load", "stats"}) {
            Cli cli = Cli.run(command.equals("load") ? new String[] {"load", "seeds", "--store", store()}
                    : new String[] {"stats", "--store", store()});
            assertEquals(1, cli.code(), cli.toString());
            assertTrue(cli.err().strip().startsWith("diplograph: " + store() + ": this is a TDB2 database that"
                    + " Diplograph did not mark as its store"), cli.err());
            assertFalse(Files.exists(Path.of(store(), "diplograph.store")), "and not marked behind the user's back");
        }
    }

    @Test
    void aDamagedStoreIsReportedInOneLine() throws IOException {
        assertEquals(0, Cli.run("load", "seeds", "--store", store()).code());
        Path nodes = Path.of(store(), "Data-0001", "nodes-data.obj");
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        try (var file = java.nio.channels.FileChannel.open(nodes, java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(noise), 0);
        }
        // commands that read every node (a query may not meet the damaged ones, and then its answer is right)
        for (String[] command : List.of(new String[] {"stats"},
                new String[] {"export", "-o", dir.resolve("damaged.nq").toString()})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--store", store()));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(1, cli.code(), cli.toString());
            String err = cli.err().strip();
            assertEquals(1, err.lines().count(), command[0] + ": one line: " + err);
            assertTrue(err.startsWith("diplograph: store " + store() + " is damaged: ")
                    && err.endsWith("; restore it from a backup, or load the articles again into a new --store"
                    + " directory"), err);
        }
        Files.delete(Path.of(store(), "Data-0001", "nodes.dat"));
        Cli missing = Cli.run("stats", "--store", store());
        assertEquals("diplograph: store " + store() + " is damaged: Data-0001/nodes.dat is missing; restore it from a"
                + " backup, or load the articles again into a new --store directory", missing.err().strip());
        Cli load = Cli.run("load", "seeds", "--store", store());
        assertEquals(1, load.code(), "a damaged store is not written to either: " + load);
    }

    @Test
    void hostileParameterValuesAreBoundNotExecuted() {
        assertEquals(0, Cli.run("load", "seeds", "--store", store()).code());
        String before = Cli.run("stats", "--store", store()).out();
        Path own = dir.resolve("labels.rq");
        try {
            Files.writeString(own, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "SELECT ?x WHERE { GRAPH ?g { ?x rdfs:label ?name } }\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String hostile : List.of("PAK\" } ; DROP ALL ; { \"", "PAK' } ; DROP ALL ; { '", "} ; DROP ALL ; {")) {
            // Declared parameters are checked first: the value is refused in one line (usage error).
            Cli q = Cli.run("query", "phone-calls", "--store", store(), "-p", "state=" + hostile, "--format", "csv");
            assertEquals(2, q.code(), q.toString());
            assertEquals(1, q.err().strip().lines().count(), q.toString());
            assertTrue(q.err().contains("is not a state"), q.toString());
            Cli e = Cli.run("query", "evidence", "--store", store(), "-p", "event=" + hostile, "--format", "csv");
            assertEquals(2, e.code(), e.toString());
            assertTrue(e.err().contains("is not an IRI"), e.toString());
            // A variable of the user's own query takes any text, bound as a string, never pasted into the query.
            Cli u = Cli.run("query", own.toString(), "--store", store(), "-p", "name=" + hostile, "--format", "csv");
            assertEquals(0, u.code(), u.toString());
            assertEquals(1, u.out().strip().split("\n").length, "header only, no rows: " + u.out());
        }
        assertEquals(before, Cli.run("stats", "--store", store()).out(), "the store is untouched");
    }
}
