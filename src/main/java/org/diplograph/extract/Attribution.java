package org.diplograph.extract;

import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.Cues;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a sentence says its news comes from: a news source that "reported" it or "according to" whom it is, or
 * the actor who "said" it. Sources the text introduces without the lexicon knowing them ("The Straits Times
 * reported") become news sources of their own.
 */
final class Attribution {

    private final ActorCues cues;
    private final NameKeys keys;

    Attribution(Cues cues) {
        this.cues = cues.actors();
        this.keys = new NameKeys(this.cues);
    }

    /**
     * The source of a sentence, or null. Adds new sources to {@code actors} and their mentions to
     * {@code mentions}; records cited news sources in {@code cited}.
     */
    String source(View v, List<Mention> mentions, ArticleActors actors, String articleKey, List<String> cited) {
        for (int t = 0; t < v.size(); t++) {
            boolean reports = v.in(cues.report(), t) && v.tag(t, "VERB");
            if (reports) {
                Mention before = Clauses.endingAt(mentions, t);
                if (before == null) {
                    before = unknownSource(v, mentions, actors, articleKey, t);
                }
                if (before != null && before.kind() == Mention.Kind.MEDIA) {
                    cite(cited, before.key());
                    return before.key();
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
                    if (m.kind() == Mention.Kind.MEDIA) {
                        cite(cited, m.key());
                    }
                    return m.key();
                }
            }
        }
        for (int t = 0; t < v.size(); t++) {
            if (v.in(cues.speech(), t) && v.tag(t, "VERB") && !v.in(cues.pressAudience(), t + 1)) {
                List<Mention> speaker = Arguments.subject(v, mentions, Arguments.groupStart(v, t));
                if (speaker.size() == 1 && !speaker.get(0).pronoun()) {
                    return speaker.get(0).key();
                }
            }
        }
        return null;
    }

    private static void cite(List<String> cited, String key) {
        if (!cited.contains(key)) {
            cited.add(key);
        }
    }

    /** "The Straits Times reported": capitalised words right before a reporting verb, known to no gazetteer. */
    private Mention unknownSource(View v, List<Mention> mentions, ArticleActors actors, String articleKey, int verb) {
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
        actors.sources.putIfAbsent(key, new ArticleActors.Source(key, name, null, null));
        Mention m = new Mention(v.sentence().index(), start, verb, Mention.Kind.MEDIA, key, false, false);
        mentions.add(m);
        return m;
    }
}
