package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import org.diplograph.model.Article;

/**
 * The header parser on random and header-like input: it never throws, its offsets stay inside the text, and it
 * never believes a publication date after tomorrow. The decoder turns any bytes into text or an ArticleException.
 */
class ArticleParserProperties {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Property(tries = 300)
    void anyTextParses(@ForAll @StringLength(max = 400) String text) {
        check(ArticleParser.parse("x.txt", text, TODAY), text);
    }

    @Property(tries = 300)
    void headerLikeTextParses(@ForAll("headers") String text) {
        check(ArticleParser.parse("x.txt", text, TODAY), text);
    }

    @Property(tries = 200)
    void fieldsParse(@ForAll("headers") String text, @ForAll("dates") String date, @ForAll @StringLength(max = 30) String title) {
        check(ArticleParser.fields("x", text, date, title, title, TODAY), text);
    }

    @Property(tries = 300)
    void anyBytesDecodeOrAreRefusedWithTheirName(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            String text = ArticleReader.decode("b.txt", bytes);
            assertTrue(!text.isBlank());
        } catch (ArticleException e) {
            assertTrue(e.getMessage().startsWith("b.txt: ") && e.getMessage().endsWith("skipped"), e.getMessage());
        }
    }

    private static void check(Article a, String text) {
        assertTrue(a.bodyStart() >= 0 && a.bodyStart() <= text.length(), "body start " + a.bodyStart());
        if (a.dateline() != null) {
            assertTrue(0 <= a.dateline().begin() && a.dateline().begin() <= a.dateline().end()
                    && a.dateline().end() <= text.length(), "dateline " + a.dateline());
        }
        if (a.published() != null) {
            assertTrue(!a.published().isAfter(TODAY.plusDays(1)), "published " + a.published());
        }
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9999).flatMap(y -> Arbitraries.integers().between(0, 13).flatMap(m ->
                        Arbitraries.integers().between(0, 32).map(d -> String.format("%04d-%02d-%02d", y, m, d)))),
                Arbitraries.strings().ofMaxLength(12));
    }

    /** Text assembled from the pieces headers are made of, in random order and number. */
    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                dates().map(d -> "date " + d),
                Arbitraries.of("date", " date ", "\uFEFF", "\n", "\n\n", "\r\n", " ", "\t", "Islamabad [Pakistan], ",
                        "December 15 (ANI): ", "GENEVA, Jan 10 (Reuters) - ", "WASHINGTON (AP) — ", "[", "]", "(",
                        ")", ":", "-", "—", "Headline words", "Body text with a sentence. ", "Pakistan", "é", "😀"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(25).map(list -> String.join("", list));
    }
}
