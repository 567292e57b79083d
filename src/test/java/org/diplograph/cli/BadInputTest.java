package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Seed;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of the reliability issue, loaded as a user would: each gets one line naming it, the problem and
 * what was done; the good articles beside it are stored; the exit code is 1 when anything was skipped; and the
 * store then holds exactly the good articles.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = "date 2021-05-03\nMinisters meet\n\n"
            + "The foreign minister of Pakistan met the foreign minister of India in Geneva on Monday.\n";

    private Cli load(String... inputs) {
        String[] args = new String[inputs.length + 3];
        args[0] = "load";
        System.arraycopy(inputs, 0, args, 1, inputs.length);
        args[inputs.length + 1] = "--store";
        args[inputs.length + 2] = dir.resolve("store").toString();
        return Cli.run(args);
    }

    /** The dct:identifier of every article in the store. */
    private Set<String> stored() {
        Set<String> ids = new HashSet<>();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(
                        "PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX dct: <http://purl.org/dc/terms/>"
                                + " SELECT ?id WHERE { GRAPH ?g { ?a a dg:Article ; dct:identifier ?id } }").build()) {
                    q.execSelect().forEachRemaining(s -> ids.add(s.getLiteral("id").getString()));
                }
            });
        }
        return ids;
    }

    private static long lines(String err, String needle) {
        return err.lines().filter(l -> l.contains(needle)).count();
    }

    private Path good(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), GOOD.replace("Monday", "Monday (" + name + ")"));
    }

    @Test
    void eachBadFileIsOneLineAndTheGoodOnesAreStored() throws IOException {
        Path in = dir.resolve("in");
        good(in, "good.txt");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", in.resolve("image.txt").toFile());
        Files.write(in.resolve("latin1.txt"), "date 2021-05-03\nCaf\u00e9 diplomacy\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Writer w = Files.newBufferedWriter(in.resolve("huge.txt"))) {
            String line = GOOD.repeat(20) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        Files.copy(getClass().getResourceAsStream("/languages/de.txt"), in.resolve("german.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));

        Cli cli = load(in.toString(), dir.resolve("no-such-dir").toString());

        assertEquals(1, cli.code(), cli.toString());
        String err = cli.err();
        assertEquals(1, lines(err, "empty.txt: empty file: skipped"), err);
        assertEquals(1, lines(err, "image.txt: binary file"), err);
        assertEquals(1, lines(err, "latin1.txt: not valid UTF-8 (bad byte at offset 19): skipped"), err);
        assertEquals(1, lines(err, "huge.txt: 50.0 MB is too large for a news article (limit 1.0 MB): skipped"), err);
        assertEquals(1, lines(err, "german.txt: not English (OpenNLP detects 'deu'"), err);
        assertEquals(1, lines(err, "dangling.txt: broken symbolic link, cannot be read: skipped"), err);
        assertEquals(1, lines(err, "no-such-dir: no such file or directory: skipped"), err);
        assertEquals(1, lines(err, "7 inputs were skipped"), err);
        assertFalse(err.contains("Exception"), "no stack trace without --verbose: " + err);
        assertTrue(cli.out().contains("Loaded 1 article"), cli.toString());
        assertEquals(Set.of("good.txt"), stored());
    }

    @Test
    void datesThatCannotBeBelievedAreNotedAndTheArticleIsStoredUndated() throws IOException {
        Path in = dir.resolve("dates");
        Files.createDirectories(in);
        Files.writeString(in.resolve("malformed.txt"), GOOD.replace("2021-05-03", "2021-13-45"));
        Files.writeString(in.resolve("feb30.txt"), GOOD.replace("2021-05-03", "2021-02-30"));
        String future = LocalDate.now().plusYears(3).toString();
        Files.writeString(in.resolve("future.txt"), GOOD.replace("2021-05-03", future));

        Cli cli = load(in.toString());

        assertEquals(0, cli.code(), "notes are not failures: " + cli);
        assertEquals(1, lines(cli.err(), "malformed.txt: malformed date line '2021-13-45' (there is no month 13): read as undated"),
                cli.err());
        assertEquals(1, lines(cli.err(), "feb30.txt: malformed date line '2021-02-30' (February 2021 has 28 days): read"
                + " as undated"), cli.err());
        assertEquals(1, lines(cli.err(), "future.txt: date line " + future + " is in the future (today is "), cli.err());
        assertEquals(Set.of("malformed.txt", "future.txt", "feb30.txt"), stored());
    }

    @Test
    void unreadableFileIsSkippedWhenPermissionsApply() throws IOException {
        Path in = dir.resolve("perm");
        good(in, "ok.txt");
        Path locked = good(in, "locked.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Cli cli = load(in.toString());
        if (Files.isReadable(locked)) {
            // root reads every file whatever its permission bits (CI runs as root): nothing is unreadable then
            assertEquals(0, cli.code(), cli.toString());
            assertEquals(Set.of("ok.txt", "locked.txt"), stored());
        } else {
            assertEquals(1, cli.code(), cli.toString());
            assertEquals(1, lines(cli.err(), "locked.txt: permission denied: skipped"), cli.err());
            assertEquals(Set.of("ok.txt"), stored());
        }
    }

    @Test
    void aThousandFilesWithThreeBadOnes() throws IOException {
        Path in = dir.resolve("thousand");
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String name = String.format("a%04d.txt", i);
            if (i == 17) {
                Files.write(in.resolve(name), new byte[0]);
            } else if (i == 500) {
                Files.write(in.resolve(name), new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xC3, (byte) 0x28});
            } else if (i == 999) {
                Files.write(in.resolve(name), new byte[] {0, 1, 2, 3});
            } else {
                good(in, name);
                expected.add(name);
            }
        }
        Cli cli = load(in.toString());
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.out().contains("Loaded 997 articles"), cli.out());
        List<String> problems = cli.err().lines().filter(l -> l.endsWith(": skipped")).toList();
        assertEquals(3, problems.size(), cli.err());
        assertTrue(problems.get(0).contains("a0017.txt: empty file"), problems.toString());
        assertTrue(problems.get(1).contains("a0500.txt: not valid UTF-8"), problems.toString());
        assertTrue(problems.get(2).contains("a0999.txt: binary file"), problems.toString());
        assertEquals(expected, stored());
    }

    @Test
    void jsonLinesWithOneBrokenLine() throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"one\", \"date\": \"2021-05-03\", \"title\": \"Talks\", \"text\": \"" + body("Monday") + "\","
                        + " \"url\": \"https://example.org/one\", \"source\": \"Example News\"}",
                "{\"id\": \"two\", \"date\": \"2021-05-04\", \"text\": \"" + body("Tuesday") + "\"",
                "",
                "{\"id\": \"three\", \"date\": \"2021-05-05\", \"text\": \"" + body("Wednesday") + "\"}",
                ""));
        Cli cli = load(file.toString());
        assertEquals(1, cli.code(), cli.toString());
        assertEquals(1, lines(cli.err(), "news.jsonl:2: not valid JSON"), cli.err());
        assertTrue(cli.err().lines().filter(l -> l.contains("news.jsonl:")).count() == 1, cli.err());
        assertEquals(Set.of("one", "three"), stored());
    }

    private static String body(String day) {
        return "The foreign minister of Pakistan met the foreign minister of India in Geneva on " + day + ".";
    }

    @Test
    void anEndlessDeviceIsRefusedWithoutBeingOpened() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Cli cli = load("/dev/zero");
        assertEquals(1, cli.code(), cli.toString());
        assertEquals(1, lines(cli.err(), "/dev/zero: a character device, not an article file: skipped without opening"
                + " it (give - to read standard input)"), cli.err());
    }

    @Test
    void aFileWithoutASizeIsReadOnlyUpToTheLimit() {
        // The reader's own guard, for what passes as a regular file (a file in /proc) but has no size to check first:
        // reading it is cut at 1 MB + 1 byte. /dev/zero stands in, handed to the reader directly.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        org.diplograph.article.ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.diplograph.article.ArticleException.class,
                () -> org.diplograph.article.ArticleReader.read(Path.of("/dev/zero"), "zero"));
        assertEquals("/dev/zero: more than 1.0 MB, too large for a news article: skipped", e.getMessage());
    }

    @Test
    void theSeedStillLoadsBesideBadInput() throws IOException {
        Path in = dir.resolve("mixed");
        Files.createDirectories(in);
        Files.copy(Seed.FILE, in.resolve("seed.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Cli cli = load(in.toString());
        assertEquals(1, cli.code());
        assertTrue(cli.out().matches("(?s).*Loaded 1 article \\([1-9]\\d* events.*"), cli.out());
    }
}
