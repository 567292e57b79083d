package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.pipeline.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines files and standard input, through the commands; and the progress output of load. */
class InputFormsTest {

    @TempDir
    Path dir;

    private static Cli withStdin(String text, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static Dataset read(Path file) {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, file.toString());
        return ds;
    }

    @Test
    void standardInputAsOneArticleGivesTheSameGraphAsTheFile() throws Exception {
        Path fromFile = dir.resolve("file.nq");
        Path fromStdin = dir.resolve("stdin.nq");
        assertEquals(0, Cli.run("extract", Seed.FILE.toString(), "-o", fromFile.toString()).code());
        Cli cli = withStdin(Files.readString(Seed.FILE), "extract", "-", "-o", fromStdin.toString());
        assertEquals(0, cli.code(), cli.toString());
        String a = Files.readString(fromFile).replace(Seed.FILE.getFileName().toString(), "stdin");
        assertEquals(a.lines().sorted().toList(), Files.readString(fromStdin).lines().sorted().toList(),
                "same quads; only the identifier differs");
    }

    @Test
    void standardInputAsJsonLinesWithUrlAndSource() throws Exception {
        String body = Files.readString(Seed.FILE).replaceFirst("^\\s*date \\S+ ", "");
        String json = "{\"id\": \"seed\", \"date\": \"2021-12-15\", \"title\": \"Summit\", \"url\": \"https://example.org/s\","
                + " \"source\": \"ANI\", \"text\": " + org.apache.jena.atlas.json.JSON.toStringFlat(
                        new org.apache.jena.atlas.json.JsonString(body)) + "}\n";
        Path out = dir.resolve("jsonl.nq");
        Cli cli = withStdin(json, "extract", "-", "-o", out.toString());
        assertEquals(0, cli.code(), cli.toString());
        String nq = Files.readString(out);
        assertTrue(nq.contains("<https://schema.org/url> <https://example.org/s>"), "the url is kept");
        assertTrue(nq.contains("\"seed\""), "the id is the identifier");
        assertTrue(nq.contains("PhoneCall"), "the text is extracted like the file's body");
        assertTrue(read(out).listNames().hasNext());
    }

    private static String jsonLine(String id, String text) {
        return "{\"id\": " + org.apache.jena.atlas.json.JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(id))
                + ", \"date\": \"2021-12-15\", \"text\": " + org.apache.jena.atlas.json.JSON.toStringFlat(
                        new org.apache.jena.atlas.json.JsonString(text)) + "}\n";
    }

    @Test
    void aGivenIdNamesTheArticleSoACorrectedTextReplacesIt() throws Exception {
        Path store = dir.resolve("s");
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, jsonLine("AP 2021/17", "The foreign minister of Kenya met the president of Ghana in Accra on Monday.")
                + "{\"date\": \"2021-12-15\", \"text\": \"The president of Chile visited Peru last week.\"}\n");
        assertEquals(0, Cli.run("load", first.toString(), "--store", store.toString()).code());
        Path corrected = dir.resolve("corrected.jsonl");
        Files.writeString(corrected, jsonLine("AP 2021/17", "The foreign minister of Kenya met the president of Uganda in Accra on Monday."));
        assertEquals(0, Cli.run("load", corrected.toString(), "--store", store.toString()).code());

        Path out = dir.resolve("all.trig");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "-o", out.toString()).code());
        Dataset ds = read(out);
        String graph = "https://w3id.org/diplograph/graph/article/id-AP%202021%2F17";
        assertTrue(ds.containsNamedModel(graph), "the id, percent-encoded, names the graph");
        java.io.StringWriter graphText = new java.io.StringWriter();
        ds.getNamedModel(graph).write(graphText, "N-TRIPLES");
        assertTrue(graphText.toString().contains("/country/UGA") && !graphText.toString().contains("/country/GHA"),
                "the corrected text replaced the first one: " + graphText);
        java.util.List<String> articles = new java.util.ArrayList<>();
        ds.listNames().forEachRemaining(n -> {
            if (n.contains("/graph/article/")) {
                articles.add(n);
            }
        });
        assertEquals(2, articles.size(), articles.toString());
        assertTrue(articles.stream().anyMatch(n -> n.matches(".*/graph/article/[0-9a-f]{16}")),
                "the article without an id keeps its hash key: " + articles);
    }

    @Test
    void loadPrintsPlainProgressLinesWhenNotOnATerminal() {
        Cli cli = Cli.run("load", "src/test/resources/devset/articles", "--store", dir.resolve("s").toString(),
                "--progress-every", "0.000001", "--threads", "2");
        assertEquals(0, cli.code(), cli.toString());
        long lines = cli.err().lines().filter(l -> l.matches("diplograph: [\\d,]+ articles?, \\d+%, \\d+ articles/s, .*")).count();
        long articles = articleFiles(Path.of("src/test/resources/devset/articles"));
        assertTrue(lines >= articles, "a line per article at this interval, and one at the end: " + cli.err());
        assertTrue(cli.err().lines().anyMatch(l -> l.startsWith("diplograph: " + articles + " articles, 100%")),
                cli.err());
        assertTrue(!cli.err().contains("\r"), "no bar outside a terminal");
    }

    private static long articleFiles(Path dir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
