package org.diplograph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.model.EventType;

/**
 * The lexicon is checked while it is built: a row it cannot use stops the start with {@code <file>:<line>: <reason>}.
 * Each test lays one small file over the bundled lexicon.
 */
class LexiconTest {

    private static final String HEADER = "# a comment line\n#type\tcameo\tpos\thead\tthen\tneeds\tframe\tconf\tupgrade\n";

    private static Lexicon with(String file, String text) {
        return Lexicon.of(LexiconSource.of(Map.of(file, text)).over(LexiconSource.classpath()));
    }

    private static String failure(String file, String text) {
        return assertThrows(LexiconException.class, () -> with(file, text)).getMessage();
    }

    @Test
    void theBundledLexiconLoads() {
        Lexicon lexicon = Lexicon.get();
        assertTrue(lexicon.triggers().size() > 50);
        assertTrue(lexicon.coding().verbs().forms("condemned").stream().anyMatch(f -> f.code().equals("111")),
                "the CAMEO verb dictionary is loaded");
        assertEquals("020", lexicon.coding().verbs().forms("urged").get(0).code(), "with our own additions");
        assertEquals("USA", lexicon.names().countryNamed("United States"));
        assertTrue(lexicon.cues().events().phone().has("telephone"));
    }

    @Test
    void aOneRowTriggerFileIsTheOnlyRule() {
        Lexicon lexicon = with("triggers.tsv", HEADER
                + "PhoneCall\t041\tV\ttelephone\t-\t-\tsubj=agent direct=counterpart\t0.9\t-\n");
        assertEquals(1, lexicon.triggers().size());
        TriggerRule rule = lexicon.triggers().get(0);
        assertEquals(EventType.PHONE_CALL, rule.type());
        assertEquals(TriggerRule.Role.COUNTERPART, rule.role("direct"));
        assertTrue(lexicon.inflections().heads("telephoned").contains("telephone"));
        assertFalse(lexicon.inflections().heads("met").contains("meet"));
    }

    @Test
    void aRowWithTooFewColumnsNamesFileAndLine() {
        assertEquals("triggers.tsv:3: expected 9 tab-separated columns, found 8",
                failure("triggers.tsv", HEADER + "PhoneCall\t041\tV\ttelephone\t-\t-\tsubj=agent\t0.9\n"));
    }

    @Test
    void anUnknownConditionNamesFileAndLine() {
        String message = failure("triggers.tsv", HEADER + "\nMeeting\t040\tV\tmeet\t-\tprepp=with\tsubj=agent\t0.8\t-\n");
        assertTrue(message.startsWith("triggers.tsv:4: unknown condition 'prepp' in needs"), message);
    }

    @Test
    void anUnknownRoleNamesFileAndLine() {
        String message = failure("triggers.tsv", HEADER + "Meeting\t040\tV\tmeet\t-\t-\tsubj=agnet\t0.8\t-\n");
        assertTrue(message.startsWith("triggers.tsv:3: unknown role 'agnet' in frame slot 'subj=agnet'"), message);
    }

    @Test
    void anUnknownEventTypeNamesFileAndLine() {
        assertEquals("triggers.tsv:3: unknown event type 'Meetin'",
                failure("triggers.tsv", HEADER + "Meetin\t040\tV\tmeet\t-\t-\tsubj=agent\t0.8\t-\n"));
    }

    @Test
    void aBadNumberNamesFileAndLine() {
        assertEquals("triggers.tsv:3: bad number 'high' for the confidence",
                failure("triggers.tsv", HEADER + "Meeting\t040\tV\tmeet\t-\t-\tsubj=agent\thigh\t-\n"));
    }

    @Test
    void aConditionWithoutItsWordsNamesFileAndLine() {
        assertEquals("triggers.tsv:3: condition 'obj' needs words: obj=a|b",
                failure("triggers.tsv", HEADER + "Meeting\t040\tV\tmeet\t-\tobj\tsubj=agent\t0.8\t-\n"));
    }

    @Test
    void aCueListTheCodeReadsMustBeThere() {
        String message = failure("cues.tsv", "# only one list\nnegation\tnot|never\n");
        assertTrue(message.matches("cues\\.tsv:\\d+: list '[a-z-]+' is missing \\(the extractor reads it\\)"), message);
    }

    @Test
    void aCueEntryInUpperCaseNamesFileAndLine() {
        List<String> lines = new ArrayList<>(LexiconSource.classpath().lines("cues.tsv").orElseThrow());
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("negation\t")).findFirst().orElseThrow());
        lines.set(row, lines.get(row) + "|Never");
        assertEquals("cues.tsv:" + (row + 1) + ": entry 'Never' of list 'negation' is not lower case (cues are"
                + " matched against lower-case tokens)", failure("cues.tsv", String.join("\n", lines)));
    }

    @Test
    void aCueListNoRuleReadsIsAnError() {
        List<String> lines = new ArrayList<>(LexiconSource.classpath().lines("cues.tsv").orElseThrow());
        lines.add("future-time\ttomorrow|next");
        assertEquals("cues.tsv:" + lines.size() + ": list 'future-time' is read by no rule (remove it, or use it in"
                + " the code)", failure("cues.tsv", String.join("\n", lines)));
    }

    @Test
    void aTimeUnitMustBeOneTheCodeKnows() {
        List<String> lines = new ArrayList<>(LexiconSource.classpath().lines("cues.tsv").orElseThrow());
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("time-units\t")).findFirst().orElseThrow());
        lines.set(row, lines.get(row) + "|fortnight");
        assertEquals("cues.tsv:" + (row + 1) + ": unknown time unit 'fortnight' (day, week, month or year, singular"
                + " or plural)", failure("cues.tsv", String.join("\n", lines)));
    }

    @Test
    void aMissingFileIsNamed() {
        LexiconSource empty = LexiconSource.of(Map.of());
        assertEquals("cues.tsv:0: the file is missing",
                assertThrows(LexiconException.class, () -> Lexicon.of(empty)).getMessage());
    }

    @Test
    void theClassPathNamesItsFolder() {
        assertEquals("lexicon/cues.tsv", LexiconSource.classpath().where("cues.tsv"));
        assertEquals("cues.tsv", LexiconSource.of(Map.of("cues.tsv", "")).over(LexiconSource.classpath())
                .where("cues.tsv"));
    }
}
