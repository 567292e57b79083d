package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
            boolean describesReferenced = c.type() == EventType.CONSULTATION && references.containsKey(c.sentence());
            if (c.reference() || describesReferenced) {
                Candidate target = refer(events, c);
                if (target != null) {
                    references.put(c.sentence(), target);
                }
                continue;
            }
            Candidate first = c.twin() == null ? null : absorbedInto.getOrDefault(c.twin(), c.twin());
            if (first != null && first.type().unify(c.type()).isPresent()) {
                c.retype(first.type(), first.cameo());
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
                same.absorb(c);
                absorbedInto.put(c, same);
            }
        }
        return events;
    }

    /** "During the meeting, …": adds the sentence as evidence of the latest event of that type, and returns it. */
    private static Candidate refer(List<Candidate> events, Candidate c) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Candidate e = events.get(i);
            if (e.type().unify(c.type()).isPresent() && e.polarity() == c.polarity()) {
                e.evidence(c.evidence().get(0));
                return e;
            }
        }
        return null;
    }

    boolean compatible(Candidate a, Candidate b) {
        if (a.type().unify(b.type()).isEmpty() || a.polarity() != b.polarity()) {
            return false;
        }
        if (a.dictionary() != b.dictionary()) {
            return false; // a call or meeting of the trigger rules takes no parties from a verb the dictionary coded
        }
        if (b.additional() && a.sentence() != b.sentence() && a.type() == b.type()) {
            return false;
        }
        if (a.modality() != b.modality() && a.modalityMarked() && b.modalityMarked()) {
            return false;
        }
        if (a.about() != null && b.about() != null && a.about() != b.about()) {
            return false;
        }
        if (a.time() != null && !a.time().compatible(b.time())) {
            return false;
        }
        Set<String> pa = parties(a.participants());
        Set<String> pb = parties(b.participants());
        if (pa.isEmpty() || pb.isEmpty()) {
            return a.about() != null && a.about() == b.about() && (pa.isEmpty() || pb.isEmpty());
        }
        if (!pa.containsAll(pb) && !pb.containsAll(pa)) {
            return false;
        }
        if (!SYMMETRIC.contains(a.type()) && !a.agents().isEmpty() && !b.agents().isEmpty()
                && disjoint(parties(a.agents()), parties(b.agents()))) {
            return false;
        }
        if (a.type() == EventType.STATEMENT && disjoint(a.agents(), b.agents())) {
            return false;
        }
        return !conflictingPersons(a, b);
    }

    /** Two different named persons acting for the same state make two events. */
    private boolean conflictingPersons(Candidate a, Candidate b) {
        for (String x : a.participants()) {
            if (!named.getOrDefault(x, false)) {
                continue;
            }
            for (String y : b.participants()) {
                if (named.getOrDefault(y, false) && !x.equals(y) && Objects.equals(party.apply(x), party.apply(y))
                        && party.apply(x) != null && !b.participants().contains(x) && !a.participants().contains(y)) {
                    return true;
                }
            }
        }
        return false;
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
