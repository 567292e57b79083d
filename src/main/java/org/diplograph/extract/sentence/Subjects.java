package org.diplograph.extract.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the subject of a predicate is: the actor to the left of its verb group (skipping appositions, following
 * relative pronouns to their antecedent, sharing the subject of coordinated verbs), the subjects after the comma
 * that closes an opening phrase, and the subject an infinitive of purpose shares with its finite verb.
 */
public final class Subjects {

    /** Part-of-speech tags of the words of a verb group before its verb. */
    private static final Set<String> VERB_GROUP = Set.of("AUX", "PART", "ADV");

    private Subjects() {
    }

    /** The first token of the verb group ending at {@code i}: auxiliaries, "not", adverbs. */
    public static int groupStart(View v, int i) {
        int k = i;
        while (k > 0 && VERB_GROUP.contains(v.tagAt(k - 1)) && !v.is(k - 1, "that")) {
            k--;
        }
        return k;
    }


    /** Subjects of the predicate whose verb group starts at {@code group}, with conjoined subjects. */
    public static List<Mention> subject(View v, List<Mention> mentions, int group) {
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

    /**
     * For "X, China's ally, had…": the comma after X when tokens up to {@code comma} are an apposition; for "X, in
     * remarks published on Monday, urged …" the comma before an adverbial phrase that opens with a preposition.
     */
    private static int appositionStart(View v, List<Mention> mentions, int comma) {
        for (int c = comma - 1; c >= Math.max(0, comma - 12); c--) {
            if (v.is(c, ",") && v.tag(c + 1, "ADP") && c + 1 < comma) {
                Mention before = Clauses.endingAt(mentions, c);
                if (before != null && before.actor()) {
                    return c - 1;
                }
            }
            if (v.clauseBreak(c)) {
                break;
            }
        }
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
            for (int skipped = 0; link > 0 && skipped < 3 && !v.capitalised(link) && (v.tag(link, "DET")
                    || v.tag(link, "ADJ") || v.tag(link, "ADV") || v.tag(link, "NOUN")); skipped++) {
                link--; // "Fornost and the evil awful Gondor"
            }
            if (link < 1 || !(v.in(v.grammar().listConjunctions(), link) || joined && v.is(link, ","))) {
                break;
            }
            if (v.is(link - 1, ",") && v.in(v.grammar().listConjunctions(), link)) {
                link--; // "Mordor, the awful Fornost, and good Gondor"
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
    public static List<Mention> subjectAfterComma(View v, List<Mention> mentions, int from) {
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
    public static List<Mention> subjectsAfterComma(View v, List<Mention> mentions, int from) {
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
    public static List<Mention> subjectOfGoverningVerb(View v, List<Mention> mentions, int to) {
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

}
