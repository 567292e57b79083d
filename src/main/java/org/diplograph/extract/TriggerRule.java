package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.model.EventType;

/**
 * One row of {@code lexicon/triggers.tsv}: a head word that announces an event of some type, the words that must
 * follow it, the conditions under which it counts, and how the actors around it fill the event's roles.
 */
record TriggerRule(EventType type, String cameo, boolean verb, String head, List<String> then,
                   List<Need> needs, Map<String, String> frame, double confidence, EventType upgrade) {

    /** One condition of the "needs" column. */
    record Need(String kind, Set<String> words, Set<String> followers) {
    }

    static final String AGENT = "agent";
    static final String COUNTERPART = "counterpart";
    static final String PARTICIPANT = "participant";

    static TriggerRule parse(String[] row) {
        EventType type = EventType.byLocalName(row[0])
                .orElseThrow(() -> new IllegalStateException("triggers.tsv: unknown event type " + row[0]));
        String cameo = row[1].isEmpty() ? type.cameo() : row[1];
        boolean verb = row[2].equals("V");
        List<String> then = row[4].equals("-") ? List.of() : List.of(row[4].split(" "));
        List<Need> needs = new ArrayList<>();
        if (!row[5].equals("-")) {
            for (String part : row[5].split(";")) {
                needs.add(need(part.strip()));
            }
        }
        Map<String, String> frame = new LinkedHashMap<>();
        for (String slot : row[6].split(" ")) {
            String[] kv = slot.split("=");
            if (kv.length != 2) {
                throw new IllegalStateException("triggers.tsv: bad frame slot '" + slot + "' for " + row[3]);
            }
            frame.put(kv[0], kv[1]);
        }
        EventType upgrade = row[8].equals("-") || row[8].isEmpty() ? null
                : EventType.byLocalName(row[8]).orElseThrow(() -> new IllegalStateException("bad upgrade " + row[8]));
        return new TriggerRule(type, cameo, verb, row[3], then, needs, frame, Double.parseDouble(row[7]), upgrade);
    }

    private static Need need(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            return new Need(spec, Set.of(), Set.of());
        }
        String kind = spec.substring(0, eq);
        String value = spec.substring(eq + 1);
        if (kind.equals("objto")) {
            String[] parts = value.split(">");
            return new Need(kind, Set.copyOf(Tsv.list(parts[0])), Set.copyOf(Tsv.list(parts[1])));
        }
        return new Need(kind, Set.copyOf(Tsv.list(value)), Set.of());
    }

    /** The role a preposition (or "subj", "direct", "poss") gives an actor, or null when it gives none. */
    String role(String slot) {
        return frame.get(slot);
    }

    boolean needs(String kind) {
        return needs.stream().anyMatch(n -> n.kind().equals(kind));
    }
}
