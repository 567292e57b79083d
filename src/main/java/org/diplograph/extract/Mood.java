package org.diplograph.extract;

import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.EventCues;

import java.util.List;

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
        int group = Arguments.groupStart(v, i);
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

    /** Planned or hypothetical from cue words in the few words before the trigger, back to the subject. */
    void modality(View v, Candidate c, int i, List<Mention> subjects) {
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
            c.modality = Modality.HYPOTHETICAL;
            c.modalityMarked = true;
        } else if (planned) {
            c.modality = Modality.PLANNED;
            c.modalityMarked = true;
        } else if (c.type != null && !v.sentence().headline()) {
            c.modalityMarked = true;
        }
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
                for (int a = Arguments.groupStart(v, t); a < t; a++) {
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
     * "will not travel to Russia", "will no longer travel to Egypt", "will not meet X": an announced refusal or a
     * called-off visit or meeting is a declined invitation that did happen (CAMEO 125).
     */
    void calledOff(View v, Candidate c, int i) {
        boolean interaction = c.type == EventType.VISIT || c.type == EventType.MEETING;
        if (!interaction || c.polarity != Polarity.NEGATED) {
            return;
        }
        int group = Arguments.groupStart(v, i);
        if (c.modality == Modality.PLANNED || v.anyIn(cues.discontinued(), Math.max(0, group - 1), i)) {
            c.type = EventType.DECLINED_INVITATION;
            c.cameo = EventType.DECLINED_INVITATION.cameo();
            c.polarity = Polarity.AFFIRMED;
            c.modality = Modality.ACTUAL;
        }
    }

}
