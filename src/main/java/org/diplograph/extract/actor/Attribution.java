package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.Subjects;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.Cues;

/**
 * Who a sentence says its news comes from: a news source that "reported" it or "according to" whom it is, or
 * the actor who "said" it. Sources the text introduces without the lexicon knowing them ("The Straits Times
 * reported") become news sources of their own.
 */
public final class Attribution {

    /**
     * Whom a sentence attributes its news to.
     *
     * @param source the key of the actor or news source, or null
     * @param cites  whether the source is a news source the sentence cites ("reported", "according to")
     */
    public record Attributed(String source, boolean cites) {
    }

    private static final Attributed NONE = new Attributed(null, false);

    private final ActorCues cues;
    private final NameKeys keys;

    public Attribution(Cues cues) {
        this.cues = cues.actors();
        this.keys = new NameKeys(this.cues);
    }

    /**
     * The source of a sentence. A news source the text introduces ("The Straits Times reported") is added to
     * {@code actors}, with its mention.
     */
    public Attributed source(View v, ArticleActors actors) {
        List<Mention> mentions = actors.mentionsIn(v.sentence().index());
        for (int t = 0; t < v.size(); t++) {
            boolean reports = v.in(cues.report(), t) && v.tag(t, "VERB");
            if (reports) {
                Mention before = Clauses.endingAt(mentions, t);
                if (before == null) {
                    before = unknownSource(v, mentions, actors, t);
                }
                if (before != null && before.kind() == Mention.Kind.MEDIA) {
                    return new Attributed(before.key(), true);
                }
            }
            int according = v.match(cues.according(), t);
            if (according > 0) {
                int from = t + according;
                int k = from;
                while (k < v.size() && v.modifier(k)) {
                    k++;
                }
                Mention m = Clauses.at(mentions, k);
                if (m == null && v.is(from, "the")) {
                    m = Clauses.at(mentions, from);
                }
                if (m != null) {
                    return new Attributed(m.key(), m.kind() == Mention.Kind.MEDIA);
                }
            }
        }
        for (int t = 0; t < v.size(); t++) {
            if (v.in(cues.speech(), t) && v.tag(t, "VERB") && !v.in(cues.pressAudience(), t + 1)) {
                List<Mention> speaker = Subjects.subject(v, mentions, Subjects.groupStart(v, t));
                if (speaker.size() == 1 && !speaker.get(0).pronoun()) {
                    return new Attributed(speaker.get(0).key(), false);
                }
            }
        }
        return NONE;
    }

    /** "The Straits Times reported": capitalised words right before a reporting verb, known to no gazetteer. */
    private Mention unknownSource(View v, List<Mention> mentions, ArticleActors actors, int verb) {
        int start = verb;
        while (start > 0 && v.capitalised(start - 1) && Clauses.at(mentions, start - 1) == null
                && v.name(start - 1) == null) {
            start--;
        }
        if (v.is(start - 1, "the")) {
            start--;
        }
        int words = verb - start;
        if (words < 1 || words > 5 || !v.capitalised(verb - 1)) {
            return null;
        }
        List<String> label = new ArrayList<>();
        for (int t = start; t < verb; t++) {
            label.add(v.text(t));
        }
        if (words == 1 && !v.tag(start, "PROPN")) {
            return null;
        }
        String name = String.join(" ", label);
        String key = "source:" + keys.slug(List.of(name.replaceFirst("^(?i)the ", "")));
        actors.addSource(new ArticleActors.Source(key, name, null, null));
        Mention m = new Mention(v.sentence().index(), start, verb, Mention.Kind.MEDIA, key, false, false);
        actors.addMention(m);
        return m;
    }
}
