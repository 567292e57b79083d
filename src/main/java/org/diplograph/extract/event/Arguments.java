package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.Subjects;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Inflections;
import org.diplograph.lexicon.TriggerRule;
import org.diplograph.model.EventType;

/**
 * Finds who fills the roles of a trigger besides its subject ({@link Subjects}): the possessor of a noun trigger,
 * and the objects to its right by the preposition that introduces them; and whether a verb trigger is passive.
 */
final class Arguments {

    /** An actor mention and the role a trigger's frame gives it. */
    record Filler(Mention mention, TriggerRule.Role role) {
    }

    /** Types whose object's possessor is not a party ("called Trump's order swift"); for others it is the target. */
    private static final Set<EventType> INTERACTIONS = Set.of(EventType.PHONE_CALL, EventType.MEETING,
            EventType.VISIT, EventType.CONSULTATION, EventType.NEGOTIATION);

    private Arguments() {
    }

    /** A past participle after a form of "be" (over adverbs and "not"): "was attended by", "were met by". */
    static boolean passive(View v, int i, Inflections inflections) {
        int k = i - 1;
        while (k >= 0 && (v.tag(k, "ADV") || v.is(k, "not") || v.is(k, "n't"))) {
            k--;
        }
        return k >= 0 && v.in(v.grammar().beForms(), k) && (v.lower(i).endsWith("ed") || v.lower(i).endsWith("en")
                || inflections.irregularPast(v.lower(i)));
    }

    /** "X's decision not to attend", "its refusal to meet": the possessor of the noun the complement hangs on. */
    static List<Mention> possessorOfGoverningNoun(View v, List<Mention> mentions, int group) {
        int k = group - 1;
        while (k >= 0 && (v.is(k, "to") || v.is(k, "not"))) {
            k--;
        }
        boolean infinitive = v.is(group, "to") || v.is(group, "not");
        if (k < 0 || !v.tag(k, "NOUN") || !infinitive) {
            return List.of();
        }
        return possessor(v, mentions, k);
    }

    /** The possessor or modifier of a noun: "Blinken's call", "US' invitation", "its decision". */
    static List<Mention> possessor(View v, List<Mention> mentions, int noun) {
        int k = noun - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 4 && (v.tag(k, "ADJ") || v.tag(k, "NOUN") || v.tag(k, "NUM")
                || v.tag(k, "PROPN") && !v.possessive(k + 1) || v.tag(k, "VERB") && v.lower(k).endsWith("ed"))
                && Clauses.at(mentions, k) == null) {
            k--;
            skipped++;
        }
        if (k >= 0 && v.possessive(k)) {
            k--;
        }
        Mention m = k >= 0 ? Clauses.endingAt(mentions, k + 1) : null;
        return m != null && m.actor() ? List.of(m) : List.of();
    }

    /**
     * Actors right of a trigger, each with the role its preposition (or direct position) has in the frame.
     * Actors after a preposition the frame does not list ("talks on Ukraine") are skipped with their conjuncts.
     */
    static List<Filler> objects(View v, List<Mention> mentions, int from, int to, TriggerRule rule, int skipFrom,
                                int skipTo, boolean places) {
        List<Filler> out = new ArrayList<>();
        String preposition = null;
        boolean direct = true;
        TriggerRule.Role lastRole = null;
        int lastEnd = -1;
        int k = from;
        while (k < to) {
            if (k >= skipFrom && k < skipTo) {
                k++;
                continue;
            }
            Mention m = Clauses.at(mentions, k);
            if (m != null && m.start() == k && m.pronoun() && v.tag(k, "PRON") && k + 1 < to
                    && (Clauses.at(mentions, k + 1) != null || v.modifier(k + 1) || v.tag(k + 1, "NOUN"))) {
                k++;
                continue;
            }
            boolean targetsPossessor = rule.needs(TriggerRule.Condition.OBJ) || rule.needs(TriggerRule.Condition.OBJTO) || !INTERACTIONS.contains(rule.type());
            if (m != null && m.start() == k && v.possessive(m.end()) && !targetsPossessor) {
                k = m.end() + 1;
                direct = false;
                preposition = null;
                continue;
            }
            if (m != null && m.start() == k) {
                boolean conjunct = lastEnd >= 0 && lastEnd <= k && onlyConjunction(v, lastEnd, k);
                TriggerRule.Role role = conjunct ? lastRole
                        : preposition != null ? rule.role(preposition)
                        : direct ? rule.role("direct") : null;
                boolean usable = m.actor() || places && m.place();
                if (role != null && usable) {
                    for (Mention same : mentions) {
                        if (same.start() == m.start() && same.end() == m.end()) {
                            out.add(new Filler(same, role));
                        }
                    }
                }
                lastRole = usable ? role : null;
                lastEnd = m.end();
                direct = false;
                preposition = null;
                k = m.end();
                continue;
            }
            if (v.tag(k, "ADP") || v.is(k, "to")) {
                boolean compound = v.endsWith(v.grammar().compoundPrepositions(), k);
                preposition = compound ? "in-accordance-with" : v.lower(k);
            } else if (!v.modifier(k) && !v.is(k, "and") && !v.is(k, ",") && !v.is(k, "(") && !v.is(k, ")")) {
                direct = false;
                if (!v.is(k, "-") && !v.capitalised(k)) {
                    preposition = null;
                }
            }
            k++;
        }
        return out;
    }

    /**
     * Whether only list punctuation, modifiers, parentheses and capitalised words of titles stand between two
     * mentions ("Stoltenberg, OSCE Chairman-in-Office and Polish Foreign Minister Rau"), so they are one list.
     */
    /**
     * The first object of a verb with the objects listed with it ("condemned X and Y for their attack on Z" gives X
     * and Y): the one acted upon, as CAMEO codes it, without the parties of later phrases.
     */
    static List<Filler> firstGroup(View v, List<Filler> fillers) {
        List<Filler> out = new ArrayList<>();
        for (Filler f : fillers) {
            Filler last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || f.mention().start() == last.mention().start()
                    || onlyConjunction(v, last.mention().end(), f.mention().start())) {
                out.add(f);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The first party named after a coded verb in its clause when no phrase of the frame names one ("clashed over the
     * efforts of X", "condemned the attack by X"): what the verb acts on, as TABARI took it; not a place where
     * something happens ("in X"), nor an actor of an embedded clause of its own.
     */
    static List<Filler> firstActorAfter(View v, List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.start() < from || m.start() >= to) {
                continue;
            }
            boolean embeddedSubject = v.tag(m.end(), "VERB") || v.tag(m.end(), "AUX");
            if (!m.actor() || embeddedSubject) {
                return List.of();
            }
            List<Filler> out = new ArrayList<>();
            out.add(new Filler(m, TriggerRule.Role.COUNTERPART));
            return firstGroup(v, conjoined(v, mentions, m, out));
        }
        return List.of();
    }

    private static List<Filler> conjoined(View v, List<Mention> mentions, Mention first, List<Filler> out) {
        Mention last = first;
        for (Mention m : mentions) {
            if (m.start() >= last.end() && m.actor() && onlyConjunction(v, last.end(), m.start())) {
                out.add(new Filler(m, TriggerRule.Role.COUNTERPART));
                last = m;
            }
        }
        return out;
    }

    private static boolean onlyConjunction(View v, int from, int to) {
        boolean joined = from == to;
        for (int t = from; t < to; t++) {
            boolean listWord = v.is(t, "and") || v.is(t, ",");
            joined |= listWord;
            boolean glued = t > 0 && v.token(t).begin() == v.token(t - 1).end()
                    || t + 1 < v.size() && v.token(t).end() == v.token(t + 1).begin();
            if (!listWord && !v.modifier(t) && !v.is(t, "(") && !v.is(t, ")") && !v.is(t, "-") && !glued
                    && !(v.capitalised(t) && !v.tag(t, "VERB"))) {
                return false;
            }
        }
        return joined;
    }
}
