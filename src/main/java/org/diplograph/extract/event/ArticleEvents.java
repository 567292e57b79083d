package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.extract.time.TimeExpression;
import org.diplograph.extract.time.TimeInheritance;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.EventType;
import org.diplograph.model.Gathering;
import org.diplograph.model.TimeSpan;

/**
 * The events of one article: read sentence by sentence into candidates (one per mention, per destination, with
 * the events they imply), then merged, dated from the events they belong to, checked (enough parties, two
 * different states for interactions) and returned as records. One per article; not thread-safe.
 */
public final class ArticleEvents {

    private final EventFinder finder;
    private final Gatherings gatherings;
    private final LocalDate published;
    private final List<Candidate> candidates = new ArrayList<>();
    private boolean discarded;

    ArticleEvents(EventFinder finder, Gatherings gatherings, LocalDate published) {
        this.finder = finder;
        this.gatherings = gatherings;
        this.published = published;
    }

    /** The story is one the CAMEO coder leaves alone (a story discard of PETRARCH's list: sports, history …). */
    public void discardStory() {
        discarded = true;
    }

    /**
     * Reads one sentence: the gatherings it names and what it says of them, then the events it states.
     *
     * @param source the actor or news source the sentence attributes its news to, or null
     * @param actors the actors of the article known before the events are read, by key
     */
    public void read(View v, List<Mention> mentions, List<TimeExpression> times, String source,
                     Map<String, Actor> actors) {
        List<Gatherings.Ref> refs = gatherings.find(v);
        Set<TimeExpression> used = new HashSet<>();
        for (Gatherings.Ref ref : refs) {
            used.addAll(gatherings.describe(v, ref, mentions, times, used, published));
        }
        var facts = new EventFinder.SentenceFacts(v, mentions, refs, times, Set.copyOf(used), source, !discarded);
        for (Candidate stated : finder.find(facts, published)) {
            for (Candidate c : perDestination(stated, actors)) {
                candidates.add(c);
                if (c.type() == EventType.VISIT && "043".equals(c.cameo())) {
                    candidates.add(c.hostedMeeting());
                }
                if (c.impliesInvitation() && !c.counterparts().isEmpty() && !c.agents().isEmpty()) {
                    candidates.add(c.impliedInvitation());
                }
            }
        }
    }

    /**
     * The events of the article, in text order: mentions of one event merged, undated ones dated from the event
     * they belong to, and only those with the parties their type needs.
     *
     * @param table      every actor of the article by key
     * @param articleKey the article's key, which the keys of its unnamed persons start with
     */
    public List<DiplomaticEvent> events(Map<String, Actor> table, String articleKey) {
        Function<String, String> party = k -> table.containsKey(k) ? table.get(k).party() : null;
        Map<String, Boolean> named = new HashMap<>();
        table.forEach((k, a) -> named.put(k, a.kind() == ActorKind.PERSON && !k.startsWith("person:" + articleKey)));
        EventMerger merger = new EventMerger(party, named);
        List<Candidate> merged = merger.merge(candidates);
        inheritTimes(merged, merger.references(), party);
        inferOrganizers(merged, table);
        List<DiplomaticEvent> result = new ArrayList<>();
        for (Candidate c : merged) {
            if (valid(c, table)) {
                result.add(c.toEvent(c.about() == null ? null : c.about().key(), published));
            }
        }
        result.sort(Comparator.comparing(DiplomaticEvent::anchor));
        return result;
    }

    /** The gatherings the article names. */
    public List<Gathering> gatherings() {
        return gatherings.gatherings();
    }

    /** The organisers of the gatherings the article names. */
    public List<String> organizers() {
        return gatherings.organizers();
    }

    private static void inheritTimes(List<Candidate> events, Map<Integer, Candidate> references,
                                     Function<String, String> party) {
        Map<Candidate, Integer> position = new IdentityHashMap<>();
        List<TimeInheritance.Event> dated = new ArrayList<>();
        for (Candidate c : events) {
            position.put(c, dated.size());
            dated.add(c.forTime());
        }
        Map<Integer, Integer> referenced = new HashMap<>();
        references.forEach((sentence, c) -> {
            if (position.containsKey(c)) {
                referenced.put(sentence, position.get(c));
            }
        });
        List<TimeSpan> times = TimeInheritance.inherit(dated, referenced, party);
        for (int i = 0; i < events.size(); i++) {
            events.get(i).dated(times.get(i));
        }
    }

    /**
     * "will travel to Jerusalem, Ramallah, Cairo, and Amman": one visit per host state, so that each stop can be
     * merged with what the article says about it; likewise "held calls with X and Y" are separate calls.
     */
    private static List<Candidate> perDestination(Candidate c, Map<String, Actor> table) {
        if (!(c.type() == EventType.VISIT || c.plural()) || c.counterparts().size() < 2) {
            return List.of(c);
        }
        Map<String, List<String>> byParty = new LinkedHashMap<>();
        for (String k : c.counterparts()) {
            Actor a = table.get(k);
            String party = a == null || a.party() == null ? k : a.party();
            byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(k);
        }
        if (byParty.size() < 2) {
            return List.of(c);
        }
        List<Candidate> out = new ArrayList<>();
        byParty.values().forEach(keys -> out.add(c.withCounterparts(keys)));
        return out;
    }

    /** The inviter of a gathering organises it unless the text names an organiser. */
    private static void inferOrganizers(List<Candidate> events, Map<String, Actor> table) {
        for (Candidate c : events) {
            if (c.type() == EventType.INVITATION && c.about() != null && c.about().organizer() == null
                    && !c.agents().isEmpty()) {
                String agent = c.agents().iterator().next();
                Actor a = table.get(agent);
                String party = a == null ? null : a.party();
                c.about().organisedBy(party == null ? agent : partyKey(party, table));
            }
        }
        for (Candidate c : events) {
            if (c.type() == EventType.DECLINED_INVITATION && c.counterparts().isEmpty() && c.about() != null
                    && c.about().organizer() != null && !c.agents().contains(c.about().organizer())) {
                c.counterpart(c.about().organizer());
            }
        }
    }

    private static String partyKey(String party, Map<String, Actor> table) {
        return table.containsKey("country:" + party) || !table.containsKey("org:" + party) ? "country:" + party
                : "org:" + party;
    }

    /**
     * An event needs two different states or organisations the text identifies (persons count for the state they
     * serve), as CAMEO codes events between two parties; for the other families the one who acts must be one of
     * them. An invitation or its refusal may name only one party when it names the gathering it is about.
     */
    private static boolean valid(Candidate c, Map<String, Actor> table) {
        if (c.participants().isEmpty() || c.evidence().isEmpty()) {
            return false;
        }
        Set<String> known = new HashSet<>();
        for (String p : c.participants()) {
            Actor a = table.get(p);
            if (a != null && a.party() != null) {
                known.add(a.party());
            }
        }
        boolean knownAgent = c.agents().stream().anyMatch(k -> table.containsKey(k) && table.get(k).party() != null);
        return switch (c.type()) {
            case PHONE_CALL, MEETING, CONSULTATION, NEGOTIATION, MEDIATION -> known.size() >= 2;
            case VISIT -> knownAgent && known.size() >= 2;
            case INVITATION, DECLINED_INVITATION -> knownAgent && (known.size() >= 2 || c.about() != null);
            default -> knownAgent && known.size() >= 2;
        };
    }
}
