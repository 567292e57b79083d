package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.diplograph.pipeline.Seed;
import org.diplograph.testkit.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to pass in silence or hang: a named pipe without a writer, a symbolic link to a directory, a
 * loop of links, an article given twice, a JSON Lines id repeated, an empty "text". Each now says what happened.
 */
class InputProblemsTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    private Cli load(String... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("load"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--store", store()));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<Path> corpus(int n) throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.CORPUS)) {
            return files.sorted().limit(n).toList();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeWithoutAWriterIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("news.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
        Cli cli = load(fifo.toString(), Seed.FILE.toString());
        assertEquals(1, cli.code(), cli.toString());
        assertEquals("diplograph: " + fifo + ": a named pipe (FIFO), not an article file: skipped without opening it"
                + " (give - to read standard input)", cli.err().lines().findFirst().orElse(""));
        assertTrue(cli.out().contains("Loaded 1 article"), "the seed beside it is loaded: " + cli.out());
        Cli stats = Cli.run("stats", "--store", store());
        assertEquals(0, stats.code(), "and the store is free again: " + stats);
    }

    @Test
    void aSymbolicLinkToADirectoryIsFollowedOnceAndALoopIsReported() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<Path> three = corpus(3);
        Files.copy(three.get(0), news.resolve("a.txt"));
        Files.copy(three.get(1), elsewhere.resolve("b.txt"));
        Files.copy(three.get(2), elsewhere.resolve("c.txt"));
        Files.createSymbolicLink(news.resolve("more"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("loop"), elsewhere);
        Cli cli = load(news.toString());
        assertEquals(1, cli.code(), cli.toString());
        assertTrue(cli.out().contains("Loaded 3 articles"), "a.txt, more/b.txt and more/c.txt: " + cli.out());
        assertEquals("diplograph: " + news.resolve("more/loop") + ": symbolic link to a directory that is read"
                + " already (" + elsewhere.toRealPath() + "; a loop, or a second way into it): skipped",
                cli.err().lines().findFirst().orElse(""));
    }

    @Test
    void anArticleGivenTwiceIsCountedOnceAndSaysSo() throws IOException {
        Path copy = Files.copy(Seed.FILE, dir.resolve("same-text.txt"));
        Cli twice = load(Seed.FILE.toString(), copy.toString(), Seed.FILE.toString());
        assertEquals(0, twice.code(), twice.toString());
        assertTrue(twice.out().matches("(?s)Loaded 1 article \\([1-9]\\d* events, .*"), twice.out());
        assertEquals(2, twice.err().lines().filter(l -> l.contains(": the same text as an earlier article of this run:"
                + " it replaces that one and is counted once")).count(), twice.err());

        Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
                {"id": "geneva-1", "text": "GENEVA, Jan 10 (Reuters) - Russian and U.S. diplomats met on Monday."}
                {"id": "geneva-1", "text": "GENEVA, Jan 10 (Reuters) - Russian and U.S. diplomats met on Monday in Geneva."}
                {"id": "empty", "text": ""}
                """);
        Cli ids = load(feed.toString());
        assertEquals(1, ids.code(), ids.toString());
        assertTrue(ids.out().startsWith("Loaded 1 article ("), "one id, one article: " + ids.out());
        assertTrue(ids.err().contains(feed + ":2: its id 'geneva-1' came with an earlier article of this run: it"
                + " replaces that one and is counted once"), ids.err());
        assertTrue(ids.err().contains(feed + ":3: \"text\" is empty (the article body is required): skipped"),
                ids.err());
    }
}
