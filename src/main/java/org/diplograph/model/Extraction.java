package org.diplograph.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one article.
 *
 * @param article    the analysed article
 * @param actors     every actor the events, roles and citations refer to
 * @param gatherings summits and conferences the events are about
 * @param events     the diplomatic events, one per real-world event
 * @param cited      actor keys of the sources the article cites ("… The Straits Times reported")
 * @param notes      things the user should know about this article (unresolved times, …)
 */
public record Extraction(AnalysedArticle article, List<Actor> actors, List<Gathering> gatherings,
                         List<DiplomaticEvent> events, List<String> cited, List<String> notes) {

    public Extraction {
        actors = List.copyOf(actors);
        gatherings = List.copyOf(gatherings);
        events = List.copyOf(events);
        cited = List.copyOf(cited);
        notes = List.copyOf(notes);
    }

    public Optional<Actor> actor(String key) {
        return actors.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public Article source() {
        return article.article();
    }
}
