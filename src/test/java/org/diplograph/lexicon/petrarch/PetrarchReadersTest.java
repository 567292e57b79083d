package org.diplograph.lexicon.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The readers of the PETRARCH formats on a few lines each, written the way the formats' documentation shows. */
class PetrarchReadersTest {

    private static List<SourceLines.Line> lines(String... text) {
        return SourceLines.of(List.of(text));
    }

    @Test
    void verbBlocksGiveFormsCodesAndPatterns() {
        VerbDictionary d = VerbDictionaryReader.read(lines(
                "&CURRENCY",
                "+DOLLAR",
                "+KRONER_",
                "",
                "--- GRANT [070] ---",
                "GRANT",
                "GIVE {GAVE GIVEN GIVING }  # jw  11/14/91",
                "CLARIFY [040]",
                "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}",
                "WIRE_+TAP",
                "- * &CURRENCY [903] # -PAS 12.01.12",
                "- * (IN {TELEPHONE CONVERSATION}) [041:041]",
                "- * &UNDEFINED [999]"));
        assertEquals(List.of(List.of("dollar"), List.of("dollars"), List.of("kroner")), d.synsets().get("&currency"));
        VerbDictionary.Block grant = d.blocks().get(0);
        assertEquals("070", grant.code());
        VerbDictionary.Verb base = grant.verbs().get(0);
        assertEquals(List.of(List.of("grant"), List.of("grants"), List.of("granted"), List.of("granting")), base.forms());
        VerbDictionary.Verb give = grant.verbs().get(1);
        assertEquals(List.of(List.of("give"), List.of("gave"), List.of("given"), List.of("giving")), give.forms());
        assertEquals("040", grant.verbs().get(2).code());
        assertTrue(grant.verbs().get(2).forms().contains(List.of("clarified")), "consonant + y takes -ied");
        VerbDictionary.Verb cordon = grant.verbs().get(3);
        assertEquals(List.of("cordon", "off"), cordon.words());
        assertEquals(0, cordon.head());
        assertTrue(cordon.forms().contains(List.of("cordoned", "off")));
        VerbDictionary.Verb tap = grant.verbs().get(4);
        assertEquals(1, tap.head());
        assertTrue(tap.forms().contains(List.of("wire", "tapped")) || tap.forms().contains(List.of("wire", "taped")));
        assertEquals(2, grant.patterns().size(), "the pattern with an undefined synonym set is skipped");
        assertEquals("(in {telephone conversation})", grant.patterns().get(1).post());
        assertEquals("041:041", grant.patterns().get(1).code());
        assertTrue(d.problems().get(0).contains("line 13"), d.problems().toString());
    }

    @Test
    void actorsKeepTheirDatedCodes() {
        ActorDictionary d = ActorDictionaryReader.read(lines(
                "AFGHANISTAN_  [AFG]",
                "+AFGHAN_",
                "MOHAMMAD_ZAHIR_SHAH_  ; CountryInfo.txt",
                "\t[AFGELI 320101-331108]",
                "\t[AFGGOV >20130511]",
                "\t[AFGELI <090120]",
                "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]"));
        assertEquals(3, d.entries().size());
        assertEquals(List.of(List.of("afghanistan"), List.of("afghan")), d.entries().get(0).phrases());
        ActorDictionary.Entry shah = d.entries().get(1);
        assertNull(shah.defaultCode());
        assertEquals(new ActorDictionary.Restriction("AFGELI", LocalDate.of(1932, 1, 1), LocalDate.of(1933, 11, 8)),
                shah.restrictions().get(0));
        assertEquals(LocalDate.of(2013, 5, 11), shah.restrictions().get(1).from());
        assertEquals(LocalDate.of(2009, 1, 20), shah.restrictions().get(2).to(), "YY up to 30 is 20YY");
        assertEquals("ELI", d.entries().get(2).defaultCode());
    }

    @Test
    void agentsExpandPluralsAndMarkers() {
        AgentDictionary d = AgentDictionaryReader.read(lines(
                "!PERSON! = MAN, MEN, WOMAN",
                "FOREIGN_MINISTER [~GOVFRM]",
                "POLICE {} [ ~COP]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
                "CONGRESS!PERSON! [~LEG]",
                "HUMAN_RIGHTS_BODY  [NGO~]"));
        List<List<String>> phrases = d.agents().stream().map(AgentDictionary.Agent::words).toList();
        assertTrue(phrases.contains(List.of("foreign", "ministers")));
        assertTrue(phrases.contains(List.of("police")));
        assertTrue(!phrases.contains(List.of("polices")), "{} means no plural");
        assertTrue(phrases.contains(List.of("attorneys", "general")));
        assertTrue(phrases.contains(List.of("congresswoman")));
        assertEquals("~COP", d.agents().stream().filter(a -> a.words().equals(List.of("police"))).findFirst()
                .orElseThrow().code());
    }

    @Test
    void discardsKnowTheirScope() {
        Discards d = DiscardReader.read(lines("+ACADEMY AWARD   # LRP", "BASEBALL", "WORLD CUP_"));
        assertTrue(d.discards().get(0).story());
        assertTrue(!d.discards().get(1).whole());
        assertTrue(d.discards().get(2).whole());
    }

    @Test
    void commentsAreDroppedLikePetrarchDoes() {
        List<SourceLines.Line> l = lines("<!-- a", "still comment -->", "KEEP # note", "# gone", "<!-- x --> TOO");
        assertEquals(List.of(new SourceLines.Line(3, "KEEP"), new SourceLines.Line(5, " TOO")), l);
    }
}
