package org.diplograph.extract;

import org.diplograph.lexicon.Inflections;
import org.diplograph.lexicon.TriggerRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who fills the roles of a trigger: the subject to its left (skipping appositions, following relative
 * pronouns to their antecedent, sharing the subject of coordinated verbs and of fronted participles), the
 * possessor of a noun trigger, and the objects to its right by the preposition that introduces them.
 */
final class Arguments {

    /** An actor mention and the role a trigger's frame gives it. */
    record Filler(Mention mention, TriggerRule.Role role) {
    }

    /** Types whose object's possessor is not a party ("called Trump's order swift"); for others it is the target. */
    private static final Set<org.diplograph.model.EventType> INTERACTIONS = Set.of(
            org.diplograph.model.EventType.PHONE_CALL, org.diplograph.model.EventType.MEETING,
            org.diplograph.model.EventType.VISIT, org.diplograph.model.EventType.CONSULTATION,
            org.diplograph.model.EventType.NEGOTIATION);

    /** Part-of-speech tags of the words of a verb group before its verb. */
    private static final Set<String> VERB_GROUP = Set.of("AUX", "PART", "ADV");

    private Arguments() {
    }

    /** The first token of the verb group ending at {@code i}: auxiliaries, "not", adverbs. */
    static int groupStart(View v, int i) {
        int k = i;
        while (k > 0 && VERB_GROUP.contains(v.tagAt(k - 1)) && !v.is(k - 1, "that")) {
            k--;
        }
        return k;
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

    /** Subjects of the predicate whose verb group starts at {@code group}, with conjoined subjects. */
    static List<Mention> subject(View v, List<Mention> mentions, int group) {
        int k = group - 1;
        if (k >= 0 && (v.is(k, "and") || v.is(k, "but") || v.is(k, "or")) && Clauses.endingAt(mentions, k) == null) {
            int clauseStart = k - 1;
            while (clauseStart > 0 && !v.is(clauseStart - 1, ",") && !v.is(clauseStart - 1, ";")
                    && !v.is(clauseStart - 1, ":")) {
                clauseStart--;
            }
            for (int first = clauseStart; first < k; first++) {
                if (v.tag(first, "VERB")) {
                    return subject(v, mentions, groupStart(v, first));
                }
            }
        }
        while (k >= 0) {
            if (v.clauseBreak(k)) {
                if (v.in(v.grammar().relativePronouns(), k)) {
                    int a = v.is(k - 1, ",") ? k - 1 : k;
                    Mention antecedent = Clauses.endingAt(mentions, a);
                    if (antecedent != null && antecedent.actor()) {
                        return List.of(antecedent);
                    }
                }
                return List.of();
            }
            Mention m = Clauses.endingAt(mentions, k + 1);
            if (m != null && m.actor()) {
                if (Clauses.subjectLike(v, m)) {
                    return withConjuncts(v, mentions, m);
                }
                k = m.start() - 1;
                continue;
            }
            if (v.is(k, ",")) {
                int opening = appositionStart(v, mentions, k);
                if (opening >= 0) {
                    k = opening;
                    continue;
                }
            }
            k--;
        }
        return List.of();
    }

    /** For "X, China's ally, had…": the comma after X when tokens up to {@code comma} are an apposition. */
    private static int appositionStart(View v, List<Mention> mentions, int comma) {
        for (int c = comma - 1; c >= Math.max(0, comma - 10); c--) {
            if (v.tag(c, "VERB") || v.tag(c, "AUX") || v.clauseBreak(c)) {
                return -1;
            }
            if (v.is(c, ",")) {
                Mention before = Clauses.endingAt(mentions, c);
                return before != null && before.actor() ? c - 1 : -1;
            }
        }
        return -1;
    }

    private static List<Mention> withConjuncts(View v, List<Mention> mentions, Mention m) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        for (Mention same : mentions) {
            if (same != m && same.start() == m.start() && same.end() == m.end()) {
                out.add(same);
            }
        }
        Mention adjacent = Clauses.at(mentions, m.end());
        if (adjacent != null && adjacent.start() == m.end() && adjacent.pronoun() && m.pronoun()) {
            out.add(adjacent);
        }
        Mention current = m;
        boolean joined = false;
        while (true) {
            int link = current.start() - 1;
            while (link > 0 && v.tag(link, "DET")) {
                link--;
            }
            if (link < 1 || !(v.in(v.grammar().listConjunctions(), link) || joined && v.is(link, ","))) {
                break;
            }
            Mention previous = Clauses.endingAt(mentions, link);
            if (previous == null || !previous.actor() || v.tag(Clauses.before(v, previous.start()), "ADP")) {
                break;
            }
            joined = true;
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    /** The first subject after the comma that closes a fronted participle ("Days after declining …, Chile …"). */
    static List<Mention> subjectAfterComma(View v, List<Mention> mentions, int from) {
        for (int k = from; k < v.size(); k++) {
            if (v.clauseBreak(k)) {
                return List.of();
            }
            if (v.is(k, ",")) {
                for (Mention m : mentions) {
                    if (m.start() > k && m.start() <= k + 4 && m.actor() && Clauses.subjectLike(v, m)) {
                        return List.of(m);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** Every subject after the comma that closes an opening phrase, with its conjuncts ("…, X, Y and Z discussed"). */
    static List<Mention> subjectsAfterComma(View v, List<Mention> mentions, int from) {
        int comma = from;
        while (comma < v.size() && !v.is(comma, ",")) {
            comma++;
        }
        int verb = comma + 1;
        while (verb < v.size() && !v.clauseBreak(verb)
                && (!(v.tag(verb, "VERB") || v.tag(verb, "AUX")) || Clauses.at(mentions, verb) != null)) {
            verb++;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() > comma && m.end() <= verb && m.actor() && !v.possessive(m.end())
                    && !v.tag(Clauses.before(v, m.start()), "ADP")) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "She will begin her trip in Ankara, Turkey from March 4 to 5 to meet with …": an infinitive of purpose has
     * the subject of the finite verb it depends on, not the nearest name before it.
     */
    static List<Mention> subjectOfGoverningVerb(View v, List<Mention> mentions, int to) {
        for (int t = to - 1; t >= 0; t--) {
            if (v.is(t, ";") || v.is(t, ".") || v.is(t, ":")) {
                return List.of();
            }
            boolean finite = v.tag(t, "VERB") && !v.is(t - 1, "to") && Clauses.at(mentions, t) == null;
            if (finite) {
                return t == to - 1 ? List.of() : subject(v, mentions, groupStart(v, t));
            }
        }
        return List.of();
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
