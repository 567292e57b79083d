package org.diplograph.extract;

import org.diplograph.lexicon.Gazetteers;

import java.util.Set;

import org.diplograph.model.NameMatch;

/**
 * Where the text is at: the last state named as a place ("travel to Cairo", "in Ramallah", "Madrid, Spain"),
 * carried through a paragraph. In official releases, officials named by title alone after such a place
 * ("… travel to Cairo to meet with President Al Sisi") serve the state of that place. One per article.
 */
final class PlaceContext {

    private static final Set<String> BEFORE_PLACE = Set.of("in", "to", "at", "into");

    private String carried;
    private int lastEnd = -1;

    /** Starts a sentence; a line break since the last one starts a new paragraph and forgets the place. */
    void enter(View v) {
        if (lastEnd >= 0 && v.text.substring(lastEnd, v.sentence.begin()).contains("\n")) {
            carried = null;
        }
        lastEnd = v.sentence.end();
    }

    /** The state of the last place named before token {@code i} in this sentence, else the paragraph's. */
    String before(View v, int i) {
        String found = carried;
        for (int t = 0; t < i && t < v.size(); t++) {
            String place = placeAt(v, t);
            if (place != null) {
                found = place;
            }
        }
        return found;
    }

    /** Ends a sentence: its last place is carried into the next sentences of the paragraph. */
    void leave(View v) {
        String last = before(v, v.size());
        if (last != null) {
            carried = last;
        }
    }

    private static String placeAt(View v, int t) {
        NameMatch m = v.names[t];
        if (m == null || m.start() != t || !(m.type().equals(Gazetteers.COUNTRY) || m.type().equals(Gazetteers.CAPITAL))) {
            return null;
        }
        boolean afterPreposition = t > 0 && BEFORE_PLACE.contains(v.lower[t - 1]);
        boolean afterCity = t > 1 && v.is(t - 1, ",") && v.capitalised(t - 2);
        return afterPreposition || afterCity ? m.key() : null;
    }
}
