package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * PETRARCH's discard list ({@code petrarch/discards.tsv}): phrases that mark a sentence — or, for some, the whole
 * story — as sports, entertainment or history, which the CAMEO coder then leaves alone. Matched on lower-case
 * tokens, in order; the last word as a stem unless the list says it must match whole. Immutable.
 */
public final class DiscardList {

    static final String FILE = "petrarch/discards.tsv";

    private record Discard(String[] words, boolean story, boolean whole) {
    }

    private final List<Discard> discards = new ArrayList<>();

    DiscardList(LexiconSource source) {
        for (Tsv.Row r : Tsv.rows(source, FILE, 4, 4, "phrase")) {
            boolean story = switch (r.cell(1)) {
                case "story" -> true;
                case "sentence" -> false;
                default -> throw r.error("scope is 'sentence' or 'story', not '" + r.cell(1) + "'");
            };
            if (!r.cell(2).equals("whole") && !r.cell(2).equals("stem")) {
                throw r.error("match is 'whole' or 'stem', not '" + r.cell(2) + "'");
            }
            discards.add(new Discard(r.cell(0).split(" "), story, r.cell(2).equals("whole")));
        }
    }

    /** Whether the sentence holds a discard phrase of this scope (a story discard also discards its sentence). */
    public boolean discards(String[] lower, boolean wholeStory) {
        for (Discard d : discards) {
            if ((d.story() || !wholeStory) && found(d, lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean found(Discard d, String[] lower) {
        int n = d.words().length;
        for (int i = 0; i + n <= lower.length; i++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                String w = d.words()[k];
                boolean last = k == n - 1;
                all = last && !d.whole() ? lower[i + k].startsWith(w) : lower[i + k].equals(w);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
