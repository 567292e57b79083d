package org.diplograph.extract.sentence;

import java.util.List;

/** Where an actor stands in its clause: the tests that tell a subject from an object, a possessor or a place. */
public final class Clauses {

    private Clauses() {
    }

    /** The token before {@code i}, skipping determiners, adjectives and numbers; -1 at the sentence start. */
    public static int before(View v, int i) {
        int j = i - 1;
        while (j >= 0 && v.modifier(j) && !v.is(j, "'s")) {
            j--;
        }
        return j;
    }

    /**
     * Whether a mention can be the subject of a predicate to its right: it is an actor, it is not the object of
     * a preposition or verb, and it does not merely possess the next noun ("China's opposition").
     */
    public static boolean subjectLike(View v, Mention m) {
        if (!m.actor()) {
            return false;
        }
        if (v.possessive(m.end()) && !v.is(m.end() + 1, "own")) {
            return false;
        }
        int b = before(v, m.start());
        if (b < 0) {
            return true;
        }
        String tag = v.tagAt(b);
        return !(tag.equals("ADP") || tag.equals("VERB") || v.is(b, "to") || v.possessive(b));
    }

    /** The mention that covers token {@code i}, or null. */
    public static Mention at(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.contains(i)) {
                return m;
            }
        }
        return null;
    }

    /** The mention that starts at {@code from} or after the determiners and adjectives that follow it, or null. */
    public static Mention startingAfterModifiers(View v, List<Mention> mentions, int from) {
        for (int k = from; k < v.size(); k++) {
            Mention m = at(mentions, k);
            if (m != null) {
                return m.start() == k ? m : null;
            }
            if (!v.modifier(k)) {
                return null;
            }
        }
        return null;
    }

    /** The mention that ends right before token {@code i}, or null. */
    public static Mention endingAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.end() == i) {
                return m;
            }
        }
        return null;
    }
}
