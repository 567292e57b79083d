package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplograph.pipeline.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, run in-process as a user would: output, files written, exit codes and messages. */
class CommandsTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void helpVersionAndUsageErrors() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.code(), help.toString());
        for (String command : new String[] {"run", "extract", "load", "query", "export", "validate"}) {
            assertTrue(help.out().contains(command), command);
            Cli sub = Cli.run(command, "--help");
            assertEquals(0, sub.code(), sub.toString());
            assertTrue(sub.out().contains("Usage: diplograph " + command), sub.toString());
        }
        Cli version = Cli.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("diplograph "), version.toString());
        assertEquals(2, Cli.run("extract").code(), "a missing argument is a usage error");
        assertEquals(2, Cli.run("--no-such-option").code());
        assertEquals(2, Cli.run("query", "phone-calls", "--format", "xml").code());
        assertEquals(2, Cli.run("extract", Seed.FILE.toString(), "-o", dir.resolve("x.docx").toString()).code());
    }

    @Test
    void extractPrintsTrigThatParses() {
        Cli cli = Cli.run("extract", Seed.FILE.toString());
        assertEquals(0, cli.code(), cli.toString());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(cli.out().getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        assertTrue(ds.listNames().hasNext(), "one named graph per article");
        assertTrue(cli.out().contains("dg:PhoneCall"), "prefixed, readable output");
    }

    @Test
    void extractWritesEveryFormatFromTheExtension() {
        for (String ext : new String[] {"ttl", "trig", "nq", "nt", "jsonld", "rdf"}) {
            Path out = dir.resolve("seed." + ext);
            Cli cli = Cli.run("extract", Seed.FILE.toString(), "-o", out.toString());
            assertEquals(0, cli.code(), ext + ": " + cli);
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString());
            long triples = ds.getDefaultModel().size();
            for (var it = ds.listNames(); it.hasNext(); ) {
                triples += ds.getNamedModel(it.next()).size();
            }
            assertTrue(triples > 100, ext + " has " + triples + " triples");
        }
    }

    @Test
    void extractingTwiceGivesTheSameGraphs() {
        Cli first = Cli.run("extract", Seed.FILE.toString());
        Cli second = Cli.run("extract", Seed.FILE.toString());
        Dataset a = DatasetFactory.create();
        Dataset b = DatasetFactory.create();
        RDFDataMgr.read(a, new ByteArrayInputStream(first.out().getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        RDFDataMgr.read(b, new ByteArrayInputStream(second.out().getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        assertTrue(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()));
        assertEquals(first.out(), second.out(), "deterministic, byte for byte");
    }

    @Test
    void loadingTwiceReplacesInsteadOfDuplicating() throws IOException {
        Cli first = Cli.run("load", Seed.FILE.toString(), "--store", store());
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().contains("Loaded 1 article"), first.out());
        Path export1 = dir.resolve("one.nq");
        assertEquals(0, Cli.run("export", "--store", store(), "-o", export1.toString()).code());
        Cli again = Cli.run("load", "seeds", "--store", store());
        assertEquals(0, again.code(), again.toString());
        Path export2 = dir.resolve("two.nq");
        assertEquals(0, Cli.run("export", "--store", store(), "-o", export2.toString()).code());
        assertEquals(Files.readAllLines(export1).size(), Files.readAllLines(export2).size(), "same quads after reload");
        Cli count = Cli.run("query", "declined-invitations", "--store", store(), "--format", "csv");
        assertEquals(2, count.out().strip().split("\n").length, count.toString());
    }

    @Test
    void queryBindsParametersAndFormatsResults() {
        assertEquals(0, Cli.run("load", Seed.FILE.toString(), "--store", store()).code());
        Cli json = Cli.run("query", "events-between", "--store", store(), "-p", "stateA=PAK", "-p", "stateB=USA",
                "--format", "json");
        assertEquals(0, json.code(), json.toString());
        assertTrue(json.out().contains("\"bindings\""), json.out());
        assertTrue(json.out().contains("DeclinedInvitation"));
        Cli none = Cli.run("query", "events-between", "--store", store(), "-p", "stateA=PAK", "-p", "stateB=FRA",
                "--format", "csv");
        assertEquals(1, none.out().strip().split("\n").length, "header only: " + none);
        Cli table = Cli.run("query", "queries/phone-calls.rq", "--store", store());
        assertTrue(table.out().contains("Wendy Sherman"), table.toString());
        Cli unknown = Cli.run("query", "no-such-query", "--store", store());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no-such-query"), unknown.toString());
        Cli badParam = Cli.run("query", "phone-calls", "--store", store(), "-p", "nosuch=1");
        assertEquals(1, badParam.code());
        assertTrue(badParam.err().contains("?nosuch"), badParam.toString());
    }

    @Test
    void queryParametersAreCheckedAndResolved() {
        assertEquals(0, Cli.run("load", Seed.FILE.toString(), "--store", store()).code());
        Cli yesterday = Cli.run("query", "timeline", "--store", store(), "-p", "from=yesterday");
        assertEquals(2, yesterday.code(), yesterday.toString());
        assertEquals("diplograph: queries/timeline.rq: ?from: 'yesterday' is not a date; give a day as YYYY-MM-DD,"
                + " e.g. 2021-12-01", yesterday.err().strip());
        Cli unknown = Cli.run("query", "events-between", "--store", store(), "-p", "stateA=Pakistn");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("give an ISO 3166-1 alpha-3 code (PAK), an English name (Pakistan) or a"
                + " demonym (Pakistani); did you mean Pakistan (PAK)"), unknown.toString());
        Cli byName = Cli.run("query", "events-between", "--store", store(), "-p", "stateA=Pakistan", "-p",
                "stateB=American", "--format", "csv");
        Cli byCode = Cli.run("query", "events-between", "--store", store(), "-p", "stateA=PAK", "-p", "stateB=USA",
                "--format", "csv");
        assertEquals(0, byName.code(), byName.toString());
        assertEquals(byCode.out(), byName.out());
        assertTrue(byName.out().strip().lines().count() > 5, byName.out());
    }

    @Test
    void querySparqlPrintsTheBoundQueryForOtherStores() {
        Cli cli = Cli.run("query", "meetings", "-p", "state=Pakistani", "--sparql");
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().startsWith("# In-person meetings"), cli.out());
        assertTrue(cli.out().contains("VALUES ?state { \"PAK\" }"), cli.out());
        assertTrue(cli.out().contains("GRAPH ?g"), cli.out());
    }

    @Test
    void formatsWithoutGraphsSaySoInOneLine() {
        assertEquals(0, Cli.run("load", Seed.FILE.toString(), "--store", store()).code());
        for (String ext : new String[] {"ttl", "nt", "rdf"}) {
            Cli export = Cli.run("export", "--store", store(), "-o", dir.resolve("all." + ext).toString());
            assertEquals(0, export.code(), export.toString());
            String note = export.err().strip();
            assertEquals(1, note.lines().count(), note);
            assertTrue(note.matches("diplograph: note: (Turtle|N-Triples|RDF/XML) has no named graphs: the 2 graphs"
                    + " \\(\\d[\\d,]* quads\\) were merged into one graph of \\d[\\d,]* triples, losing which article"
                    + " states what; use \\.trig or \\.nq to keep them"), note);
        }
        for (String ext : new String[] {"trig", "nq", "jsonld"}) {
            Cli export = Cli.run("export", "--store", store(), "-o", dir.resolve("all." + ext).toString());
            assertEquals(0, export.code(), export.toString());
            assertEquals("", export.err(), ext + " keeps the graphs");
        }
        Cli extract = Cli.run("extract", Seed.FILE.toString(), "-o", dir.resolve("seed.ttl").toString());
        assertTrue(extract.err().contains("note: Turtle has no named graphs"), extract.toString());
    }

    @Test
    void queryOverAnRdfFile() {
        Path out = dir.resolve("seed.trig");
        assertEquals(0, Cli.run("extract", Seed.FILE.toString(), "-o", out.toString()).code());
        Cli cli = Cli.run("query", "phone-calls", "--data", out.toString(), "--format", "csv");
        assertEquals(0, cli.code(), cli.toString());
        assertEquals(3, cli.out().strip().split("\n").length, cli.out());
        // Turtle has no graphs: the file is read as one named graph, which the queries' GRAPH patterns see.
        Path turtle = dir.resolve("seed.ttl");
        assertEquals(0, Cli.run("extract", Seed.FILE.toString(), "-o", turtle.toString()).code());
        Cli fromTurtle = Cli.run("query", "phone-calls", "--data", turtle.toString(), "--format", "csv");
        assertEquals(0, fromTurtle.code(), fromTurtle.toString());
        assertEquals(cli.out(), fromTurtle.out());
    }

    @Test
    void malformedQueryGivesLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "SELECT ?x WHERE { ?x ?y }\n");
        Path data = dir.resolve("seed.nq");
        assertEquals(0, Cli.run("extract", Seed.FILE.toString(), "-o", data.toString()).code());
        Cli cli = Cli.run("query", bad.toString(), "--data", data.toString());
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.err().contains("line 1") && cli.err().contains("column"), cli.toString());
    }

    @Test
    void validateReportsConformanceAndViolations() throws IOException {
        Path out = dir.resolve("seed.ttl");
        assertEquals(0, Cli.run("extract", Seed.FILE.toString(), "-o", out.toString()).code());
        Cli ok = Cli.run("validate", out.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().contains("conforms"));
        Model m = RDFDataMgr.loadModel(out.toString());
        m.removeAll(null, m.createProperty("https://w3id.org/diplograph/ontology#evidence"), null);
        Path broken = dir.resolve("broken.ttl");
        try (var os = Files.newOutputStream(broken)) {
            RDFDataMgr.write(os, m, Lang.TURTLE);
        }
        Cli bad = Cli.run("validate", broken.toString());
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.out().contains("violation"), bad.toString());
        assertEquals(0, Cli.run("load", Seed.FILE.toString(), "--store", store()).code());
        Cli store = Cli.run("validate", "--store", store());
        assertEquals(0, store.code(), store.toString());
    }

    @Test
    void badInputIsNamedAndGoodInputStillProcessed() throws IOException {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.copy(Seed.FILE, articles.resolve("seed.txt"));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        Files.write(articles.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Cli cli = Cli.run("load", articles.toString(), dir.resolve("missing.txt").toString(), "--store", store());
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.out().contains("Loaded 1 article"), cli.toString());
        assertTrue(cli.err().contains("empty.txt: empty file"), cli.toString());
        assertTrue(cli.err().contains("binary.txt: binary file"), cli.toString());
        assertTrue(cli.err().contains("missing.txt: no such file"), cli.toString());
        assertFalse(cli.err().contains("Exception"), "no stack trace without --verbose");
    }

    @Test
    void evaluateScoresAgainstGoldAndNamesBadGoldLines() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\": \"seed.txt\", \"date\": \"2021-12-15\", \"exhaustive\": [\"PhoneCall\"],"
                + " \"events\": [{\"type\": \"PhoneCall\", \"states\": [\"PAK\", \"USA\"], \"date\": \"2021-12-13\","
                + " \"polarity\": \"affirmed\", \"modality\": \"actual\", \"evidence\": \"spoke\"}]}\n");
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.copy(Seed.FILE, articles.resolve("seed.txt"));
        Cli cli = Cli.run("evaluate", "--gold", gold.toString(), articles.toString());
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().contains("PhoneCall"), cli.out());
        assertTrue(cli.out().contains("Dates of matched events: 1/1 right"), cli.out());
        assertTrue(cli.out().contains("False alarms (1)"), "the negated call is a second PhoneCall: " + cli.out());
        Files.writeString(gold, "{\"article\": \"seed.txt\", \"events\": [{\"type\": \"PhoneCall\"}]}\n{broken\n");
        Cli bad = Cli.run("evaluate", "--gold", gold.toString(), articles.toString());
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.err().contains("gold.jsonl:2: not valid JSON"), bad.toString());
    }

    @Test
    void runLoadsSummarisesAndAnswersTheBundledQueries() {
        Cli cli = Cli.run("run", "seeds", "--store", store());
        assertEquals(0, cli.code(), cli.toString());
        assertTrue(cli.out().contains("Loaded 1 article"), cli.out());
        assertTrue(cli.out().contains("Events by type:"), cli.out());
        for (String q : new String[] {"declined-invitations", "phone-calls", "meetings", "events-between",
                "actors-and-roles", "timeline", "evidence"}) {
            assertTrue(cli.out().contains("== " + q + ":"), q);
        }
        assertTrue(cli.out().contains("Summit for Democracy"));
    }
}
