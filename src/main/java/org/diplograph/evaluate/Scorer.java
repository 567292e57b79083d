package org.diplograph.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares extracted events with gold events, article by article: an extracted event matches a gold event of the
 * same type with exactly the same participating states. Matched pairs are then checked for date, polarity and
 * modality. Accumulates over articles into an {@link EvaluationReport}.
 */
public final class Scorer {

    private final EvaluationReport report = new EvaluationReport();

    /** Scores one article. */
    public void score(GoldArticle gold, List<PredictedEvent> predicted) {
        report.articles++;
        Set<String> types = new TreeSet<>();
        gold.events().forEach(e -> types.add(e.type()));
        predicted.forEach(p -> types.add(p.type()));
        for (String type : types) {
            List<GoldEvent> g = new ArrayList<>(gold.events().stream().filter(e -> e.type().equals(type)).toList());
            List<PredictedEvent> p = new ArrayList<>(predicted.stream().filter(e -> e.type().equals(type)).toList());
            boolean exhaustive = gold.exhaustive().contains(type);
            match(gold.article(), type, g, p, 2);
            match(gold.article(), type, g, p, 1);
            match(gold.article(), type, g, p, 0);
            EvaluationReport.Counts c = report.counts(type);
            g.forEach(miss -> {
                c.fn++;
                report.misses.add(new EvaluationReport.Finding(gold.article(), type, miss.states(), describe(miss),
                        miss.evidence()));
            });
            for (PredictedEvent extra : p) {
                if (exhaustive) {
                    c.fp++;
                    report.falseAlarms.add(new EvaluationReport.Finding(gold.article(), type, extra.states(),
                            describe(extra), extra.evidence()));
                } else {
                    c.unscored++;
                }
            }
        }
    }

    /**
     * Pairs gold and predicted events with equal states: at strictness 2 also with equal polarity and modality,
     * at 1 with equal polarity, at 0 with states alone; so that each gold event meets its closest prediction.
     */
    private void match(String article, String type, List<GoldEvent> gold, List<PredictedEvent> predicted,
                       int strictness) {
        for (GoldEvent g : List.copyOf(gold)) {
            PredictedEvent best = null;
            for (PredictedEvent p : predicted) {
                boolean polarity = strictness < 1 || p.negated() == g.negated();
                boolean modality = strictness < 2 || p.modality().equals(g.modality());
                if (p.states().equals(g.states()) && polarity && modality) {
                    best = p;
                    break;
                }
            }
            if (best != null) {
                gold.remove(g);
                predicted.remove(best);
                pair(article, type, g, best);
            }
        }
    }

    private void pair(String article, String type, GoldEvent g, PredictedEvent p) {
        report.counts(type).tp++;
        report.matched++;
        if (dateRight(g, p)) {
            report.datesRight++;
        } else {
            report.dateErrors.add(new EvaluationReport.Finding(article, type, g.states(),
                    "gold " + when(g.date(), g.earliest(), g.latest()) + ", extracted "
                            + when(p.exactDay(), p.earliest(), p.latest()), g.evidence()));
        }
        if (g.date() != null || g.earliest() != null || g.latest() != null) {
            report.goldDated++;
            if (g.date() != null && g.date().equals(p.exactDay())) {
                report.exactDays++;
            }
            if (withinBounds(g, p)) {
                report.withinBounds++;
            }
        }
        if (g.negated()) {
            report.goldNegated++;
            if (p.negated()) {
                report.negatedRight++;
            }
        }
        if (!g.modality().equals("actual")) {
            report.goldNotActual++;
            if (p.modality().equals(g.modality())) {
                report.modalityRight++;
            }
        }
        if (g.negated() != p.negated() || !g.modality().equals(p.modality())) {
            report.modalityErrors.add(new EvaluationReport.Finding(article, type, g.states(),
                    "gold " + describe(g) + ", extracted " + describe(p), g.evidence()));
        }
        if (!g.affirmedAndActual() && p.affirmedAndActual()) {
            report.affirmedForNotActual++;
        }
    }

    /** The day when the gold gives one; the bounds (or a day inside them) when it gives bounds; nothing when it gives none. */
    static boolean dateRight(GoldEvent g, PredictedEvent p) {
        if (g.date() != null) {
            return g.date().equals(p.exactDay());
        }
        if (g.earliest() != null || g.latest() != null) {
            boolean sameBounds = java.util.Objects.equals(g.earliest(), p.earliest())
                    && java.util.Objects.equals(g.latest(), p.latest());
            LocalDate day = p.exactDay();
            boolean dayInside = day != null && (g.earliest() == null || !day.isBefore(g.earliest()))
                    && (g.latest() == null || !day.isAfter(g.latest()));
            return sameBounds || dayInside;
        }
        return p.earliest() == null && p.latest() == null;
    }

    /** Whether the extracted time is consistent with the gold day or period (they overlap). */
    static boolean withinBounds(GoldEvent g, PredictedEvent p) {
        LocalDate from = g.date() != null ? g.date() : g.earliest();
        LocalDate to = g.date() != null ? g.date() : g.latest();
        if (p.earliest() == null && p.latest() == null) {
            return false;
        }
        boolean startsAfter = p.earliest() != null && to != null && p.earliest().isAfter(to);
        boolean endsBefore = p.latest() != null && from != null && p.latest().isBefore(from);
        return !startsAfter && !endsBefore;
    }

    private static String describe(GoldEvent g) {
        return g.type() + " " + g.states() + (g.negated() ? " negated" : "")
                + (g.modality().equals("actual") ? "" : " " + g.modality()) + " " + when(g.date(), g.earliest(), g.latest());
    }

    private static String describe(PredictedEvent p) {
        return p.type() + " " + p.states() + (p.negated() ? " negated" : "")
                + (p.modality().equals("actual") ? "" : " " + p.modality()) + " " + when(p.exactDay(), p.earliest(), p.latest());
    }

    private static String when(LocalDate day, LocalDate from, LocalDate to) {
        if (day != null) {
            return day.toString();
        }
        if (from == null && to == null) {
            return "undated";
        }
        return (from == null ? "…" : from) + ".." + (to == null ? "…" : to);
    }

    public void unreadable(String article, String problem) {
        report.problems.add(article + ": " + problem);
    }

    public EvaluationReport report() {
        return report;
    }
}
