package org.diplograph.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.diplograph.model.Actor;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.Extraction;

/**
 * Scores the coder on single sentences at the level of (CAMEO root, set of participating states): an extracted
 * event matches a gold event with the same root and exactly the same parties (persons count as the state they
 * serve). Pairs are formed one to one; every sentence is scored, those reporting nothing too.
 */
public final class SentenceScorer {

    private final Map<String, EvaluationReport.Counts> byRoot = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();
    private int sentences;

    /** Scores one sentence's extraction against its gold events. */
    public void score(SentenceGold gold, Extraction x) {
        sentences++;
        List<String> predicted = new ArrayList<>();
        for (DiplomaticEvent e : x.events()) {
            Set<String> states = new TreeSet<>();
            for (String k : e.participants()) {
                x.actor(k).map(Actor::party).ifPresent(states::add);
            }
            predicted.add(SentenceGold.root(e.cameo()) + " " + String.join(",", states));
        }
        List<String> expected = new ArrayList<>();
        gold.events().forEach(g -> expected.add(g.key()));
        List<String> unmatched = new ArrayList<>(expected);
        for (String p : predicted) {
            String root = p.substring(0, 2);
            if (unmatched.remove(p)) {
                counts(root).tp++;
            } else {
                counts(root).fp++;
                findings.add(gold.id() + ": false alarm " + p + " — " + gold.text());
            }
        }
        for (String miss : unmatched) {
            counts(miss.substring(0, 2)).fn++;
            findings.add(gold.id() + ": missed " + miss + " — " + gold.text());
        }
    }

    private EvaluationReport.Counts counts(String root) {
        return byRoot.computeIfAbsent(root, r -> new EvaluationReport.Counts());
    }

    /** Micro-averaged counts over every root. */
    public EvaluationReport.Counts micro() {
        EvaluationReport.Counts sum = new EvaluationReport.Counts();
        byRoot.values().forEach(c -> {
            sum.tp += c.tp;
            sum.fp += c.fp;
            sum.fn += c.fn;
        });
        return sum;
    }

    public Map<String, EvaluationReport.Counts> byRoot() {
        return new LinkedHashMap<>(byRoot);
    }

    /** The table of scores, and (with {@code details}) every miss and false alarm. */
    public String render(boolean details) {
        StringBuilder b = new StringBuilder();
        b.append("Sentences scored: ").append(sentences).append("\n\n");
        b.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s %6s%n", "CAMEO root", "tp", "fp", "fn",
                "precision", "recall", "F1"));
        byRoot.forEach((root, c) -> b.append(line(root, c)));
        b.append(line("all roots (micro)", micro()));
        if (details && !findings.isEmpty()) {
            b.append("\nMisses and false alarms:\n");
            findings.forEach(f -> b.append("  ").append(f).append('\n'));
        }
        return b.toString();
    }

    private static String line(String name, EvaluationReport.Counts c) {
        return String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f %6.3f%n", name, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1());
    }
}
