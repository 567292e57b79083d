package org.diplograph.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.lexicon.cameo.VerbLexicon;
import org.diplograph.model.Chunk;
import org.diplograph.model.Token;
import org.diplograph.nlp.Chunker;
import org.junit.jupiter.api.Test;

/** The pattern matcher on a dictionary of a few rows, against hand-tagged sentences. */
class PatternMatcherTest {

    private static VerbLexicon.Row row(String file, int line, String... cells) {
        return new VerbLexicon.Row(file, line, cells);
    }

    private static final VerbLexicon LEXICON = VerbLexicon.of(
            List.of(row("verbs.tsv", 1, "CONFER", "010", "discuss", "0", "040", "discuss|discussed", "1"),
                    row("verbs.tsv", 2, "CALL", "041", "call off", "0", "", "call off|called off", "2"),
                    row("verbs.tsv", 3, "CALL", "041", "call", "0", "", "call|called", "3"),
                    row("verbs.tsv", 4, "GRANT", "070", "grant", "0", "", "grant|granted", "4")),
            List.of(row("patterns.tsv", 1, "CONFER", "", "(by telephone)", "041", "1"),
                    row("patterns.tsv", 2, "CONFER", "", "{military cooperation}", "0312", "2"),
                    row("patterns.tsv", 3, "CONFER", "", "aid", "061", "3"),
                    row("patterns.tsv", 4, "GRANT", "", "&currency (to +)", "071", "4"),
                    row("patterns.tsv", 5, "GRANT", "will not_", "", "---", "5")),
            List.of(row("synsets.tsv", 1, "&currency", "dollar|dollars|euro|euros")));

    /** "word/TAG word/TAG …"; actors are the tokens written in capitals. */
    private static CodingSentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        List<CodingSentence.Slot> actors = new ArrayList<>();
        int pos = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            if (w.equals(w.toUpperCase()) && Character.isLetter(w.charAt(0))) {
                actors.add(new CodingSentence.Slot(tokens.size(), tokens.size() + 1, w));
            }
            tokens.add(new Token(w, w, wt.substring(slash + 1), pos, pos + w.length()));
            pos += w.length() + 1;
        }
        List<Chunk> chunks = Chunker.chunks(tokens);
        return new CodingSentence(tokens.stream().map(t -> t.text().toLowerCase()).toArray(String[]::new),
                tokens.stream().map(Token::tag).toArray(String[]::new), chunks, actors);
    }

    private static String code(String tagged) {
        CodingSentence s = sentence(tagged);
        PatternMatcher m = new PatternMatcher(LEXICON);
        for (int i = 0; i < s.size(); i++) {
            VerbHit hit = m.verbAt(s, i);
            if (hit != null) {
                return m.best(s, hit, 0, s.size()).code();
            }
        }
        return null;
    }

    @Test
    void aVerbAloneHasItsOwnCode() {
        assertEquals("040", code("ARNOR/PROPN discussed/VERB the/DET border/NOUN with/ADP GONDOR/PROPN"));
    }

    @Test
    void aPrepositionalPhraseRefinesTheCode() {
        assertEquals("041", code("ARNOR/PROPN discussed/VERB trade/NOUN by/ADP telephone/NOUN with/ADP GONDOR/PROPN"));
    }

    @Test
    void aNounPhraseNeedsItsModifiersInThePhrase() {
        assertEquals("0312", code("ARNOR/PROPN discussed/VERB closer/ADJ military/ADJ cooperation/NOUN"));
        assertEquals("040", code("ARNOR/PROPN discussed/VERB cooperation/NOUN"));
    }

    @Test
    void aSingularPatternWordMatchesItsPlural() {
        assertEquals("061", code("ARNOR/PROPN discussed/VERB aids/NOUN"));
    }

    @Test
    void synonymSetsAndTargetsInPrepositionalPhrases() {
        CodingSentence s = sentence("ARNOR/PROPN granted/VERB a/DET million/NUM euros/NOUN to/ADP GONDOR/PROPN");
        PatternMatcher m = new PatternMatcher(LEXICON);
        VerbHit hit = m.verbAt(s, 1);
        PatternMatch match = m.best(s, hit, 0, s.size());
        assertEquals("071", match.code());
        assertEquals("GONDOR", match.targets().get(0).ref());
        assertTrue(match.rule(hit).contains("&currency (to +)"), match.rule(hit));
    }

    @Test
    void joinedWordsMustStandRightBeforeTheVerb() {
        assertEquals("---", code("ARNOR/PROPN will/AUX not/PART grant/VERB aid/NOUN"));
        assertEquals("070", code("ARNOR/PROPN will/AUX not/PART ever/ADV grant/VERB aid/NOUN"));
    }

    @Test
    void theLongestVerbFormWins() {
        CodingSentence s = sentence("ARNOR/PROPN called/VERB off/ADP the/DET talks/NOUN");
        VerbHit hit = new PatternMatcher(LEXICON).verbAt(s, 1);
        assertNotNull(hit);
        assertEquals(List.of("called", "off"), hit.form().words());
        assertNull(new PatternMatcher(LEXICON).verbAt(s, 3));
    }

    @Test
    void aBadRowNamesFileLineAndReason() {
        VerbLexicon.BadRow e = assertThrows(VerbLexicon.BadRow.class, () -> VerbLexicon.of(List.of(),
                List.of(row("patterns-own.tsv", 7, "CONFER", "", "&nothing", "040", "1")), List.of()));
        assertEquals("patterns-own.tsv:7: unknown synonym set &nothing", e.getMessage());
        VerbLexicon.BadRow e2 = assertThrows(VerbLexicon.BadRow.class, () -> VerbLexicon.of(List.of(),
                List.of(row("patterns.tsv", 9, "CONFER", "", "(by telephone", "040", "1")), List.of()));
        assertTrue(e2.getMessage().startsWith("patterns.tsv:9: missing ')'"), e2.getMessage());
    }
}
