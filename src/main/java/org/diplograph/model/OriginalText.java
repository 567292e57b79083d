package org.diplograph.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * An article's text as its file has it, and where the text that is analysed differs from it: invisible Unicode
 * format characters (category Cf: zero-width joiner and non-joiner, left-to-right and right-to-left marks,
 * byte-order mark, soft hyphen, …) are taken out before analysis, so that "Blin\u2060ken" is the same name as
 * "Blinken" and no label or IRI carries them. Evidence offsets must still point into the file: this maps an offset
 * in the analysed text back to the original one.
 *
 * @param text    the text of the file (or of the JSON Lines "text" field)
 * @param removed for each character taken out, in order, the offset in the analysed text where it was
 */
public record OriginalText(String text, int[] removed) {

    public OriginalText {
        Objects.requireNonNull(text, "text");
        removed = removed.clone();
    }

    /** A text from which nothing was taken out. */
    public static OriginalText unchanged(String text) {
        return new OriginalText(text, new int[0]);
    }

    /** Whether the analysed text differs from the original. */
    public boolean changed() {
        return removed.length > 0;
    }

    /** The original offset of a span that starts at {@code analysed}: after any characters taken out there. */
    public int begin(int analysed) {
        return analysed + countUpTo(analysed, true);
    }

    /** The original offset of a span that ends at {@code analysed}: before any characters taken out there. */
    public int end(int analysed) {
        return analysed + countUpTo(analysed, false);
    }

    /** How many characters were taken out before {@code analysed} (and, if {@code inclusive}, at it). */
    private int countUpTo(int analysed, boolean inclusive) {
        int lo = 0;
        int hi = removed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (removed[mid] < analysed || inclusive && removed[mid] == analysed) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int[] removed() {
        return removed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginalText other && text.equals(other.text) && Arrays.equals(removed, other.removed);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(removed);
    }

    @Override
    public String toString() {
        return "OriginalText[" + text.length() + " chars, " + removed.length + " taken out]";
    }
}
