package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.diplograph.model.Article;
import org.junit.jupiter.api.Test;

/** The three article forms, datelines, and the files that must be refused. */
class ArticleParserTest {

    @Test
    void wireStyleOnOneLine() {
        String text = " date 2021-12-15 Islamabad [Pakistan], December 15 (ANI): Days after the summit, talks resumed.\n";
        Article a = ArticleParser.parse("a.txt", text);
        assertEquals(LocalDate.of(2021, 12, 15), a.published());
        assertEquals("Islamabad", a.dateline().place());
        assertEquals("Pakistan", a.dateline().country());
        assertEquals("ANI", a.agency());
        assertTrue(text.substring(a.bodyStart()).startsWith("Days after"), text.substring(a.bodyStart()));
        assertNull(a.headline());
    }

    @Test
    void corpusStyleWithHeadline() {
        String text = "date 2021-05-20\nSecretary Blinken's Call with Israeli Foreign Minister Ashkenazi\n\n"
                + "Office of the Spokesperson\n\nThe Secretary spoke with the Foreign Minister.\n";
        Article a = ArticleParser.parse("b.txt", text);
        assertEquals(LocalDate.of(2021, 5, 20), a.published());
        assertEquals("Secretary Blinken's Call with Israeli Foreign Minister Ashkenazi", a.headline());
        assertTrue(text.substring(a.bodyStart()).startsWith("Secretary Blinken's Call"));
        assertNull(a.dateline());
    }

    @Test
    void reutersStyleDatelineInTheBody() {
        String text = "date 2022-01-10\nTalks in Geneva\n\nGENEVA, Jan 10 (Reuters) - Russian and U.S. diplomats met.\n";
        Article a = ArticleParser.parse("c.txt", text);
        assertEquals("Geneva", a.dateline().place());
        assertEquals("Reuters", a.agency());
    }

    @Test
    void plainTextWithoutDateSaysSo() {
        Article a = ArticleParser.parse("d.txt", "Ministers met last week in Rome.\n");
        assertNull(a.published());
        assertEquals(0, a.bodyStart());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("unresolved")), a.notes().toString());
    }

    @Test
    void malformedDateLineIsReadAsUndated() {
        Article a = ArticleParser.parse("e.txt", "date 2021-13-45\nHeadline\n\nBody text.\n");
        assertNull(a.published());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("malformed date line '2021-13-45'")), a.notes().toString());
    }

    @Test
    void emptyBinaryAndInvalidUtf8AreRefusedWithTheirName() {
        ArticleException empty = assertThrows(ArticleException.class, () -> ArticleReader.decode("x.txt", new byte[0]));
        assertTrue(empty.getMessage().startsWith("x.txt: empty file"));
        ArticleException binary = assertThrows(ArticleException.class,
                () -> ArticleReader.decode("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));
        assertTrue(binary.getMessage().contains("binary"));
        byte[] latin1 = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
        ArticleException invalid = assertThrows(ArticleException.class, () -> ArticleReader.decode("l.txt", latin1));
        assertTrue(invalid.getMessage().contains("not valid UTF-8") && invalid.getMessage().contains("offset 3"),
                invalid.getMessage());
    }
}
