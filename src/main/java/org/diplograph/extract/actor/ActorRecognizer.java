package org.diplograph.extract.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorDirectory;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.TriggerRule;
import org.diplograph.model.Article;
import org.diplograph.model.EventType;
import org.diplograph.model.NameMatch;
import org.diplograph.model.Role;

/**
 * Finds the actors of an article in two passes. The first collects persons from titles of office followed by
 * names ("Kenyan Foreign Minister Raychelle Omamo"), appositions ("Sameh Shoukry, Egypt's foreign
 * minister") and runs of proper nouns. The second marks every mention in document order: states by name,
 * demonym or capital, organisations, delegations, news sources, persons by full name, surname, title alone or
 * pronoun, each resolved to the actor it refers to.
 */
public final class ActorRecognizer {

    private final Lexicon lexicon;
    private final Cues cues;
    private final NameParser names;
    private final Set<String> meetingVerbs = new HashSet<>();

    public ActorRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues();
        this.names = new NameParser(lexicon);
        for (TriggerRule rule : lexicon.triggers()) {
            if (rule.verb() && (rule.type() == EventType.MEETING || rule.type() == EventType.VISIT)) {
                meetingVerbs.add(rule.head());
            }
        }
    }

    public ArticleActors recognise(Article article, List<View> views, String articleKey) {
        String publisher = publisher(article);
        DatedNames dated = new DatedNames(lexicon, article.published());
        People people = new People(new NameKeys(cues.actors()));
        PlaceContext places = new PlaceContext(cues.actors(), this::meetingVerb);
        for (View v : views) {
            places.enter(v);
            collectPersons(v, people, publisher == null ? null : places, dated);
            places.leave(v);
        }
        for (People.Person p : people.all()) {
            for (Role r : List.copyOf(p.roles())) {
                if (r.country() == null) {
                    String home = lexicon.names().titleCountry(r.title());
                    String country = home != null ? home : publisher;
                    if (country != null) {
                        p.addRole(new Role(r.title(), country));
                    }
                }
            }
        }
        ArticleActors actors = new ArticleActors(people, publisher);
        MentionFinder finder = new MentionFinder(lexicon, cues, names, actors, articleKey, dated);
        PlaceContext again = new PlaceContext(cues.actors(), this::meetingVerb);
        for (View v : views) {
            again.enter(v);
            actors.addSentence(finder.find(v, publisher == null ? null : again));
            again.leave(v);
        }
        return actors;
    }

    /**
     * A person the actor dictionaries know on the article's day: the state they serve and the office they hold.
     * Returns that state (null when the dictionaries do not know the person).
     */
    static String known(People.Person p, Optional<ActorDirectory.Resolved> resolved) {
        if (resolved.isEmpty()) {
            return null;
        }
        ActorDirectory.Resolved r = resolved.get();
        p.represent(r.party());
        if (r.office() != null) {
            p.addRole(new Role(r.office(), r.party()));
        }
        return r.party();
    }

    /** "Israeli President Rivlin, Prime Minister Netanyahu, and …": only list punctuation between two role phrases. */
    static boolean listed(View v, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (!v.is(t, ",") && !v.in(v.grammar().listConjunctions(), t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is a form of a verb that heads a meeting or visit trigger ("met", "visits", "received"). */
    private boolean meetingVerb(String lower) {
        for (String head : lexicon.inflections().heads(lower)) {
            if (meetingVerbs.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** The state whose foreign service published the article, from a publisher line near the top. */
    private String publisher(Article article) {
        if (article.publisher() != null) {
            String known = lexicon.names().countryNamed(article.publisher());
            if (known != null) {
                return known;
            }
        }
        String text = article.text();
        int pos = article.bodyStart();
        for (int line = 0; line < 8 && pos < text.length(); line++) {
            int end = text.indexOf('\n', pos);
            String content = text.substring(pos, end < 0 ? text.length() : end).strip();
            for (Gazetteers.Publisher p : lexicon.names().publishers()) {
                String lower = content.toLowerCase(java.util.Locale.ROOT);
                String cue = p.line().toLowerCase(java.util.Locale.ROOT);
                if (lower.equals(cue) || lower.endsWith(", " + cue)) {
                    return p.country();
                }
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return null;
    }

    /**
     * @param places where the text is, in official releases (null elsewhere): a title without a state named after
     *               a place serves that place's state, unless the title belongs to one state by itself
     */
    private void collectPersons(View v, People people, PlaceContext places, DatedNames dated) {
        int i = 0;
        NameParser.RolePhrase previous = null;
        String previousCountry = null;
        while (i < v.size()) {
            NameParser.RolePhrase phrase = names.rolePhrase(v, i);
            if (phrase != null) {
                String country = phrase.country() != null ? lexicon.names().partyCode(phrase.country())
                        : lexicon.names().titleCountry(phrase.title());
                if (country == null && previous != null && listed(v, previous.end(), phrase.start())) {
                    country = previousCountry;
                }
                if (!phrase.name().isEmpty()) {
                    People.Person p = people.register(phrase.name());
                    if (country == null) {
                        country = known(p, dated.person(phrase.name()));
                    }
                    if (country == null && places != null && p.represents() == null && places.met(v, phrase.start())) {
                        country = places.before(v, i);
                    }
                    p.addRole(new Role(phrase.title(), country));
                }
                previous = phrase;
                previousCountry = country;
                i = phrase.end();
                continue;
            }
            NameParser.Apposition apposition = names.apposition(v, i);
            if (apposition != null) {
                people.register(apposition.name()).addRole(new Role(apposition.title(), apposition.country()));
                i = apposition.nameEnd();
                continue;
            }
            NameMatch name = v.directoryName(i);
            if (name != null && name.start() == i && name.type().equals(Lexicon.ACTOR)) {
                Optional<ActorDirectory.Resolved> r = dated.named(name).filter(x -> x.kind() == ActorDirectory.Kind.PERSON);
                if (r.isPresent() && v.capitalised(i)) {
                    known(people.register(names.words(v, i, name.end())), r);
                    i = name.end();
                    continue;
                }
            }
            int end = v.sentence().headline() ? -1 : names.properNounRun(v, i);
            if (end > i) {
                List<String> words = names.words(v, i, end);
                known(people.register(words), dated.person(words));
                i = end;
                continue;
            }
            i++;
        }
    }
}
