package org.diplograph.article;

import java.util.Arrays;

import org.diplograph.model.OriginalText;

/**
 * Takes the invisible Unicode format characters (category Cf) out of a text before it is analysed: a zero-width
 * joiner inside "Antony Blin\u200Dken" made {@code person/antony-blin-ken} a node of its own; right-to-left marks,
 * soft hyphens and byte-order marks split words the same way. What was taken out is kept ({@link OriginalText}), so
 * that evidence offsets still count in the file's own text.
 */
final class FormatCharacters {

    /** The text to analyse and the original it came from. */
    record Cleaned(String text, OriginalText original) {
    }

    private FormatCharacters() {
    }

    static Cleaned clean(String text) {
        int first = firstFormat(text);
        if (first < 0) {
            return new Cleaned(text, OriginalText.unchanged(text));
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int[] removed = new int[8];
        int n = 0;
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                for (int k = 0; k < width; k++) {
                    if (n == removed.length) {
                        removed = Arrays.copyOf(removed, n * 2);
                    }
                    removed[n++] = out.length();
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return new Cleaned(out.toString(), new OriginalText(text, Arrays.copyOf(removed, n)));
    }

    /** The text without format characters, for short fields (a title, a publisher). */
    static String strip(String text) {
        return text == null ? null : clean(text).text();
    }

    private static int firstFormat(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
