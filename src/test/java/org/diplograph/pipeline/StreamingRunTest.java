package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.system.Txn;
import org.diplograph.article.ArticleInputs;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel, batched run: same store whatever the threads and batches, input order kept, progress told. */
class StreamingRunTest {

    private static final Path DEVSET = Path.of("src/test/resources/devset/articles");
    private static final Diplograph PIPELINE = Diplograph.create();

    @TempDir
    Path dir;

    private Set<String> load(String name, Diplograph.Options options, List<String> arguments) {
        Path store = dir.resolve(name);
        try (Tdb2Store s = Tdb2Store.open(store); ArticleInputs in = ArticleInputs.of(arguments, () -> System.in)) {
            PIPELINE.load(in, s, options, RunListener.silent());
            Set<String> quads = new TreeSet<>();
            Txn.executeRead(s.dataset(), () -> s.dataset().asDatasetGraph().find()
                    .forEachRemaining(q -> quads.add(q.toString())));
            return quads;
        }
    }

    @Test
    void threadsAndBatchesDoNotChangeWhatIsStored() {
        List<String> devset = List.of(DEVSET.toString());
        Set<String> sequential = load("one", new Diplograph.Options(1, 1000), devset);
        Set<String> parallel = load("four", new Diplograph.Options(4, 3), devset);
        assertTrue(sequential.size() > 1000, "the devset gives many quads: " + sequential.size());
        assertEquals(sequential, parallel);
    }

    @Test
    void anArticleGivenTwiceInOneBatchIsStoredOnce() {
        String seed = Seed.FILE.toString();
        Set<String> once = load("once", new Diplograph.Options(2, 200), List.of(seed));
        Set<String> twice = load("twice", new Diplograph.Options(2, 200), List.of(seed, seed, seed));
        assertEquals(once, twice);
    }

    @Test
    void notesAndProblemsComeInInputOrder() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("%02d.txt", i);
            if (i % 7 == 3) {
                Files.write(in.resolve(name), new byte[0]);
                expected.add(in.resolve(name) + ": empty file: skipped");
            } else {
                Files.writeString(in.resolve(name), "The minister of Pakistan met officials (" + i + ").\n");
                expected.add(in.resolve(name) + ": no date line");
            }
        }
        List<String> told = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void note(String line) {
                told.add(line);
            }

            @Override
            public void skipped(String line) {
                told.add(line);
            }

            @Override
            public void done(long bytes) {
            }
        };
        try (ArticleInputs inputs = ArticleInputs.of(List.of(in.toString()), () -> System.in)) {
            PIPELINE.run(inputs, new Diplograph.Options(3, 5), batch -> { }, listener);
        }
        assertEquals(expected.size(), told.size(), told.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(told.get(i).startsWith(expected.get(i)), told.get(i) + " / " + expected.get(i));
        }
    }

    @Test
    void plainProgressLinesWhenNotOnATerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, 1e-9, 1000);
        progress.done(250);
        progress.skipped("x.txt: empty file: skipped");
        progress.done(250);
        progress.finish();
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.get(0).matches("diplograph: 1 article, 25%, \\d+ articles/s, \\d+:\\d\\d left"), lines.get(0));
        assertEquals("diplograph: x.txt: empty file: skipped", lines.get(1));
        assertTrue(lines.get(2).startsWith("diplograph: 2 articles, 50%"), lines.get(2));
        assertTrue(lines.get(3).matches("diplograph: 2 articles, 50%, \\d+ articles/s, \\d+:\\d\\d left"), lines.get(3));
        assertTrue(!err.toString().contains("\r"), "no carriage returns outside a terminal");
    }

    @Test
    void theBarRewritesOneLineOnATerminal() throws Exception {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 10, 40);
        Thread.sleep(250);
        progress.done(10);
        progress.note("a.txt: something to know");
        progress.finish();
        String out = err.toString();
        assertTrue(out.startsWith("\r[#####...............] 1 article, 25%, "), out);
        assertTrue(out.contains("\r\u001b[Kdiplograph: note: a.txt: something to know\n"), out);
        assertTrue(out.endsWith("left\u001b[K\n"), out);
    }
}
