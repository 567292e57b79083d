package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.diplograph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lazy inputs: directories, JSON Lines files, standard input, and what is reported for each bad one. */
class ArticleInputsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 10);

    @TempDir
    Path dir;

    private static List<PendingArticle> list(List<String> args, Supplier<InputStream> stdin) {
        List<PendingArticle> out = new ArrayList<>();
        try (ArticleInputs in = ArticleInputs.of(args, stdin)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    private static Supplier<InputStream> stdin(String text) {
        return () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryIsWalkedInTheSameOrderAsBefore() throws IOException {
        for (String name : new String[] {"b.txt", "a/c.txt", "a.txt", "a/b/d.txt", "z/y.txt", "a-b.txt", "notes.md"}) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "text of " + name);
        }
        List<String> lazily = list(List.of(dir.toString()), stdin("")).stream()
                .map(p -> ((PendingArticle.File) p).id()).toList();
        List<String> eagerly = ArticleFiles.expand(List.of(dir), new ArrayList<>()).stream()
                .map(ArticleFiles.Input::id).toList();
        assertEquals(eagerly, lazily);
        assertEquals(List.of("a-b.txt", "a.txt", "a/b/d.txt", "a/c.txt", "b.txt", "z/y.txt"), lazily);
    }

    @Test
    void jsonLinesFieldsBecomeTheArticle() throws Exception {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "\uFEFF{\"id\": 17, \"date\": \"2021-12-15\", \"title\": \" Talks in Geneva \","
                + " \"text\": \"GENEVA, Dec 15 (Reuters) - Diplomats met.\", \"url\": \"https://example.org/a\","
                + " \"source\": \"Reuters\"}\n\n   \n{\"text\": \"No id here.\"}\n");
        List<PendingArticle> items = list(List.of(file.toString()), stdin(""));
        assertEquals(2, items.size(), "blank lines are skipped");
        PendingArticle.Read first = items.get(0).read(TODAY);
        Article a = first.article();
        assertEquals("17", a.id());
        assertEquals(LocalDate.of(2021, 12, 15), a.published());
        assertEquals("Talks in Geneva", a.headline());
        assertEquals("Reuters", a.publisher());
        assertEquals("Reuters", a.agency(), "the dateline at the start of the text is recognised");
        assertEquals("Geneva", a.dateline().place());
        assertTrue(a.text().substring(a.bodyStart()).startsWith("Diplomats met."));
        assertEquals("https://example.org/a", first.url());
        Article second = items.get(1).read(TODAY).article();
        assertEquals(file + ":4", second.id(), "without an id the file and line number stand in");
        assertNull(second.published());
        assertTrue(second.notes().get(0).startsWith("no date"), second.notes().toString());
    }

    @Test
    void eachBrokenLineIsItsOwnProblem() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, String.join("\n", "{\"text\": \"fine\"}", "{\"text\": ", "[1, 2]",
                "{\"id\": \"x\"}", "{\"text\": 42.5e300, \"id\": \"n\"}", "{\"text\": [\"a\"]}",
                "[".repeat(100_000), "{\"text\": \"still fine\"}") + "\n");
        List<PendingArticle> items = list(List.of(file.toString()), stdin(""));
        assertEquals(8, items.size());
        List<String> problems = new ArrayList<>();
        for (PendingArticle p : items) {
            try {
                p.read(TODAY);
            } catch (ArticleException e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":2: not valid JSON"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: not a JSON object"), problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":4: no \"text\""), problems.get(2));
        assertTrue(problems.get(3).startsWith(file + ":5: \"text\" is not a string"), problems.get(3));
        assertTrue(problems.get(4).startsWith(file + ":6: \"text\" is not a string"), problems.get(4));
        assertTrue(problems.get(5).startsWith(file + ":7: "), problems.get(5));
        problems.forEach(p -> assertTrue(p.endsWith(": skipped") && !p.contains("\n"), p));
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutKeepingIt() throws Exception {
        Path file = dir.resolve("long.jsonl");
        String huge = "{\"text\": \"" + "a".repeat((int) ArticleReader.MAX_BYTES + 10) + "\"}";
        Files.writeString(file, huge + "\n{\"text\": \"short\"}\n");
        List<PendingArticle> items = list(List.of(file.toString()), stdin(""));
        ArticleException e = assertThrows(ArticleException.class, () -> items.get(0).read(TODAY));
        assertTrue(e.getMessage().startsWith(file + ":1: line of 1.0 MB is too large"), e.getMessage());
        assertEquals("short", items.get(1).read(TODAY).article().text());
    }

    @Test
    void standardInputIsJsonLinesOrOneArticle() throws Exception {
        List<PendingArticle> lines = list(List.of("-"), stdin("  \n {\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\","
                + " \"text\": \"Two.\"}\n"));
        assertEquals(List.of("standard input:2", "standard input:3"), lines.stream().map(PendingArticle::name).toList());
        assertEquals("b", lines.get(1).read(TODAY).article().id());
        List<PendingArticle> one = list(List.of("-"), stdin("date 2021-12-15\nHeadline\n\nBody text.\n"));
        assertEquals(1, one.size());
        Article a = one.get(0).read(TODAY).article();
        assertEquals("stdin", a.id());
        assertEquals("Headline", a.headline());
    }

    @Test
    void missingPathsAndEmptyDirectoriesAreReportedInPlace() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        List<PendingArticle> items = list(List.of(dir.resolve("missing.txt").toString(), dir.resolve("empty").toString()),
                stdin(""));
        assertEquals(2, items.size());
        ArticleException missing = assertThrows(ArticleException.class, () -> items.get(0).read(TODAY));
        assertTrue(missing.getMessage().endsWith("missing.txt: no such file or directory: skipped"), missing.getMessage());
        ArticleException empty = assertThrows(ArticleException.class, () -> items.get(1).read(TODAY));
        assertTrue(empty.getMessage().endsWith("empty: no *.txt articles in this directory"), empty.getMessage());
    }

    @Test
    void sizesAddUpForProgress() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "12345");
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("d/b.txt"), "123");
        Files.writeString(dir.resolve("d/skip.md"), "1234567");
        assertEquals(8, ArticleInputs.size(List.of(dir.resolve("a.txt").toString(), dir.resolve("d").toString())));
        assertEquals(-1, ArticleInputs.size(List.of("-")));
    }
}
