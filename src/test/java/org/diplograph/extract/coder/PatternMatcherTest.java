package org.diplograph.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.lexicon.LexiconException;
import org.diplograph.lexicon.LexiconSource;
import org.diplograph.lexicon.VerbLexicon;
import org.diplograph.model.Chunk;
import org.diplograph.model.Token;
import org.diplograph.nlp.Chunker;
import org.junit.jupiter.api.Test;

/** The pattern matcher on a dictionary of a few rows, against hand-tagged sentences. */
class PatternMatcherTest {

    private static final String HEADER = "block\tblock_code\tverb\thead\tcode\tforms\tline\n";
    private static final String PATTERNS = "block\tpre\tpost\tcode\tline\n";

    private static VerbLexicon lexicon(String patterns) {
        return VerbLexicon.read(LexiconSource.of(Map.of(
                "petrarch/verbs.tsv", HEADER
                        + "CONFER\t010\tdiscuss\t0\t040\tdiscuss|discussed\t1\n"
                        + "CALL\t041\tcall off\t0\t\tcall off|called off\t2\n"
                        + "CALL\t041\tcall\t0\t\tcall|called\t3\n"
                        + "GRANT\t070\tgrant\t0\t\tgrant|granted\t4\n",
                "cameo/verbs-own.tsv", HEADER,
                "petrarch/patterns.tsv", PATTERNS + patterns,
                "cameo/patterns-own.tsv", PATTERNS,
                "petrarch/synsets.tsv", "synset\tphrases\n&currency\tdollar|dollars|euro|euros\n")));
    }

    private static final VerbLexicon LEXICON = lexicon(
            "CONFER\t\t(by telephone)\t041\t1\n"
            + "CONFER\t\t{military cooperation}\t0312\t2\n"
            + "CONFER\t\taid\t061\t3\n"
            + "GRANT\t\t&currency (to +)\t071\t4\n"
            + "GRANT\twill not_\t\t---\t5\n");

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
        LexiconException e = assertThrows(LexiconException.class, () -> lexicon("CONFER\t\t&nothing\t040\t1\n"));
        assertEquals("petrarch/patterns.tsv:2: unknown synonym set &nothing", e.getMessage());
        LexiconException e2 = assertThrows(LexiconException.class, () -> lexicon("CONFER\t\t(by telephone\t040\t1\n"));
        assertTrue(e2.getMessage().startsWith("petrarch/patterns.tsv:2: missing ')'"), e2.getMessage());
    }
}
