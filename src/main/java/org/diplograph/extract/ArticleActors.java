package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actors one article names, and where: the result of {@link ActorRecognizer}. */
final class ArticleActors {

    /** A group acting for a state: "a delegation of US senators". */
    record Delegation(String key, String label, String country) {
    }

    /** A news source the article names: an outlet of the lexicon, or one the text introduces. */
    record Source(String key, String label, String code, String country) {
    }

    final List<List<Mention>> mentions;
    final People people;
    final Map<String, Delegation> delegations = new LinkedHashMap<>();
    final Map<String, Source> sources = new LinkedHashMap<>();
    final String publisherCountry;

    ArticleActors(List<List<Mention>> mentions, People people, String publisherCountry) {
        this.mentions = mentions;
        this.people = people;
        this.publisherCountry = publisherCountry;
    }
}
