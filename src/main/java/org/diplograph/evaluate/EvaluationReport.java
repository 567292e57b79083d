package org.diplograph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scores of an evaluation: precision, recall and F1 per type, date and polarity handling, and every error. */
public final class EvaluationReport {

    /** Counts for one event type. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;
        int unscored;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A miss or a false alarm, with its evidence. */
    public record Finding(String article, String type, Set<String> states, String description, String evidence) {
    }

    /** The types every extractor must cover; the targets are set on them. */
    public static final List<String> CORE = List.of("PhoneCall", "Meeting", "Visit", "Invitation", "DeclinedInvitation");

    final Map<String, Counts> byType = new TreeMap<>();
    final List<Finding> misses = new ArrayList<>();
    final List<Finding> falseAlarms = new ArrayList<>();
    final List<Finding> dateErrors = new ArrayList<>();
    final List<Finding> modalityErrors = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int articles;
    int matched;
    int datesRight;
    int goldDated;
    int exactDays;
    int withinBounds;
    int goldNegated;
    int negatedRight;
    int goldNotActual;
    int modalityRight;
    int affirmedForNotActual;

    Counts counts(String type) {
        return byType.computeIfAbsent(type, t -> new Counts());
    }

    /** Micro-averaged counts over the five core types. */
    public Counts core() {
        Counts sum = new Counts();
        for (String type : CORE) {
            Counts c = byType.get(type);
            if (c != null) {
                sum.tp += c.tp;
                sum.fp += c.fp;
                sum.fn += c.fn;
            }
        }
        return sum;
    }

    public double dateAccuracy() {
        return matched == 0 ? 0 : (double) datesRight / matched;
    }

    public int affirmedForNotActual() {
        return affirmedForNotActual;
    }

    public String render(boolean details) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Articles scored: %d%n%n", articles));
        b.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s %6s%n", "type", "tp", "fp", "fn", "precision",
                "recall", "F1"));
        byType.forEach((type, c) -> b.append(row(type, c)));
        b.append(row("core types (micro)", core()));
        b.append(String.format(Locale.ROOT, "%nDates of matched events: %d/%d right (%.1f%%); of %d with a gold date or"
                        + " period, %d exact day, %d consistent with it%n", datesRight, matched, 100 * dateAccuracy(),
                goldDated, exactDays, withinBounds));
        b.append(String.format(Locale.ROOT, "Negated gold events matched: %d, extracted as negated: %d%n", goldNegated,
                negatedRight));
        b.append(String.format(Locale.ROOT, "Planned or hypothetical gold events matched: %d, with the right modality: %d%n",
                goldNotActual, modalityRight));
        b.append(String.format(Locale.ROOT, "Affirmed actual events extracted for negated, planned or hypothetical gold"
                + " events: %d%n", affirmedForNotActual));
        if (!problems.isEmpty()) {
            b.append("\nArticles that could not be scored:\n");
            problems.forEach(p -> b.append("  ").append(p).append('\n'));
        }
        if (details) {
            b.append(String.format(Locale.ROOT, "%nMisses (%d):%n", misses.size()));
            misses.forEach(f -> b.append(finding(f)));
            b.append(String.format(Locale.ROOT, "%nFalse alarms (%d):%n", falseAlarms.size()));
            falseAlarms.forEach(f -> b.append(finding(f)));
            b.append(String.format(Locale.ROOT, "%nWrong dates of matched events (%d):%n", dateErrors.size()));
            dateErrors.forEach(f -> b.append(finding(f)));
            b.append(String.format(Locale.ROOT, "%nWrong polarity or modality of matched events (%d):%n",
                    modalityErrors.size()));
            modalityErrors.forEach(f -> b.append(finding(f)));
        }
        return b.toString();
    }

    private static String row(String type, Counts c) {
        return String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f %6.3f%s%n", type, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1(), c.unscored > 0 ? "  (" + c.unscored + " in articles not annotated"
                        + " exhaustively for this type)" : "");
    }

    private static String finding(Finding f) {
        String quote = f.evidence() == null ? "" : f.evidence().replaceAll("\\s+", " ");
        if (quote.length() > 160) {
            quote = quote.substring(0, 157) + "...";
        }
        return "  " + f.article() + "  " + f.description() + "\n      \"" + quote + "\"\n";
    }
}
