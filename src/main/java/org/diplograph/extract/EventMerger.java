package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.model.EventType;

/**
 * Merges the mentions of one real-world event within an article ("the call" in the headline, "spoke by phone"
 * in the lead, "his conversation with Kuleba" later) into one candidate. Two mentions are one event when their
 * types agree (or one refines the other), polarity and modality agree, times overlap, they concern the same
 * gathering, their parties are the same or one's are a subset of the other's, and no state is represented by two
 * different named persons.
 */
final class EventMerger {

    private static final Set<EventType> SYMMETRIC = Set.of(EventType.CONSULTATION, EventType.PHONE_CALL,
            EventType.MEETING, EventType.NEGOTIATION, EventType.MEDIATION, EventType.AGREEMENT);

    private final Function<String, String> party;
    private final Map<String, Boolean> named;

    /**
     * @param party the state or organisation an actor key stands for, or null
     * @param named whether an actor key is a named person
     */
    EventMerger(Function<String, String> party, Map<String, Boolean> named) {
        this.party = party;
        this.named = named;
    }

    /** Each candidate merged into an earlier one, and that one (by identity). */
    private final Map<Candidate, Candidate> absorbedInto = new java.util.IdentityHashMap<>();

    /** Sentence index → the event a definite reference in it ("during the meeting") points to. */
    private final Map<Integer, Candidate> references = new java.util.HashMap<>();

    Map<Integer, Candidate> references() {
        return references;
    }

    List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> events = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean describesReferenced = c.type == EventType.CONSULTATION && references.containsKey(c.sentence);
            if (c.reference || describesReferenced) {
                Candidate target = refer(events, c);
                if (target != null) {
                    references.put(c.sentence, target);
                }
                continue;
            }
            Candidate first = c.twin == null ? null : absorbedInto.getOrDefault(c.twin, c.twin);
            if (first != null && first.type.unify(c.type).isPresent()) {
                c.type = first.type;
                c.cameo = first.cameo;
            }
            Candidate same = null;
            for (int i = events.size() - 1; i >= 0 && same == null; i--) {
                if (events.get(i) != first && compatible(events.get(i), c)) {
                    same = events.get(i);
                }
            }
            if (same == null) {
                events.add(c);
            } else {
                absorb(same, c);
                absorbedInto.put(c, same);
            }
        }
        return events;
    }

    /** "During the meeting, …": adds the sentence as evidence of the latest event of that type, and returns it. */
    private static Candidate refer(List<Candidate> events, Candidate c) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Candidate e = events.get(i);
            if (e.type.unify(c.type).isPresent() && e.polarity == c.polarity) {
                if (!e.evidence.contains(c.evidence.get(0))) {
                    e.evidence.add(c.evidence.get(0));
                }
                return e;
            }
        }
        return null;
    }

    boolean compatible(Candidate a, Candidate b) {
        if (a.type.unify(b.type).isEmpty() || a.polarity != b.polarity) {
            return false;
        }
        if (b.additional && a.sentence != b.sentence && a.type == b.type) {
            return false;
        }
        if (a.modality != b.modality && a.modalityMarked && b.modalityMarked) {
            return false;
        }
        if (a.about != null && b.about != null && a.about != b.about) {
            return false;
        }
        if (a.time != null && !a.time.compatible(b.time)) {
            return false;
        }
        Set<String> pa = parties(a.participants);
        Set<String> pb = parties(b.participants);
        if (pa.isEmpty() || pb.isEmpty()) {
            return a.about != null && a.about == b.about && (pa.isEmpty() || pb.isEmpty());
        }
        if (!pa.containsAll(pb) && !pb.containsAll(pa)) {
            return false;
        }
        if (!SYMMETRIC.contains(a.type) && !a.agents.isEmpty() && !b.agents.isEmpty()
                && disjoint(parties(a.agents), parties(b.agents))) {
            return false;
        }
        if (a.type == EventType.STATEMENT && disjoint(a.agents, b.agents)) {
            return false;
        }
        return !conflictingPersons(a, b);
    }

    /** Two different named persons acting for the same state make two events. */
    private boolean conflictingPersons(Candidate a, Candidate b) {
        for (String x : a.participants) {
            if (!named.getOrDefault(x, false)) {
                continue;
            }
            for (String y : b.participants) {
                if (named.getOrDefault(y, false) && !x.equals(y) && Objects.equals(party.apply(x), party.apply(y))
                        && party.apply(x) != null && !b.participants.contains(x) && !a.participants.contains(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void absorb(Candidate e, Candidate c) {
        Optional<EventType> type = e.type.unify(c.type);
        if (type.isPresent() && type.get() != e.type) {
            e.type = type.get();
            e.cameo = c.cameo;
        }
        if (e.type == EventType.VISIT && "043".equals(e.cameo) && "042".equals(c.cameo)) {
            Set<String> hosts = new HashSet<>(e.agents);
            e.agents.clear();
            e.agents.addAll(e.counterparts);
            e.counterparts.clear();
            e.counterparts.addAll(hosts);
            e.cameo = "042";
        }
        boolean swap = e.type == EventType.VISIT && "042".equals(e.cameo) && "043".equals(c.cameo);
        for (String a : swap ? c.counterparts : c.agents) {
            if (!e.counterparts.contains(a)) {
                e.agent(a);
            }
        }
        for (String a : swap ? c.agents : c.counterparts) {
            if (!e.agents.contains(a)) {
                e.counterpart(a);
            }
        }
        e.participants.addAll(c.participants);
        for (var span : c.evidence) {
            if (!e.evidence.contains(span)) {
                e.evidence.add(span);
            }
        }
        e.time = e.time == null ? c.time : e.time.narrow(c.time);
        if (!e.modalityMarked && c.modalityMarked) {
            e.modality = c.modality;
            e.modalityMarked = true;
        }
        e.about = e.about != null ? e.about : c.about;
        e.source = e.source != null ? e.source : c.source;
        e.impliesInvitation |= c.impliesInvitation;
        e.confidence = Math.min(0.99, Math.max(e.confidence, c.confidence) + 0.03);
    }

    Set<String> parties(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            String p = party.apply(k);
            out.add(p != null ? p : k);
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
