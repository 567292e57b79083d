package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.model.Article;
import org.diplograph.model.NameMatch;
import org.diplograph.model.Role;

/**
 * Finds the actors of an article in two passes. The first collects persons from titles of office followed by
 * names ("Pakistan Foreign Minister Shah Mehmood Qureshi"), appositions ("Sameh Shoukry, Egypt's foreign
 * minister") and runs of proper nouns. The second marks every mention in document order: states by name,
 * demonym or capital, organisations, delegations, news sources, persons by full name, surname, title alone or
 * pronoun, each resolved to the actor it refers to.
 */
final class ActorRecognizer {

    private final Lexicon lexicon;
    private final Cues cues;
    private final NameParser names;

    ActorRecognizer(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.names = new NameParser(cues);
    }

    ArticleActors recognise(Article article, List<View> views, String articleKey) {
        String publisher = publisher(article);
        People people = new People();
        for (View v : views) {
            collectPersons(v, people);
        }
        for (People.Person p : people.all()) {
            for (Role r : List.copyOf(p.roles())) {
                if (r.country() == null) {
                    String home = lexicon.titleCountry(r.title());
                    String country = home != null ? home : publisher;
                    if (country != null) {
                        p.addRole(new Role(r.title(), country));
                    }
                }
            }
        }
        ArticleActors actors = new ArticleActors(new ArrayList<>(), people, publisher);
        MentionFinder finder = new MentionFinder(lexicon, cues, names, actors, articleKey);
        for (View v : views) {
            actors.mentions.add(finder.find(v));
        }
        return actors;
    }

    /** The state whose foreign service published the article, from a publisher line near the top. */
    private String publisher(Article article) {
        if (article.publisher() != null) {
            String known = lexicon.countryNamed(article.publisher());
            if (known != null) {
                return known;
            }
        }
        String text = article.text();
        int pos = article.bodyStart();
        for (int line = 0; line < 8 && pos < text.length(); line++) {
            int end = text.indexOf('\n', pos);
            String content = text.substring(pos, end < 0 ? text.length() : end).strip();
            for (Lexicon.Publisher p : lexicon.publishers()) {
                if (content.equalsIgnoreCase(p.line())) {
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

    private void collectPersons(View v, People people) {
        int i = 0;
        while (i < v.size()) {
            NameParser.RolePhrase phrase = names.rolePhrase(v, i);
            if (phrase != null) {
                if (!phrase.name().isEmpty()) {
                    people.register(phrase.name()).addRole(new Role(phrase.title(), phrase.country()));
                }
                i = phrase.end();
                continue;
            }
            NameParser.Apposition apposition = names.apposition(v, i);
            if (apposition != null) {
                people.register(apposition.name()).addRole(new Role(apposition.title(), apposition.country()));
                i = apposition.nameEnd();
                continue;
            }
            int end = v.sentence.headline() ? -1 : names.properNounRun(v, i);
            if (end > i) {
                people.register(names.words(v, i, end));
                i = end;
                continue;
            }
            i++;
        }
    }
}
