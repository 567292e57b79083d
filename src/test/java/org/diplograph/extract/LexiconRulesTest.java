package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.diplograph.article.ArticleParser;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.LexiconSource;
import org.diplograph.model.Actor;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.EventType;
import org.diplograph.model.Extraction;
import org.diplograph.nlp.DictionaryTagger;
import org.diplograph.nlp.OpenNlpAnalyzer;
import org.diplograph.pipeline.Diplograph;
import org.junit.jupiter.api.Test;

/** The extractor's rules come from the lexicon: a lexicon of three rows gives exactly the events those rows say. */
class LexiconRulesTest {

    private static final String VERBS = "block\tblock_code\tverb\thead\tcode\tforms\tline\n";
    private static final String PATTERNS = "block\tpre\tpost\tcode\tline\n";
    private static final String HOLDERS = "name\taliases\tfamily_name\tstate\toffice\trole\tfrom\tto\tsource\tseen\n";

    /**
     * One trigger row and two states, and an empty verb dictionary, actor dictionary and office holders; every other file (cue lists, titles) from the
     * bundled lexicon.
     */
    private static final Lexicon THREE_ROWS = Lexicon.of(LexiconSource.of(Map.of(
            "petrarch/verbs.tsv", VERBS, "cameo/verbs-own.tsv", VERBS,
            "petrarch/patterns.tsv", PATTERNS, "cameo/patterns-own.tsv", PATTERNS,
            "petrarch/synsets.tsv", "synset\tphrases\n",
            "office-holders.tsv", HOLDERS, "office-holders-own.tsv", HOLDERS,
            "cameo/coder.tsv", "setting\tvalue\nframe\tsubj=agent direct=counterpart\nconfidence\t0.6\nactors\t-\n"
                    + "organizations\tours\n",
            "triggers.tsv", "#type\tcameo\tpos\thead\tthen\tneeds\tframe\tconf\tupgrade\n"
                    + "PhoneCall\t041\tV\ttelephone\t-\t-\tsubj=agent direct=counterpart\t0.9\t-\n",
            "countries.tsv", "iso3\tiso2\tlabel\tnames\tdemonyms\tcapitals\tseats\n"
                    + "DEU\tDE\tGermany\tGermany\tGerman|Germans\tBerlin\t\n"
                    + "FRA\tFR\tFrance\tFrance\tFrench\tParis\tÉlysée\n"))
            .over(LexiconSource.classpath()));

    private static Extraction extract(Lexicon lexicon, String text) {
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(new DictionaryTagger(lexicon.gazetteers()));
        return new LexiconEventExtractor(lexicon)
                .extract(analyzer.analyse(ArticleParser.parse("t.txt", "date 2022-03-10\n" + text + "\n")));
    }

    private static List<String> described(Extraction x) {
        return x.events().stream().map(e -> e.type().localName() + " " + parties(e, x)).toList();
    }

    private static TreeSet<String> parties(DiplomaticEvent e, Extraction x) {
        TreeSet<String> out = new TreeSet<>();
        e.participants().forEach(k -> x.actor(k).map(Actor::party).ifPresent(out::add));
        return out;
    }

    @Test
    void theOneTriggerRowMakesTelephonedAPhoneCall() {
        Extraction x = extract(THREE_ROWS,
                "German Chancellor Olaf Scholz telephoned French President Emmanuel Macron on Monday.");
        assertEquals(List.of("PhoneCall [DEU, FRA]"), described(x));
        DiplomaticEvent call = x.events().get(0);
        assertEquals(EventType.PHONE_CALL, call.type());
        assertEquals("DEU", x.actor(call.agents().get(0)).map(Actor::party).orElseThrow());
    }

    @Test
    void noOtherRuleIsInForce() {
        assertEquals(List.of(), described(extract(THREE_ROWS,
                "German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.")));
    }

    @Test
    void onlyTheTwoStatesAreKnown() {
        assertEquals(List.of(), described(extract(THREE_ROWS,
                "German Chancellor Olaf Scholz telephoned Italian Prime Minister Mario Draghi on Monday.")));
    }

    @Test
    void aFirstNameInLowerCaseAfterATitleIsStillAName() {
        Extraction x = Diplograph.create().extract(ArticleParser.parse("t.txt",
                "date 2022-03-10\nFrench President emmanuel Macron met German Chancellor Olaf Scholz on Monday.\n"));
        assertTrue(x.actors().stream().anyMatch(a -> a.label().equals("Emmanuel Macron")), x.actors().toString());
    }
}
