package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.diplograph.article.ArticleParser;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.EventType;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences of our own ({@code src/test/resources/sentences.tsv}) — other states, officials and phrasings than
 * the seed, and negatives — each with the events it must yield, compared at the level of event type and
 * participating states, plus polarity, modality, date and direction where the line gives them.
 */
class SentencesTest {

    private static final Diplograph PIPELINE = Diplograph.create();
    private static final Set<EventType> INTERACTIONS = Set.of(EventType.PHONE_CALL, EventType.MEETING,
            EventType.VISIT, EventType.CONSULTATION, EventType.INVITATION, EventType.DECLINED_INVITATION);

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = SentencesTest.class.getResourceAsStream("/sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.add(Arguments.of(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void sentenceYieldsItsEvents(String id, String date, String text, String expected) {
        Extraction x = PIPELINE.extract(ArticleParser.parse(id + ".txt", "date " + date + "\n" + text + "\n"));
        String found = describe(x);
        if (expected.strip().equals("none")) {
            assertTrue(x.events().stream().noneMatch(e -> INTERACTIONS.contains(e.type())),
                    id + ": expected no interaction, found " + found);
            return;
        }
        List<DiplomaticEvent> unmatched = new ArrayList<>(x.events());
        for (String one : expected.split(" ; ")) {
            Expectation e = Expectation.parse(one);
            DiplomaticEvent match = unmatched.stream().filter(ev -> e.matches(ev, x)).findFirst().orElse(null);
            if (match == null) {
                fail(id + ": expected " + one + "\n  found " + found);
            }
            unmatched.remove(match);
        }
    }

    private static String describe(Extraction x) {
        List<String> out = new ArrayList<>();
        for (DiplomaticEvent e : x.events()) {
            out.add(e.type().localName() + " " + parties(e.participants(), x) + " " + e.polarity() + " "
                    + e.modality() + " " + e.time() + " agent=" + parties(e.agents(), x));
        }
        return out.toString();
    }

    static Set<String> parties(List<String> keys, Extraction x) {
        Set<String> out = new TreeSet<>();
        for (String k : keys) {
            x.actor(k).map(a -> a.party()).ifPresent(p -> out.add(p));
        }
        return out;
    }

    /** One expected event of a line. */
    record Expectation(EventType type, Set<String> states, boolean negated, Modality modality, LocalDate date,
                       LocalDate from, LocalDate to, Set<String> agent, boolean undated) {

        static Expectation parse(String spec) {
            String[] words = spec.strip().split("\\s+");
            EventType type = EventType.byLocalName(words[0]).orElseThrow();
            Set<String> states = new TreeSet<>(List.of(words[1].split(",")));
            boolean negated = false;
            Modality modality = Modality.ACTUAL;
            LocalDate date = null;
            LocalDate from = null;
            LocalDate to = null;
            Set<String> agent = null;
            boolean undated = false;
            for (int i = 2; i < words.length; i++) {
                String w = words[i];
                if (w.equals("negated")) {
                    negated = true;
                } else if (w.equals("planned")) {
                    modality = Modality.PLANNED;
                } else if (w.equals("hypothetical")) {
                    modality = Modality.HYPOTHETICAL;
                } else if (w.equals("undated")) {
                    undated = true;
                } else if (w.startsWith("date=")) {
                    date = LocalDate.parse(w.substring(5));
                } else if (w.startsWith("from=")) {
                    from = LocalDate.parse(w.substring(5));
                } else if (w.startsWith("to=")) {
                    to = LocalDate.parse(w.substring(3));
                } else if (w.startsWith("agent=")) {
                    agent = new TreeSet<>(List.of(w.substring(6).split(",")));
                } else {
                    throw new IllegalArgumentException("sentences.tsv: cannot read '" + w + "'");
                }
            }
            return new Expectation(type, states, negated, modality, date, from, to, agent, undated);
        }

        boolean matches(DiplomaticEvent e, Extraction x) {
            if (e.type() != type || !parties(e.participants(), x).equals(states)) {
                return false;
            }
            if ((e.polarity() == Polarity.NEGATED) != negated || e.modality() != modality) {
                return false;
            }
            if (undated && e.time() != null && e.time().resolved()) {
                return false;
            }
            if (date != null && (e.time() == null || !date.equals(e.time().exactDay()))) {
                return false;
            }
            if (from != null && (e.time() == null || !from.equals(e.time().earliest()))) {
                return false;
            }
            if (to != null && (e.time() == null || !to.equals(e.time().latest()))) {
                return false;
            }
            return agent == null || parties(e.agents(), x).equals(agent);
        }
    }
}
