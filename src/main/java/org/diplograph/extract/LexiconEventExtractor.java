package org.diplograph.extract;

import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.Cues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.EventType;
import org.diplograph.model.Extraction;
import org.diplograph.model.Gathering;
import org.diplograph.model.Modality;
import org.diplograph.model.Sentence;

/**
 * The rule-based extractor: lexicon-driven actor recognition, trigger rules per event type, merging of the
 * mentions of one event, and the final checks every event must pass (enough parties, two different states for
 * interactions). Thread-safe: all state lives in the call.
 */
public final class LexiconEventExtractor implements EventExtractor {

    private final Lexicon lexicon;
    private final Cues cues;
    private final ActorRecognizer recognizer;
    private final ActorTable actors;
    private final EventFinder events;
    private final TimeFinder times;
    private final Attribution attribution;

    public LexiconEventExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues();
        this.recognizer = new ActorRecognizer(lexicon, cues);
        this.actors = new ActorTable(lexicon);
        this.events = new EventFinder(lexicon, cues);
        this.times = new TimeFinder(cues);
        this.attribution = new Attribution(cues);
    }

    @Override
    public Extraction extract(AnalysedArticle analysed) {
        Article article = analysed.article();
        String articleKey = ArticleKeys.of(article);
        List<View> views = new ArrayList<>();
        for (Sentence s : analysed.sentences()) {
            views.add(new View(s, article.text(), cues.grammar()));
        }
        ArticleActors found = recognizer.recognise(article, views, articleKey);
        Gatherings gatherings = new Gatherings(cues, times::calendarWord);
        List<String> cited = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        LocalDate published = article.published();
        Map<String, Actor> early = actors.table(found);
        for (View v : views) {
            List<Mention> mentions = found.mentions.get(v.sentence().index());
            List<Gatherings.Ref> refs = gatherings.find(v);
            List<TimeExpression> expressions = times.find(v);
            Set<TimeExpression> used = new HashSet<>();
            for (Gatherings.Ref ref : refs) {
                gatherings.describe(v, ref, mentions, expressions, used, published);
            }
            String source = attribution.source(v, mentions, found, articleKey, cited);
            var facts = new EventFinder.SentenceFacts(v, mentions, refs, expressions, used, source);
            for (Candidate stated : events.find(facts, published)) {
                for (Candidate c : perDestination(stated, early)) {
                    candidates.add(c);
                    if (c.type == EventType.VISIT && "043".equals(c.cameo)) {
                        candidates.add(hostedMeeting(c));
                    }
                    if (c.impliesInvitation && !c.counterparts.isEmpty() && !c.agents.isEmpty()) {
                        candidates.add(impliedInvitation(c));
                    }
                }
            }
        }
        Map<String, Actor> table = actors.table(found);
        Map<String, Boolean> named = new HashMap<>();
        table.forEach((k, a) -> named.put(k, a.kind() == ActorKind.PERSON && !k.startsWith("person:" + articleKey)));
        EventMerger merger = new EventMerger(k -> table.containsKey(k) ? table.get(k).party() : null, named);
        List<Candidate> merged = merger.merge(candidates);
        TimeInheritance.apply(merged, merger.references(), k -> table.containsKey(k) ? table.get(k).party() : null);
        inferOrganizers(merged, table);
        List<DiplomaticEvent> result = new ArrayList<>();
        for (Candidate c : merged) {
            if (valid(c, table)) {
                result.add(event(c, article.published()));
            }
        }
        result.sort(Comparator.comparing(DiplomaticEvent::anchor));
        List<String> notes = new ArrayList<>(article.notes());
        long unresolved = result.stream().filter(e -> e.time() != null && !e.time().resolved()).count();
        if (unresolved > 0) {
            notes.add(unresolved + " event time(s) left unresolved: the article has no publication date");
        }
        return new Extraction(analysed, actors.used(table, found, result, gatherings, cited, article),
                gatherings(gatherings), result, cited, notes);
    }

    /**
     * "will travel to Jerusalem, Ramallah, Cairo, and Amman": one visit per host state, so that each stop can be
     * merged with what the article says about it; likewise "held calls with X and Y" are separate calls.
     */
    private static List<Candidate> perDestination(Candidate c, Map<String, Actor> table) {
        if (!(c.type == EventType.VISIT || c.plural) || c.counterparts.size() < 2) {
            return List.of(c);
        }
        Map<String, List<String>> byParty = new LinkedHashMap<>();
        for (String k : c.counterparts) {
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

    /** "X hosted a delegation from Y": the hosts met their guests, too. */
    private static Candidate hostedMeeting(Candidate visit) {
        Candidate meeting = visit.withCounterparts(visit.counterparts);
        meeting.type = EventType.MEETING;
        meeting.cameo = "043";
        return meeting;
    }

    /** "Chile declined an invitation by Peru": Peru invited Chile before the refusal. */
    private static Candidate impliedInvitation(Candidate decline) {
        Candidate c = new Candidate(EventType.INVITATION, EventType.INVITATION.cameo(), 0.6, decline.sentence);
        decline.counterparts.forEach(c::agent);
        decline.agents.forEach(c::counterpart);
        c.about = decline.about;
        c.evidence.addAll(decline.evidence);
        c.modalityMarked = true;
        c.source = decline.source;
        return c;
    }

    /** The inviter of a gathering organises it unless the text names an organiser. */
    private static void inferOrganizers(List<Candidate> events, Map<String, Actor> table) {
        for (Candidate c : events) {
            if (c.type == EventType.INVITATION && c.about != null && c.about.organizer == null && !c.agents.isEmpty()) {
                String agent = c.agents.iterator().next();
                Actor a = table.get(agent);
                String party = a == null ? null : a.party();
                c.about.organizer = party == null ? agent : partyKey(party, table);
            }
        }
        for (Candidate c : events) {
            if (c.type == EventType.DECLINED_INVITATION && c.counterparts.isEmpty() && c.about != null
                    && c.about.organizer != null && !c.agents.contains(c.about.organizer)) {
                c.counterpart(c.about.organizer);
            }
        }
    }

    private static String partyKey(String party, Map<String, Actor> table) {
        return table.containsKey("country:" + party) || !table.containsKey("org:" + party) ? "country:" + party : "org:" + party;
    }

    /**
     * Interactions need two different states or organisations the text identifies (persons count for the state
     * they serve); one-sided types need an agent who acts for a state or organisation.
     */
    private static boolean valid(Candidate c, Map<String, Actor> table) {
        if (c.participants.isEmpty() || c.evidence.isEmpty()) {
            return false;
        }
        Set<String> known = new java.util.HashSet<>();
        for (String p : c.participants) {
            Actor a = table.get(p);
            if (a != null && a.party() != null) {
                known.add(a.party());
            }
        }
        boolean knownAgent = c.agents.stream().anyMatch(k -> table.containsKey(k) && table.get(k).party() != null);
        return switch (c.type) {
            case PHONE_CALL, MEETING, CONSULTATION, NEGOTIATION, MEDIATION, VISIT -> known.size() >= 2;
            case INVITATION, DECLINED_INVITATION -> knownAgent && (known.size() >= 2 || c.about != null);
            default -> knownAgent;
        };
    }

    private static DiplomaticEvent event(Candidate c, LocalDate published) {
        Set<String> participants = new LinkedHashSet<>(c.agents);
        participants.addAll(c.counterparts);
        participants.addAll(c.participants);
        Modality modality = c.modality;
        return new DiplomaticEvent(c.type, c.cameo, List.copyOf(c.agents), List.copyOf(c.counterparts),
                List.copyOf(participants), c.about == null ? null : gatheringKey(c.about), c.polarity, modality,
                ActualTime.bound(c.time, modality, published), c.evidence, Math.round(c.confidence * 100) / 100.0,
                c.source);
    }

    private static List<Gathering> gatherings(Gatherings gatherings) {
        List<Gathering> out = new ArrayList<>();
        for (Gatherings.Entry e : gatherings.entries().values()) {
            if (!e.mentions.isEmpty()) {
                out.add(new Gathering(gatheringKey(e), e.label, gatherings.kind(e), e.organizer, e.virtual, e.time,
                        e.mentions));
            }
        }
        return out;
    }

    /** "gathering:democracy-summit": content words of the name; the year is added by the RDF identity scheme. */
    static String gatheringKey(Gatherings.Entry e) {
        return "gathering:" + e.words;
    }
}
