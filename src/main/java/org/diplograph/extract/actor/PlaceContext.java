package org.diplograph.extract.actor;

import java.util.function.Predicate;

import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.model.NameMatch;

/**
 * Where the text is at: the last state named as a place ("travel to Cairo", "in Ramallah", "Madrid, Spain"),
 * carried through a paragraph. In official releases, officials named by title alone after such a place
 * ("… travel to Cairo to meet with President Al Sisi") serve the state of that place. One per article.
 */
final class PlaceContext {

    private final ActorCues cues;
    private final Predicate<String> meetingVerb;
    private String carried;
    private int lastEnd = -1;

    /**
     * @param meetingVerb whether a lower-case word is a form of a verb that heads a meeting or visit trigger
     *                    ("met", "visits", "received")
     */
    PlaceContext(ActorCues cues, Predicate<String> meetingVerb) {
        this.cues = cues;
        this.meetingVerb = meetingVerb;
    }

    /**
     * "… meet with President X", "… received the Foreign Minister": whether the person at {@code start} is someone
     * met, whose state a place named before can tell.
     */
    boolean met(View v, int start) {
        int k = start - 1;
        while (k >= 0 && v.modifier(k)) {
            k--;
        }
        return v.is(k, "with") || k >= 0 && meetingVerb.test(v.lower(k));
    }

    /** Starts a sentence; a line break since the last one starts a new paragraph and forgets the place. */
    void enter(View v) {
        if (lastEnd >= 0 && v.articleText().substring(lastEnd, v.sentence().begin()).contains("\n")) {
            carried = null;
        }
        lastEnd = v.sentence().end();
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

    private String placeAt(View v, int t) {
        NameMatch m = v.name(t);
        if (m == null || m.start() != t || !(m.type().equals(Gazetteers.COUNTRY) || m.type().equals(Gazetteers.CAPITAL))) {
            return null;
        }
        boolean afterPreposition = v.in(cues.placePrepositions(), t - 1);
        boolean afterCity = t > 1 && v.is(t - 1, ",") && v.capitalised(t - 2);
        return afterPreposition || afterCity ? m.key() : null;
    }
}
