package org.diplograph.extract.coder;

import org.diplograph.lexicon.VerbForm;

/** A dictionary verb found in a sentence: the form that matched and its tokens {@code [start, end)}. */
public record VerbHit(VerbForm form, int start, int end, int verb) {
}
