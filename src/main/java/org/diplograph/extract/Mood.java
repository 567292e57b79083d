package org.diplograph.extract;

import org.diplograph.lexicon.Cues;

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

    private final Cues cues;

    Mood(Cues cues) {
        this.cues = cues;
    }

    /** "not", "n't", "never" in the verb group; "no" before a noun; "yet to", "failed to" before the group. */
    boolean negated(View v, int i) {
        int group = Arguments.groupStart(v, i);
        for (int t = group; t < i; t++) {
            if (cues.events().negation().has(v.lower[t])) {
                return true;
            }
        }
        int k = Clauses.before(v, i);
        if (k >= 0 && k < i && (v.is(k, "no") || v.is(k + 1, "no"))) {
            return true;
        }
        for (int t = Math.max(0, i - 3); t < i; t++) {
            if (v.is(t, "no") && v.tag(t, "DET")) {
                return true;
            }
        }
        String before = String.join(" ", java.util.Arrays.asList(v.lower).subList(Math.max(0, group - 3), i));
        return cues.events().negationPhrases().entries().stream().anyMatch(before::contains);
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
            if (v.is(t, ",") || v.is(t, ";") || v.tag(t, "SCONJ") && !v.is(t, "if")) {
                from = t + 1;
                break;
            }
        }
        boolean planned = false;
        boolean hypothetical = false;
        for (int t = from; t < i; t++) {
            String w = v.lower[t];
            planned |= cues.events().planned().has(w);
            hypothetical |= cues.events().hypothetical().has(w);
        }
        String window = String.join(" ", java.util.Arrays.asList(v.lower).subList(from, i));
        planned |= cues.events().planned().entries().stream().filter(w -> w.contains(" ")).anyMatch(window::contains);
        if (!planned && !hypothetical && v.is(i - 1, "to")) {
            planned = governingFuture(v, i - 1);
        }
        for (int t = 0; t < i; t++) {
            hypothetical |= v.is(t, "if") || v.is(t, "unless");
        }
        if (hypothetical) {
            c.modality = Modality.HYPOTHETICAL;
            c.modalityMarked = true;
        } else if (planned) {
            c.modality = Modality.PLANNED;
            c.modalityMarked = true;
        } else if (c.type != null && !v.sentence.headline()) {
            c.modalityMarked = true;
        }
    }

    /**
     * "She will begin her trip in Istanbul … to meet with the Foreign Minister": an infinitive of purpose shares the
     * future of the verb it hangs on. Looks back through the clause for a future auxiliary.
     */
    static boolean governingFuture(View v, int to) {
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

    private static boolean future(View v, int t) {
        return v.tag(t, "AUX") && (v.is(t, "will") || v.is(t, "'ll") || v.is(t, "shall") || v.is(t, "wo"));
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
        String before = String.join(" ", java.util.Arrays.asList(v.lower).subList(Math.max(0, group - 1), i));
        if (c.modality == Modality.PLANNED || before.contains("no longer")) {
            c.type = EventType.DECLINED_INVITATION;
            c.cameo = EventType.DECLINED_INVITATION.cameo();
            c.polarity = Polarity.AFFIRMED;
            c.modality = Modality.ACTUAL;
        }
    }

}
