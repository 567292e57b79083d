package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.article.ArticleParser;
import org.diplograph.model.Article;
import org.diplograph.ontology.DG;
import org.diplograph.rdf.ArticleGraph;
import org.junit.jupiter.api.Test;

/**
 * Invisible Unicode format characters (a zero-width joiner inside a name, a right-to-left mark, a soft hyphen, a
 * byte-order mark) are taken out before analysis: the article yields the same persons, labels and events as without
 * them, and its evidence still points into the file's own text, whose quote keeps them.
 */
class HiddenCharactersTest {

    private static final Diplograph PIPELINE = Diplograph.create();
    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    private static final String CLEAN = "date 2021-07-16\nBlinken meets Kenyan minister\n\nWASHINGTON, July 16 (Reuters)"
            + " - U.S. Secretary of State Antony Blinken met Kenyan Cabinet Secretary for Foreign Affairs Raychelle"
            + " Omamo in Washington on Friday, the State Department said.\n";

    private static ArticleGraph graph(Article a) {
        return PIPELINE.graph(PIPELINE.extract(a));
    }

    private static Set<String> labelled(Model m) {
        Set<String> out = new TreeSet<>();
        m.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().getURI() != null && !s.getSubject().getURI().contains("/article/")) {
                out.add(s.getSubject().getURI().replaceAll("/[0-9a-f]{16}-", "/KEY-").replaceAll("-\\d+$", "-N")
                        + " " + s.getString());
            }
        });
        return out;
    }

    @Test
    void formatCharactersAreNotAnalysedButEvidenceCountsInTheFile() {
        String dirty = "\uFEFF" + CLEAN.replace("Antony Blinken met", "Antony Blin\u200Dken met")
                .replace("Raychelle Omamo", "Raychelle\u200F Omamo").replace("Foreign Affairs", "For\u00ADeign Affairs");
        Article clean = ArticleParser.parse("a.txt", CLEAN, TODAY);
        Article hidden = ArticleParser.parse("a.txt", dirty, TODAY);
        assertEquals(CLEAN, hidden.text(), "what is analysed has none of them");
        assertEquals(dirty, hidden.original().text(), "the original is kept");
        assertEquals(LocalDate.of(2021, 7, 16), hidden.published(), "the date line after a BOM is read");

        Model withHidden = graph(hidden).model();
        Model without = graph(clean).model();
        assertEquals(labelled(without), labelled(withHidden), "the same persons, roles, events and labels");
        assertTrue(labelled(withHidden).stream().anyMatch(l -> l.contains("/person/antony-blinken Antony Blinken")),
                labelled(withHidden).toString());
        assertFalse(withHidden.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && !o.asLiteral().getLexicalForm().equals(o.asLiteral().getLexicalForm().replaceAll("\\p{Cf}", ""))
                && !isQuote(withHidden, o)), "no label or value but the quotes carries a format character");

        List<Resource> evidence = new ArrayList<>();
        withHidden.listResourcesWithProperty(DG.quote).forEachRemaining(evidence::add);
        assertFalse(evidence.isEmpty(), "the meeting has evidence");
        boolean spansTheName = false;
        for (Resource ev : evidence) {
            int begin = ev.getProperty(DG.begin).getInt();
            int end = ev.getProperty(DG.end).getInt();
            String quote = ev.getProperty(DG.quote).getString();
            assertEquals(dirty.substring(dirty.offsetByCodePoints(0, begin), dirty.offsetByCodePoints(0, end)), quote,
                    "the offsets count code points of the file, format characters included");
            spansTheName |= quote.contains("Blin\u200Dken");
        }
        assertTrue(spansTheName, "a quote across the name keeps the joiner, as the file has it");
    }

    @Test
    void jsonLinesFieldsLoseThemToo() {
        Article a = ArticleParser.fields("geneva-1", "GENEVA, Jan 10 (Reuters) - Diplomats\u200B met.", "2022-01-\u200E10",
                "Talks\u00AD in Geneva", "Reu\u200Dters", TODAY);
        assertEquals("Talks in Geneva", a.headline());
        assertEquals("Reuters", a.publisher());
        assertEquals(LocalDate.of(2022, 1, 10), a.published(), "a mark inside the date does not make it malformed");
        assertEquals("GENEVA, Jan 10 (Reuters) - Diplomats met.", a.text());
        assertEquals(a.text().indexOf("met") + 1, a.original().begin(a.text().indexOf("met")),
                "offsets after the taken-out character move one on in the original");
    }

    private static boolean isQuote(Model m, RDFNode literal) {
        return m.listStatements(null, DG.quote, literal).hasNext();
    }
}
