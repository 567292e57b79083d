package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.diplograph.article.ArticleParser;
import org.diplograph.model.Article;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;
import org.diplograph.ontology.DG;
import org.diplograph.rdf.ArticleGraph;

/**
 * The extractor on mutated development articles and on generated news-like text: it never throws; every evidence
 * span lies inside the text, and in the graph its quote is exactly the text between its code-point offsets; and the
 * time of an event told as actual (not planned, not hypothetical) never falls after the publication date.
 * Mutations never touch digits: an explicit date in the text is the text's own claim.
 */
class ExtractorProperties {

    private static final Diplograph PIPELINE = Diplograph.create();
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
    private static final List<String> DEVSET = devset();

    @Property(tries = 100)
    void mutatedArticles(@ForAll("mutated") String text) {
        check(ArticleParser.parse("m.txt", text, TODAY));
    }

    @Property(tries = 100)
    void generatedNews(@ForAll("news") String text) {
        check(ArticleParser.parse("g.txt", text, TODAY));
    }

    private static void check(Article article) {
        Extraction x = PIPELINE.extract(article);
        String text = article.text();
        for (DiplomaticEvent e : x.events()) {
            for (TextSpan s : e.evidence()) {
                assertTrue(s.end() <= text.length(), "evidence " + s + " beyond the text of " + text.length());
            }
            TimeSpan t = e.time();
            if (article.published() != null && t != null && e.modality() == Modality.ACTUAL) {
                assertTrue(t.earliest() == null || !t.earliest().isAfter(article.published()), e + " / " + article.published());
                assertTrue(t.latest() == null || !t.latest().isAfter(article.published()), e + " / " + article.published());
            }
        }
        ArticleGraph g = PIPELINE.graph(x);
        Model m = g.model();
        // evidence counts in the file's own text, invisible format characters included
        String file = article.original().text();
        m.listResourcesWithProperty(DG.quote).forEachRemaining((Resource ev) -> {
            int begin = ev.getProperty(DG.begin).getInt();
            int end = ev.getProperty(DG.end).getInt();
            String quote = ev.getProperty(DG.quote).getString();
            int from = file.offsetByCodePoints(0, begin);
            int to = file.offsetByCodePoints(0, end);
            assertEquals(file.substring(from, to), quote, "quote and offsets " + begin + ".." + end);
        });
    }

    private static List<String> devset() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/devset/articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A development article with up to 30 edits: characters deleted, repeated, swapped or inserted. */
    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((kind, at) -> new int[] {kind, at});
        Arbitrary<String> inserted = Arbitraries.of(" ", "\n", "\n\n", ".", ",", "'", "’", "\"", "(", ")", "é", "😀",
                "\u0000", "\t", "—", " US ", " Pakistan ", " will ", " not ", " said ", " minister ", " met ",
                " yesterday ", " last week ", "date ", "[", "]",
                // invisible format characters: zero-width joiner and space, right-to-left mark, soft hyphen, BOM
                "\u200D", "\u200B", "\u200F", "\u00AD", "\uFEFF");
        return Combinators.combine(Arbitraries.of(DEVSET), edit.list().ofMaxSize(30), inserted.list().ofSize(30))
                .as((article, edits, words) -> {
                    StringBuilder s = new StringBuilder(article);
                    for (int i = 0; i < edits.size() && s.length() > 2; i++) {
                        int at = edits.get(i)[1] % (s.length() - 1);
                        if (Character.isDigit(s.charAt(at)) || Character.isSurrogate(s.charAt(at))
                                || Character.isSurrogate(s.charAt(at + 1))) {
                            continue;
                        }
                        switch (edits.get(i)[0]) {
                            case 0 -> s.deleteCharAt(at);
                            case 1 -> s.insert(at, s.charAt(at));
                            case 2 -> {
                                char c = s.charAt(at);
                                if (!Character.isDigit(s.charAt(at + 1))) {
                                    s.setCharAt(at, s.charAt(at + 1));
                                    s.setCharAt(at + 1, c);
                                }
                            }
                            default -> s.insert(at, words.get(i));
                        }
                    }
                    return s.toString();
                });
    }

    /** Sentences from the words news about diplomacy is made of, under a date line or none. */
    @Provide
    Arbitrary<String> news() {
        Arbitrary<String> word = Arbitraries.of("Pakistan", "India", "the United States", "China", "Foreign Minister",
                "Shah Mehmood Qureshi", "President", "Joe Biden", "met", "spoke", "called", "invited", "declined",
                "will", "visit", "not", "did", "said", "according to", "Reuters", "the summit", "talks", "on Tuesday",
                "last week", "yesterday", "two days ago", "in March", "since January", "next month", "earlier this month",
                "and", "with", "his", "counterpart", "the", "a", "delegation", "of", "in", "Geneva", ",", ".", "'s",
                "UN", "NATO", "agreed", "rejected", "threatened", "phone", "call", "meeting", "who", "which");
        Arbitrary<String> sentence = word.list().ofMinSize(3).ofMaxSize(25).map(ws -> String.join(" ", ws) + ".");
        Arbitrary<String> header = Arbitraries.integers().between(0, 365 * 25)
                .map(d -> "date " + LocalDate.of(2000, 1, 1).plusDays(d) + "\nHeadline\n\n");
        return Combinators.combine(Arbitraries.oneOf(header, Arbitraries.just("")), sentence.list().ofMinSize(1).ofMaxSize(12))
                .as((h, ss) -> h + String.join(" ", ss) + "\n");
    }
}
