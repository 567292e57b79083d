package org.diplograph.model;

/**
 * A token of analysed text.
 *
 * @param text  the token as written
 * @param norm  the form used for lexicon look-up (typographic apostrophes made plain)
 * @param tag   Universal Dependencies part-of-speech tag (PROPN, VERB, AUX, …)
 * @param begin char offset in the article text (inclusive)
 * @param end   char offset in the article text (exclusive)
 */
public record Token(String text, String norm, String tag, int begin, int end) {

    public String lower() {
        return norm.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean is(String tagName) {
        return tag.equals(tagName);
    }

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
