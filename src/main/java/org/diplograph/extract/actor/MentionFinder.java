package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.ActorDirectory;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.NameMatch;
import org.diplograph.model.Role;

/**
 * The second pass of {@link ActorRecognizer}: marks the actor mentions of each sentence in document order and
 * resolves surnames, bare titles and pronouns to the persons and states named before.
 */
final class MentionFinder {

    private final Lexicon lexicon;
    private final ActorCues cues;
    private final NameKeys keys;
    private final NameParser names;
    private final ArticleActors actors;
    private final String articleKey;
    private final DatedNames dated;

    private String lastPersonSubject;
    private String lastPerson;
    private String lastStateSubject;
    private int lastStateSentence = -10;
    private String lastDelegation;
    private String lastSource;
    private PlaceContext places;
    private final ListMentions lists;

    MentionFinder(Lexicon lexicon, Cues cues, NameParser names, ArticleActors actors, String articleKey,
                  DatedNames dated) {
        this.dated = dated;
        this.lexicon = lexicon;
        this.cues = cues.actors();
        this.keys = new NameKeys(this.cues);
        this.names = names;
        this.actors = actors;
        this.articleKey = articleKey;
        this.lists = new ListMentions(lexicon, cues, names);
    }

    /** @param places where the text is (official releases only), or null */
    List<Mention> find(View v, PlaceContext places) {
        this.places = places;
        List<Mention> out = new ArrayList<>();
        int s = v.sentence().index();
        int i = 0;
        while (i < v.size()) {
            List<Mention> listed = lists.at(v, i, s);
            if (!listed.isEmpty()) {
                out.addAll(listed);
                listed.forEach(m -> track(v, m));
                i = listed.get(listed.size() - 1).end();
                continue;
            }
            Mention m = mentionAt(v, i, s);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            track(v, m);
            i = m.end();
        }
        lists.rememberGroup(v, out);
        return out;
    }

    private Mention mentionAt(View v, int i, int s) {
        NameParser.RolePhrase role = names.rolePhrase(v, i);
        if (role != null) {
            return person(v, role, s);
        }
        NameMatch name = v.name(i);
        if (name != null && name.start() == i) {
            Mention m = named(v, name, s);
            if (m != null) {
                return m;
            }
        }
        String w = v.lower(i);
        int delegation = v.match(cues.delegationNouns(), i);
        if (delegation > 0) {
            return delegation(v, i, i + delegation, null, s);
        }
        int official = official(v, i);
        if (official > 0 && v.in(cues.collectivePrepositions(), i + official)) {
            int after = i + official + 1;
            int k = v.is(after, "the") ? after + 1 : after;
            NameMatch of = k < v.size() ? v.nameStarting(k, Gazetteers.COUNTRY) : null;
            if (of == null && k < v.size()) {
                of = v.nameStarting(k, Gazetteers.ORGANIZATION);
            }
            if (of != null) {
                return collective(of, i, of.end(), s);
            }
        }
        if (v.tag(i, "PRON") && cues.personPronouns().has(w)) {
            String who = lastPersonSubject != null ? lastPersonSubject : lastPerson;
            return who == null ? null : new Mention(s, i, i + 1, Mention.Kind.PERSON, who, false, true);
        }
        if (cues.statePronouns().has(w) && stateReference(v, i, i + 1, s)) {
            return new Mention(s, i, i + 1, Mention.Kind.COUNTRY, lastStateSubject, false, true);
        }
        int stateNoun = v.match(cues.stateNouns(), i);
        if (stateNoun > 0 && stateReference(v, i, i + stateNoun, s)) {
            return new Mention(s, i, i + stateNoun, Mention.Kind.COUNTRY, lastStateSubject, false, true);
        }
        int media = v.match(cues.mediaNouns(), i);
        if (media > 0 && v.is(i - 1, "the") && lastSource != null) {
            return new Mention(s, i - 1, i + media, Mention.Kind.MEDIA, lastSource, false, true);
        }
        Mention known = knownPerson(v, i, s);
        if (known != null) {
            return known;
        }
        NameMatch listed = v.directoryName(i);
        return listed != null && listed.start() == i ? named(v, listed, s) : null;
    }

    /** A country pronoun ("it", "its", "the country") in subject or possessor position, with a state to refer to. */
    private boolean stateReference(View v, int from, int to, int s) {
        if (lastStateSubject == null || s - lastStateSentence > 3) {
            return false;
        }
        boolean subject = v.tag(to, "VERB") || v.tag(to, "AUX") || v.tag(to, "ADV");
        boolean possessor = v.is(from, "its") || v.possessive(to);
        return subject || possessor;
    }

    private Mention person(View v, NameParser.RolePhrase role, int s) {
        People people = actors.people();
        String country = role.country() == null ? null : lexicon.names().partyCode(role.country());
        boolean plural = v.lower(role.end() - 1).endsWith("s") && !role.title().toLowerCase(java.util.Locale.ROOT).endsWith("s");
        if (role.name().isEmpty() && plural) {
            String state = country != null ? country : lexicon.names().titleCountry(role.title());
            if (state == null) {
                return null;
            }
            String kind = lexicon.names().organization(state) != null && lexicon.names().country(state) == null ? "org:" : "country:";
            return new Mention(s, role.start(), role.end(), kind.equals("org:") ? Mention.Kind.ORGANIZATION
                    : Mention.Kind.COUNTRY, kind + state, false, false);
        }
        People.Person p;
        if (!role.name().isEmpty()) {
            p = people.register(role.name());
        } else {
            p = people.holding(role.title(), country);
            if (p == null) {
                String state = country != null ? country : lexicon.names().titleCountry(role.title());
                if (state == null && places != null && places.met(v, role.start())) {
                    state = places.before(v, role.start());
                }
                if (state == null) {
                    state = actors.publisherCountry();
                }
                if (state == null) {
                    return null;
                }
                p = people.unnamed(role.title(), state, label(state), articleKey);
            }
        }
        p.addRole(new Role(role.title(), country));
        return new Mention(s, role.start(), role.end(), Mention.Kind.PERSON, p.key(), false, role.name().isEmpty());
    }

    private Mention named(View v, NameMatch name, int s) {
        switch (name.type()) {
            case Gazetteers.COUNTRY, Gazetteers.CAPITAL -> {
                int end = name.end();
                int delegation = v.match(cues.delegationNouns(), end);
                if (delegation > 0) {
                    return delegation(v, name.start(), end + delegation, name.key(), s);
                }
                boolean place = v.in(cues.locativePrepositions(), Clauses.before(v, name.start()))
                        || (name.type().equals(Gazetteers.CAPITAL) && v.is(name.start() - 1, "to"));
                return collective(name, name.start(), extendOfficial(v, end), s, place);
            }
            case Gazetteers.DEMONYM -> {
                int end = name.end();
                int k = end;
                while (k < v.size() && k < end + 5 && (v.tag(k, "ADJ") || v.is(k, "and") && v.tag(k + 1, "ADJ"))) {
                    k++;
                }
                int delegation = v.match(cues.delegationNouns(), k);
                if (delegation > 0) {
                    return delegation(v, name.start(), k + delegation, name.key(), s);
                }
                int counterpart = v.match(cues.counterpartNouns(), k);
                if (counterpart > 0) {
                    Mention named = namedCounterpart(v, name, k + counterpart, s);
                    if (named != null) {
                        return named;
                    }
                }
                int group = Math.max(official(v, k), v.match(cues.memberNouns(), k));
                if (group > 0) {
                    return collective(name, name.start(), k + group, s);
                }
                int media = v.match(cues.mediaNouns(), k);
                if (media > 0) {
                    return source(v, name.start(), k + media, name.key(), s);
                }
                return null;
            }
            case Gazetteers.ORGANIZATION -> {
                String key = "org:" + lexicon.names().partyCode(name.key());
                return new Mention(s, name.start(), extendOfficial(v, name.end()), Mention.Kind.ORGANIZATION, key,
                        false, false);
            }
            case Lexicon.ACTOR -> {
                return dated.named(name).map(r -> directoryActor(v, name, r, s)).orElse(null);
            }
            case Lexicon.SURNAME -> {
                People.Person before = actors.people().find(names.words(v, name.start(), name.end()));
                if (before != null) {
                    return new Mention(s, name.start(), name.end(), Mention.Kind.PERSON, before.key(), false, false);
                }
                return dated.surname(v, name).map(r -> {
                    People.Person p = actors.people().register(List.of(r.label().split(" ")));
                    ActorRecognizer.known(p, java.util.Optional.of(r));
                    return new Mention(s, name.start(), name.end(), Mention.Kind.PERSON, p.key(), false, false);
                }).orElse(null);
            }
            case Gazetteers.MEDIA -> {
                Gazetteers.Outlet o = lexicon.names().outlet(name.key());
                String key = "source:" + name.key().toLowerCase(java.util.Locale.ROOT);
                actors.addSource(new ArticleActors.Source(key, o.label(), o.code(), o.country()));
                return new Mention(s, name.start(), name.end(), Mention.Kind.MEDIA, key, false, false);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A name of the actor dictionaries: a person (registered with the state and office they hold on the article's
     * day), a state or one of its institutions or places, or an organisation. Only a capitalised name counts.
     */
    private Mention directoryActor(View v, NameMatch name, ActorDirectory.Resolved r, int s) {
        if (!v.capitalised(name.start())) {
            return null;
        }
        if (r.kind() == ActorDirectory.Kind.PERSON) {
            People.Person p = actors.people().register(names.words(v, name.start(), name.end()));
            ActorRecognizer.known(p, java.util.Optional.of(r));
            return new Mention(s, name.start(), name.end(), Mention.Kind.PERSON, p.key(), false, false);
        }
        if (r.organization()) {
            return new Mention(s, name.start(), extendOfficial(v, name.end()), Mention.Kind.ORGANIZATION,
                    "org:" + lexicon.names().partyCode(r.party()), false, false);
        }
        boolean place = v.in(cues.locativePrepositions(), Clauses.before(v, name.start()));
        return new Mention(s, name.start(), extendOfficial(v, name.end()), Mention.Kind.COUNTRY,
                "country:" + r.party(), place, false);
    }

    /** "his Russian counterpart Sergey Lavrov": a person serving the state the demonym names. */
    private Mention namedCounterpart(View v, NameMatch demonym, int nounEnd, int s) {
        int start = nounEnd;
        int end = names.nameEnd(v, start, false);
        if (end <= start) {
            return null;
        }
        People.Person p = actors.people().register(names.words(v, start, end));
        p.represent(demonym.key());
        return new Mention(s, demonym.start(), end, Mention.Kind.PERSON, p.key(), false, false);
    }

    private int extendOfficial(View v, int end) {
        return end + official(v, end);
    }

    /** Officials, government, military, police … standing for their state: the longest such noun at {@code i}. */
    private int official(View v, int i) {
        return Math.max(v.match(cues.officialNouns(), i), v.match(cues.stateAgents(), i));
    }

    private Mention collective(NameMatch name, int start, int end, int s) {
        return collective(name, start, end, s, false);
    }

    private Mention collective(NameMatch name, int start, int end, int s, boolean place) {
        if (name.type().equals(Gazetteers.ORGANIZATION)) {
            return new Mention(s, start, end, Mention.Kind.ORGANIZATION, "org:" + lexicon.names().partyCode(name.key()), place,
                    false);
        }
        return new Mention(s, start, end, Mention.Kind.COUNTRY, "country:" + name.key(), place, false);
    }

    /**
     * "a delegation of US senators", "a Chinese delegation", "a delegation led by X", "the delegation": tokens from
     * {@code start} to the end of the delegation noun, {@code nounEnd}, and what follows it.
     */
    private Mention delegation(View v, int start, int nounEnd, String country, int s) {
        int end = nounEnd;
        String state = country;
        if (state == null && (v.is(end, "of") || v.is(end, "from"))) {
            int k = v.is(end + 1, "the") ? end + 2 : end + 1;
            NameMatch of = k < v.size() ? v.name(k) : null;
            if (of != null && of.start() == k && (of.type().equals(Gazetteers.COUNTRY) || of.type().equals(Gazetteers.DEMONYM))) {
                state = of.key();
                end = of.end();
                while (end < v.size() && (v.match(cues.memberNouns(), end) > 0 || v.tag(end, "ADJ"))) {
                    end += Math.max(1, v.match(cues.memberNouns(), end));
                }
            }
        }
        int led = v.match(cues.delegationLeaders(), end);
        if (state == null && led > 0) {
            NameParser.RolePhrase leader = names.rolePhrase(v, end + led);
            if (leader != null && leader.country() != null) {
                state = leader.country();
            }
        }
        if (state == null) {
            boolean anaphor = v.is(start - 1, "the") && lastDelegation != null;
            return anaphor ? new Mention(s, start - 1, end, Mention.Kind.DELEGATION, lastDelegation, false, true) : null;
        }
        String serves = state;
        String key = "delegation:" + articleKey + "-" + serves.toLowerCase(java.util.Locale.ROOT) + "-"
                + (actors.delegations().size() + 1);
        ArticleActors.Delegation existing = actors.delegations().stream()
                .filter(d -> d.country().equals(serves)).reduce((a, b) -> b).orElse(null);
        if (existing == null) {
            actors.addDelegation(new ArticleActors.Delegation(key, delegationLabel(v, start, end), serves));
        } else {
            key = existing.key();
        }
        lastDelegation = key;
        return new Mention(s, start, end, Mention.Kind.DELEGATION, key, false, false);
    }

    private String delegationLabel(View v, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int t = start; t < end; t++) {
            if (b.length() > 0 && !v.possessive(t)) {
                b.append(' ');
            }
            b.append(v.text(t));
        }
        return b.toString();
    }

    /** "the Kenyan newspaper": the last source cited from that state, or a new unnamed source. */
    private Mention source(View v, int start, int end, String country, int s) {
        String key = actors.sources().stream().filter(src -> country.equals(src.country()))
                .map(ArticleActors.Source::key).reduce((a, b) -> b).orElse(null);
        if (key == null) {
            String label = delegationLabel(v, start, end);
            key = "source:" + articleKey + "-" + keys.slug(List.of(label));
            actors.addSource(new ArticleActors.Source(key, label, null, country));
        }
        return new Mention(s, v.is(start - 1, "the") ? start - 1 : start, end, Mention.Kind.MEDIA, key, false, true);
    }

    /** A name or surname of a person named before ("Lavrov", "Sergey Lavrov"). */
    private Mention knownPerson(View v, int i, int s) {
        if (!v.capitalised(i) || v.name(i) != null) {
            return null;
        }
        int start = i;
        while (start < v.size() && v.match(cues.honorifics(), start) > 0) {
            start += v.match(cues.honorifics(), start);
        }
        int end = names.nameEnd(v, start, false);
        if (end <= start) {
            return null;
        }
        People.Person p = actors.people().find(names.words(v, start, end));
        if (p == null) {
            return null;
        }
        return new Mention(s, i, end, Mention.Kind.PERSON, p.key(), false, false);
    }

    private String label(String code) {
        Gazetteers.Country c = lexicon.names().country(code);
        if (c != null) {
            return c.label();
        }
        Gazetteers.Organization o = lexicon.names().organization(code);
        return o != null ? o.label() : code;
    }

    /** Remembers subjects and recent names for the pronouns and bare references that follow. */
    private void track(View v, Mention m) {
        boolean subject = Clauses.subjectLike(v, m) && ListMentions.verbFollows(v, m.end());
        switch (m.kind()) {
            case PERSON -> {
                lastPerson = m.key();
                if (subject) {
                    lastPersonSubject = m.key();
                }
            }
            case COUNTRY, ORGANIZATION -> {
                if (!m.pronoun() && m.kind() == Mention.Kind.COUNTRY) {
                    lists.stateNamed(m.key());
                }
                if (subject && !m.pronoun() || m.pronoun()) {
                    lastStateSubject = m.key();
                    lastStateSentence = m.sentence();
                }
            }
            case MEDIA -> lastSource = m.key();
            default -> {
            }
        }
    }
}
