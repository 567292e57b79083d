package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.NameMatch;

/**
 * Mentions that stand for several actors at once: "the Foreign Ministers of Kazakhstan, the Kyrgyz Republic and
 * Tajikistan", "Israeli, Palestinian, and regional counterparts", "the two countries", and "they" for the group
 * named together last. One per article: it remembers the states and groups named so far.
 */
final class ListMentions {

    private final Lexicon lexicon;
    private final ActorCues cues;
    private final NameParser names;
    private final List<String> recentStates = new ArrayList<>();
    private List<String> lastGroup = List.of();

    ListMentions(Lexicon lexicon, Cues cues, NameParser names) {
        this.lexicon = lexicon;
        this.cues = cues.actors();
        this.names = names;
    }

    /** The mentions a list starting at token i stands for, or none. */
    List<Mention> at(View v, int i, int s) {
        List<Mention> listed = countryList(v, i, s);
        if (listed.isEmpty()) {
            listed = pair(v, i, s);
        }
        if (listed.isEmpty()) {
            listed = demonymList(v, i, s);
        }
        if (listed.isEmpty()) {
            listed = group(v, i, s);
        }
        return listed;
    }

    /** Remembers a state named, for "the two countries". */
    void stateNamed(String key) {
        recentStates.remove(key);
        recentStates.add(key);
    }

    /** "Envoy X and Chargé Y concluded …": two or more actors joined by "and" before a verb, for a later "they". */
    void rememberGroup(View v, List<Mention> mentions) {
        for (int a = 0; a < mentions.size(); a++) {
            List<String> keys = new ArrayList<>(List.of(mentions.get(a).key()));
            int b = a;
            while (b + 1 < mentions.size() && mentions.get(b + 1).actor()
                    && ActorRecognizer.listed(v, mentions.get(b).end(), mentions.get(b + 1).start())) {
                b++;
                keys.add(mentions.get(b).key());
            }
            if (b > a && mentions.get(a).actor() && verbFollows(v, mentions.get(b).end())) {
                lastGroup = List.copyOf(keys);
                return;
            }
        }
    }

    /** "they", "their": the group of actors named together last, one mention each. */
    private List<Mention> group(View v, int i, int s) {
        if (lastGroup.size() < 2 || !v.tag(i, "PRON") || !v.in(cues.groupPronouns(), i)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (String key : lastGroup) {
            Mention.Kind kind = key.startsWith("person:") ? Mention.Kind.PERSON : key.startsWith("org:")
                    ? Mention.Kind.ORGANIZATION : key.startsWith("delegation:") ? Mention.Kind.DELEGATION
                    : Mention.Kind.COUNTRY;
            out.add(new Mention(s, i, i + 1, kind, key, false, true));
        }
        return out;
    }

    /**
     * "the Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan, and Uzbekistan": a plural title with a
     * list of states stands for each of them; one mention per state (the first also covers the title).
     */
    private List<Mention> countryList(View v, int i, int s) {
        NameMatch prefix = v.nameStarting(i, Gazetteers.ORGANIZATION);
        NameMatch title = names.title(v, prefix == null ? i : prefix.end(), true);
        if (title == null || !v.lower(title.end() - 1).endsWith("s")
                || !(v.is(title.end(), "of") || v.is(title.end(), "from"))) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        int k = title.end() + 1;
        int start = i;
        while (k < v.size()) {
            if (v.is(k, "the") || v.is(k, ",") || v.in(v.grammar().listConjunctions(), k)) {
                k++;
                continue;
            }
            NameMatch c = v.nameStarting(k, Gazetteers.COUNTRY);
            if (c == null) {
                c = v.nameStarting(k, Gazetteers.ORGANIZATION);
            }
            if (c == null) {
                break;
            }
            out.add(collective(c, out.isEmpty() ? start : c.start(), c.end(), s));
            k = c.end();
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * "the two countries", "both sides", "the leaders of the two countries": the last two states named before,
     * one mention each (the first also covers "the leaders of").
     */
    private List<Mention> pair(View v, int i, int s) {
        int k = i;
        int official = v.match(cues.officialNouns(), i);
        if (official > 0 && v.is(i + official, "of")) {
            k = i + official + 1;
        }
        int words = v.match(cues.pairAnaphors(), k);
        if (words == 0 || recentStates.size() < 2) {
            return List.of();
        }
        int end = k + words;
        List<String> two = recentStates.subList(recentStates.size() - 2, recentStates.size());
        return List.of(new Mention(s, i, end - 1, Mention.Kind.COUNTRY, two.get(0), false, true),
                new Mention(s, end - 1, end, Mention.Kind.COUNTRY, two.get(1), false, true));
    }

    /** "Israeli, Palestinian, and regional counterparts": each demonym of the list stands for its state. */
    private List<Mention> demonymList(View v, int i, int s) {
        NameMatch first = v.nameStarting(i, Gazetteers.DEMONYM);
        if (first == null || !(v.is(first.end(), ",") || v.is(first.end(), "and"))) {
            return List.of();
        }
        List<NameMatch> demonyms = new java.util.ArrayList<>(List.of(first));
        int k = first.end();
        while (k < v.size() && k < first.end() + 12) {
            NameMatch d = v.nameStarting(k, Gazetteers.DEMONYM);
            if (d == null) {
                d = v.nameStarting(k, Gazetteers.COUNTRY);
            }
            if (d != null) {
                demonyms.add(d);
                k = d.end();
            } else if (v.is(k, ",") || v.is(k, "and") || v.tag(k, "ADJ")) {
                k++;
            } else {
                break;
            }
        }
        int noun = Math.max(v.match(cues.officialNouns(), k),
                Math.max(v.match(cues.counterpartNouns(), k), v.match(cues.memberNouns(), k)));
        if (noun == 0) {
            return List.of();
        }
        List<Mention> out = new java.util.ArrayList<>();
        for (int d = 0; d < demonyms.size(); d++) {
            NameMatch m = demonyms.get(d);
            int end = d == demonyms.size() - 1 ? k + noun : m.end();
            out.add(new Mention(s, m.start(), end, Mention.Kind.COUNTRY, "country:" + m.key(), false, false));
        }
        return out;
    }

    /** Whether a verb follows (over adverbs and an apposition's commas): the mention is a subject. */
    static boolean verbFollows(View v, int end) {
        for (int t = end; t < Math.min(v.size(), end + 3); t++) {
            if (v.tag(t, "VERB") || v.tag(t, "AUX")) {
                return true;
            }
            if (!v.tag(t, "ADV") && !v.is(t, ",")) {
                return false;
            }
        }
        return false;
    }

    private Mention collective(NameMatch name, int start, int end, int s) {
        if (name.type().equals(Gazetteers.ORGANIZATION)) {
            return new Mention(s, start, end, Mention.Kind.ORGANIZATION, "org:" + lexicon.names().partyCode(name.key()), false,
                    false);
        }
        return new Mention(s, start, end, Mention.Kind.COUNTRY, "country:" + name.key(), false, false);
    }
}
