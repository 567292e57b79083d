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

    @Test
    void loadPrintsPlainProgressLinesWhenNotOnATerminal() {
        Cli cli = Cli.run("load", "src/test/resources/devset/articles", "--store", dir.resolve("s").toString(),
                "--progress-every", "0.000001", "--threads", "2");
        assertEquals(0, cli.code(), cli.toString());
        long lines = cli.err().lines().filter(l -> l.matches("diplograph: [\\d,]+ articles?, \\d+%, \\d+ articles/s, .*")).count();
        assertTrue(lines >= 45, "a line per article at this interval, and one at the end: " + cli.err());
        assertTrue(cli.err().lines().anyMatch(l -> l.startsWith("diplograph: 45 articles, 100%")), cli.err());
        assertTrue(!cli.err().contains("\r"), "no bar outside a terminal");
    }
}
