package org.diplograph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Scoring at (type, participating states), with dates, polarity and modality of matched pairs. */
class ScorerTest {

    private static final Set<String> CORE = Set.of("PhoneCall", "Meeting", "Visit", "Invitation", "DeclinedInvitation");
    private static final LocalDate DAY = LocalDate.of(2022, 3, 10);

    private static GoldEvent gold(String type, Set<String> states, LocalDate date, boolean negated, String modality) {
        return new GoldEvent(type, null, states, Set.of(), date, null, null, negated, modality, "evidence");
    }

    private static PredictedEvent predicted(String type, Set<String> states, LocalDate date, boolean negated,
                                            String modality) {
        return new PredictedEvent(type, states, Set.of(), date, date, negated, modality, "evidence");
    }

    @Test
    void countsMatchesMissesAndFalseAlarmsPerType() {
        Scorer s = new Scorer();
        GoldArticle a = new GoldArticle("a.txt", DAY, CORE, List.of(
                gold("PhoneCall", Set.of("USA", "ISR"), DAY, false, "actual"),
                gold("Meeting", Set.of("USA", "EGY"), null, false, "planned")), 1);
        s.score(a, List.of(
                predicted("PhoneCall", Set.of("USA", "ISR"), DAY, false, "actual"),
                predicted("Meeting", Set.of("USA", "JOR"), null, false, "planned"),
                predicted("Statement", Set.of("USA"), null, false, "actual")));
        EvaluationReport r = s.report();
        assertEquals(1, r.counts("PhoneCall").tp);
        assertEquals(1, r.counts("Meeting").fp, "wrong states are a false alarm");
        assertEquals(1, r.counts("Meeting").fn, "and a miss");
        assertEquals(0, r.counts("Statement").fp, "Statement is not annotated exhaustively here");
        assertEquals(1, r.counts("Statement").unscored);
        assertEquals(0.5, r.core().precision(), 1e-9);
        assertEquals(0.5, r.core().recall(), 1e-9);
        String text = r.render(true);
        assertTrue(text.contains("Misses (1)") && text.contains("False alarms (1)"), text);
    }

    @Test
    void datesPolarityAndModalityOfMatchedPairs() {
        Scorer s = new Scorer();
        GoldArticle a = new GoldArticle("b.txt", DAY, CORE, List.of(
                gold("PhoneCall", Set.of("USA", "PAK"), null, true, "actual"),
                gold("Visit", Set.of("USA", "IND"), DAY.plusDays(3), false, "planned"),
                gold("Meeting", Set.of("USA", "CHN"), DAY, false, "actual")), 1);
        s.score(a, List.of(
                predicted("PhoneCall", Set.of("USA", "PAK"), null, false, "actual"),
                predicted("Visit", Set.of("USA", "IND"), DAY.plusDays(3), false, "planned"),
                predicted("Meeting", Set.of("USA", "CHN"), DAY.minusDays(1), false, "actual")));
        EvaluationReport r = s.report();
        assertEquals(3, r.core().tp);
        assertEquals(1, r.affirmedForNotActual(), "an affirmed call where the text denies one");
        assertEquals(2.0 / 3, r.dateAccuracy(), 1e-9, "undated right, exact day right, wrong day wrong");
        String text = r.render(true);
        assertTrue(text.contains("Wrong dates of matched events (1)"), text);
        assertTrue(text.contains("Wrong polarity or modality of matched events (1)"), text);
    }

    @Test
    void boundsCountAsRightWhenEqualOrWhenTheDayFallsInside() {
        GoldEvent lastWeek = new GoldEvent("Meeting", null, Set.of("A", "B"), Set.of(), null, DAY.minusDays(10),
                DAY.minusDays(4), false, "actual", "e");
        assertTrue(Scorer.dateRight(lastWeek, new PredictedEvent("Meeting", Set.of(), Set.of(), DAY.minusDays(10),
                DAY.minusDays(4), false, "actual", "e")));
        assertTrue(Scorer.dateRight(lastWeek, new PredictedEvent("Meeting", Set.of(), Set.of(), DAY.minusDays(5),
                DAY.minusDays(5), false, "actual", "e")));
        assertTrue(!Scorer.dateRight(lastWeek, new PredictedEvent("Meeting", Set.of(), Set.of(), DAY, DAY, false,
                "actual", "e")));
    }
}
