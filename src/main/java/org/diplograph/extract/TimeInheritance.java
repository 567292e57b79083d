package org.diplograph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.model.EventType;

/**
 * Dates an event the text does not date itself, from the event it belongs to: "During the meeting, X called on
 * Y" happened when the meeting did; "She will meet President X" during a trip happened within the trip's dates.
 * Only spans the text gives are passed on, never a guessed day.
 */
final class TimeInheritance {

    private TimeInheritance() {
    }

    /**
     * @param references sentence index → the event a definite reference in that sentence points to
     * @param party      the state or organisation an actor key stands for
     */
    static void apply(List<Candidate> events, Map<Integer, Candidate> references, Function<String, String> party) {
        for (Candidate c : events) {
            if (c.time != null) {
                continue;
            }
            Candidate referenced = references.get(c.sentence);
            if (referenced != null && referenced != c && referenced.time != null) {
                c.time = referenced.time;
            } else if (c.type == EventType.MEETING || c.type == EventType.VISIT || c.type == EventType.PHONE_CALL) {
                Candidate trip = trip(events, c, party);
                if (trip != null) {
                    c.time = trip.time;
                }
            }
        }
    }

    /** The dated visit by the same party this event takes place on: at the same host if there is one, else the latest before it. */
    private static Candidate trip(List<Candidate> events, Candidate c, Function<String, String> party) {
        Set<String> agents = parties(c.agents, party);
        Set<String> others = parties(c.participants, party);
        Candidate nearest = null;
        for (Candidate v : events) {
            if (v == c || v.type != EventType.VISIT || v.time == null || v.modality != c.modality
                    || v.sentence > c.sentence || disjoint(agents, parties(v.agents, party))) {
                continue;
            }
            Set<String> hosts = parties(v.counterparts, party);
            hosts.removeAll(parties(v.agents, party));
            if (!disjoint(others, hosts)) {
                return v;
            }
            if (nearest == null || v.sentence >= nearest.sentence) {
                nearest = v;
            }
        }
        return nearest;
    }

    private static Set<String> parties(Set<String> keys, Function<String, String> party) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            String p = party.apply(k);
            out.add(p == null ? k : p);
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
