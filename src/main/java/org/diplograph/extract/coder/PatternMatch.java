package org.diplograph.extract.coder;

import java.util.List;

import org.diplograph.lexicon.VerbPattern;

/**
 * The pattern that applies to a verb (or none: the verb's own code), with the code it gives and the actors its
 * {@code $} and {@code +} elements picked out.
 *
 * @param score how much of the sentence the pattern matched (more words, more specific)
 */
public record PatternMatch(VerbPattern pattern, String code, int score, List<CodingSentence.Slot> sources,
                           List<CodingSentence.Slot> targets, int end) {

    public PatternMatch {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** The rule that decided the code, for provenance: the pattern as written, or the verb alone. */
    public String rule(VerbHit verb) {
        String lemma = verb.form().lemma();
        return pattern == null ? verb.form().block() + ": " + lemma + " [" + code + "] (" + verb.form().origin() + ")"
                : verb.form().block() + ": " + pattern.text().replace("*", lemma) + " [" + code + "] ("
                + pattern.origin() + ")";
    }
}
