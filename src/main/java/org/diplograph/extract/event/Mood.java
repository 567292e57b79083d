package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.Subjects;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.EventCues;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.model.Polarity;

/**
 * Whether the text says an event happened, did not, or has not yet: negation in the verb group ("has not
 * spoken", "no call took place", "has yet to meet"), planned and hypothetical cues ("will", "plans to", "may",
 * "if"), the future an infinitive inherits from its clause, and refusals announced as negated plans.
 */
final class Mood {

    private final EventCues cues;

    Mood(Cues cues) {
        this.cues = cues.events();
    }

    /** "not", "n't", "never" in the verb group; "no" before a noun; "yet to", "failed to" before the group. */
    boolean negated(View v, int i) {
        int group = Subjects.groupStart(v, i);
        if (v.anyIn(cues.negation(), group, i)) {
            return true;
        }
        int k = Clauses.before(v, i);
        if (k >= 0 && k < i && (v.in(cues.negationDeterminers(), k) || v.in(cues.negationDeterminers(), k + 1))) {
            return true;
        }
        for (int t = Math.max(0, i - 3); t < i; t++) {
            if (v.in(cues.negationDeterminers(), t) && v.tag(t, "DET")) {
                return true;
            }
        }
        return v.anyIn(cues.negationPhrases(), Math.max(0, group - 3), i);
    }

    /** A modality and whether the text marks it (a noun in a headline does not: "Secretary's Travel to India"). */
    record Stated(Modality modality, boolean marked) {
    }

    /** Planned or hypothetical from cue words in the few words before the trigger, back to the subject. */
    Stated modality(View v, int i, List<Mention> subjects) {
        int from = Math.max(0, i - 6);
        for (Mention s : subjects) {
            if (s.end() <= i && s.end() > from) {
                from = s.end();
            }
        }
        for (int t = i - 1; t >= from; t--) {
            if (v.is(t, ",") || v.is(t, ";") || v.tag(t, "SCONJ") && !v.in(cues.conditional(), t)) {
                from = t + 1;
                break;
            }
        }
        boolean planned = v.anyIn(cues.planned(), from, i);
        boolean hypothetical = v.anyIn(cues.hypothetical(), from, i) || v.anyIn(cues.conditional(), 0, i);
        if (!planned && !hypothetical && v.is(i - 1, "to")) {
            planned = governingFuture(v, i - 1);
        }
        if (hypothetical) {
            return new Stated(Modality.HYPOTHETICAL, true);
        }
        if (planned) {
            return new Stated(Modality.PLANNED, true);
        }
        return new Stated(Modality.ACTUAL, !v.sentence().headline());
    }

    /**
     * "She will begin her trip in Istanbul … to meet with the Foreign Minister": an infinitive of purpose shares the
     * future of the verb it hangs on. Looks back through the clause for a future auxiliary.
     */
    boolean governingFuture(View v, int to) {
        for (int t = to - 1; t >= 0 && t >= to - 25; t--) {
            if (v.is(t, ";") || v.is(t, ".") || v.tag(t, "SCONJ") && !v.is(t, "to")) {
                return false;
            }
            if (future(v, t)) {
                return true;
            }
            boolean finite = v.tag(t, "VERB") && !v.is(t - 1, "to") && !v.is(t - 1, "-");
            if (finite) {
                for (int a = Subjects.groupStart(v, t); a < t; a++) {
                    if (future(v, a)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private boolean future(View v, int t) {
        return v.tag(t, "AUX") && v.in(cues.futureAuxiliaries(), t);
    }

    /**
     * "will not travel to Russia", "will no longer travel to Egypt", "will not meet X": whether a negated visit or
     * meeting is an announced refusal or a called-off plan, a declined invitation that did happen (CAMEO 125).
     */
    boolean calledOff(View v, EventType type, Polarity polarity, Modality modality, int i) {
        boolean interaction = type == EventType.VISIT || type == EventType.MEETING;
        if (!interaction || polarity != Polarity.NEGATED) {
            return false;
        }
        int group = Subjects.groupStart(v, i);
        return modality == Modality.PLANNED || v.anyIn(cues.discontinued(), Math.max(0, group - 1), i);
    }

}
