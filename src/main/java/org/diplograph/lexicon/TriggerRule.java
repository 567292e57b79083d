package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.model.EventType;

/**
 * One row of {@code lexicon/triggers.tsv} ({@code origin} names the row, for provenance): a head word that announces an event of some type, the words that must
 * follow it, the conditions under which it counts, and how the actors around it fill the event's roles. Rows are
 * checked when read: an unknown event type, condition or role, or a bad number, names the row.
 */
public record TriggerRule(EventType type, String cameo, boolean verb, String head, List<String> then,
                          List<Need> needs, Map<String, Role> frame, double confidence, EventType upgrade,
                          String origin) {

    static final String FILE = "triggers.tsv";

    /** The kinds of condition of the "needs" column; those that take words are written {@code kind=a|b}. */
    public enum Condition {
        OBJ("obj", true), OBJTO("objto", true), TO("to", true), ACTOR("actor", false), PHONE("phone", false),
        PREP("prep", true), GATHERING("gathering", false), NEGATED("negated", false), AFTER("after", true),
        POSS("poss", false), PASSIVE("passive", false);

        private final String written;
        private final boolean takesWords;

        Condition(String written, boolean takesWords) {
            this.written = written;
            this.takesWords = takesWords;
        }

        static Condition named(String written) {
            return Arrays.stream(values()).filter(c -> c.written.equals(written)).findFirst().orElse(null);
        }
    }

    /** The part an actor takes in the event. */
    public enum Role {
        AGENT, COUNTERPART, PARTICIPANT;

        static Role named(String written) {
            return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(written)).findFirst().orElse(null);
        }
    }

    /** One condition of the "needs" column; for {@code objto}, {@code followers} are the words after the noun. */
    public record Need(Condition kind, Set<String> words, Set<String> followers) {
    }

    public TriggerRule {
        then = List.copyOf(then);
        needs = List.copyOf(needs);
        frame = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frame));
    }

    static TriggerRule parse(Tsv.Row row) {
        EventType type = eventType(row, row.cell(0), "event type");
        String cameo = row.cell(1).isEmpty() ? type.cameo() : row.cell(1);
        if (!cameo.matches("\\d{2,4}")) {
            throw row.error("bad CAMEO code '" + cameo + "' (two to four digits, or empty for the type's own)");
        }
        String pos = row.cell(2);
        if (!pos.equals("V") && !pos.equals("N")) {
            throw row.error("part of speech must be V or N, not '" + pos + "'");
        }
        String head = row.cell(3);
        if (!head.matches("[a-z][a-z-]*")) {
            throw row.error("head '" + head + "' must be one lower-case word");
        }
        List<String> then = row.cell(4).equals("-") || row.cell(4).isEmpty() ? List.of()
                : List.of(row.cell(4).split("\\s+"));
        List<Need> needs = new ArrayList<>();
        if (!row.cell(5).equals("-")) {
            for (String part : row.cell(5).split(";")) {
                needs.add(need(row, part.strip()));
            }
        }
        Map<String, Role> frame = frame(row, row.cell(6));
        double confidence;
        try {
            confidence = Double.parseDouble(row.cell(7));
        } catch (NumberFormatException e) {
            throw row.error("bad number '" + row.cell(7) + "' for the confidence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw row.error("confidence " + row.cell(7) + " is not between 0 and 1");
        }
        String up = row.cell(8);
        EventType upgrade = up.equals("-") || up.isEmpty() ? null : eventType(row, up, "upgrade type");
        return new TriggerRule(type, cameo, pos.equals("V"), head, then, needs, frame, confidence, upgrade,
                type.localName() + ": " + head + (then.isEmpty() ? "" : " " + String.join(" ", then)) + " ("
                        + row.file() + ":" + row.line() + ")");
    }

    /** A frame written "subj=agent direct=counterpart with=counterpart …", checked. */
    static Map<String, Role> frame(Tsv.Row row, String written) {
        Map<String, Role> frame = new LinkedHashMap<>();
        for (String slot : written.split("\\s+")) {
            String[] kv = slot.split("=", -1);
            if (kv.length != 2 || kv[0].isEmpty()) {
                throw row.error("bad frame slot '" + slot + "' (write slot=role, e.g. subj=agent)");
            }
            Role role = Role.named(kv[1]);
            if (role == null) {
                throw row.error("unknown role '" + kv[1] + "' in frame slot '" + slot
                        + "' (agent, counterpart or participant)");
            }
            frame.put(kv[0], role);
        }
        return frame;
    }

    private static EventType eventType(Tsv.Row row, String name, String what) {
        return EventType.byLocalName(name).orElseThrow(() -> row.error("unknown " + what + " '" + name + "'"));
    }

    private static Need need(Tsv.Row row, String spec) {
        int eq = spec.indexOf('=');
        String written = eq < 0 ? spec : spec.substring(0, eq);
        Condition kind = Condition.named(written);
        if (kind == null) {
            throw row.error("unknown condition '" + written + "' in needs (one of "
                    + Arrays.stream(Condition.values()).map(c -> c.written).toList() + ")");
        }
        if (kind.takesWords != eq >= 0) {
            throw row.error("condition '" + written + (kind.takesWords ? "' needs words: " + written + "=a|b"
                    : "' takes no words"));
        }
        if (!kind.takesWords) {
            return new Need(kind, Set.of(), Set.of());
        }
        String value = spec.substring(eq + 1);
        if (kind == Condition.OBJTO) {
            String[] parts = value.split(">", -1);
            if (parts.length != 2 || Tsv.list(parts[0]).isEmpty() || Tsv.list(parts[1]).isEmpty()) {
                throw row.error("condition 'objto' needs nouns>verbs, e.g. objto=proposal|offer>meet|visit");
            }
            return new Need(kind, Set.copyOf(Tsv.list(parts[0])), Set.copyOf(Tsv.list(parts[1])));
        }
        if (Tsv.list(value).isEmpty()) {
            throw row.error("condition '" + written + "' has no words");
        }
        return new Need(kind, Set.copyOf(Tsv.list(value)), Set.of());
    }

    /** The role a preposition (or "subj", "direct", "poss") gives an actor, or null when it gives none. */
    public Role role(String slot) {
        return frame.get(slot);
    }

    public boolean needs(Condition kind) {
        return needs.stream().anyMatch(n -> n.kind() == kind);
    }
}
