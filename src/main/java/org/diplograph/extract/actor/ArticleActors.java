package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.sentence.Mention;

/**
 * The actors one article names, and where: the result of {@link ActorRecognizer}, to which {@link Attribution}
 * adds the news sources the text introduces. One per article; not thread-safe.
 */
public final class ArticleActors {

    /** A group acting for a state: "a delegation of US senators". */
    record Delegation(String key, String label, String country) {
    }

    /** A news source the article names: an outlet of the lexicon, or one the text introduces. */
    record Source(String key, String label, String code, String country) {
    }

    private final List<List<Mention>> mentions = new ArrayList<>();
    private final People people;
    private final Map<String, Delegation> delegations = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final String publisherCountry;

    ArticleActors(People people, String publisherCountry) {
        this.people = people;
        this.publisherCountry = publisherCountry;
    }

    /** The actor mentions of sentence {@code sentence}, in text order. */
    public List<Mention> mentionsIn(int sentence) {
        return Collections.unmodifiableList(mentions.get(sentence));
    }

    /** The mentions of the next sentence. */
    void addSentence(List<Mention> found) {
        mentions.add(new ArrayList<>(found));
    }

    /** A mention found after the first pass (a news source the text introduces). */
    void addMention(Mention m) {
        mentions.get(m.sentence()).add(m);
    }

    People people() {
        return people;
    }

    /** The state whose foreign service published the article, or null. */
    String publisherCountry() {
        return publisherCountry;
    }

    Collection<Delegation> delegations() {
        return Collections.unmodifiableCollection(delegations.values());
    }

    void addDelegation(Delegation d) {
        delegations.put(d.key(), d);
    }

    Collection<Source> sources() {
        return Collections.unmodifiableCollection(sources.values());
    }

    /** A news source, unless one with its key is known already. */
    void addSource(Source s) {
        sources.putIfAbsent(s.key(), s);
    }

    List<List<Mention>> allMentions() {
        return mentions.stream().map(Collections::unmodifiableList).toList();
    }
}
