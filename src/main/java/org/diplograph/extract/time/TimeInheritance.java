package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.model.TimeSpan;

/**
 * Dates an event the text does not date itself, from the event it belongs to: "During the meeting, X called on
 * Y" happened when the meeting did; "She will meet President X" during a trip happened within the trip's dates.
 * Only spans the text gives are passed on, never a guessed day.
 */
public final class TimeInheritance {

    /** What the rule needs to know of an event of the article. */
    public record Event(int sentence, EventType type, Modality modality, Set<String> agents,
                        Set<String> counterparts, Set<String> participants, TimeSpan time) {

        public Event {
            agents = Set.copyOf(agents);
            counterparts = Set.copyOf(counterparts);
            participants = Set.copyOf(participants);
        }
    }

    private TimeInheritance() {
    }

    /**
     * The time of each event, in order: its own, else the time of the event its sentence refers to, else (for
     * meetings, visits and calls) that of the trip it takes place on. Events are dated in order, so an event dated
     * by inheritance can pass its time on.
     *
     * @param references sentence index → position in {@code events} of the event a definite reference in that
     *                   sentence points to
     * @param party      the state or organisation an actor key stands for
     */
    public static List<TimeSpan> inherit(List<Event> events, Map<Integer, Integer> references,
                                         Function<String, String> party) {
        List<TimeSpan> times = new ArrayList<>();
        events.forEach(e -> times.add(e.time()));
        for (int i = 0; i < events.size(); i++) {
            Event c = events.get(i);
            if (times.get(i) != null) {
                continue;
            }
            Integer referenced = references.get(c.sentence());
            if (referenced != null && referenced != i && times.get(referenced) != null) {
                times.set(i, times.get(referenced));
            } else if (c.type() == EventType.MEETING || c.type() == EventType.VISIT
                    || c.type() == EventType.PHONE_CALL) {
                int trip = trip(events, times, i, party);
                if (trip >= 0) {
                    times.set(i, times.get(trip));
                }
            }
        }
        return times;
    }

    /** The dated visit by the same party this event takes place on: at the same host if there is one, else the latest before it. */
    private static int trip(List<Event> events, List<TimeSpan> times, int i, Function<String, String> party) {
        Event c = events.get(i);
        Set<String> agents = parties(c.agents(), party);
        Set<String> others = parties(c.participants(), party);
        int nearest = -1;
        for (int k = 0; k < events.size(); k++) {
            Event v = events.get(k);
            if (k == i || v.type() != EventType.VISIT || times.get(k) == null || v.modality() != c.modality()
                    || v.sentence() > c.sentence() || disjoint(agents, parties(v.agents(), party))) {
                continue;
            }
            Set<String> hosts = parties(v.counterparts(), party);
            hosts.removeAll(parties(v.agents(), party));
            if (!disjoint(others, hosts)) {
                return k;
            }
            if (nearest < 0 || v.sentence() >= events.get(nearest).sentence()) {
                nearest = k;
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
