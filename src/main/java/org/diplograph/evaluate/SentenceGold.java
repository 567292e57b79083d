package org.diplograph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A sentence annotated with CAMEO codes (docs/gold-format.md, "Sentence gold"): its text, its date and the events
 * it reports, each with source, target and code.
 */
public record SentenceGold(String id, String article, LocalDate date, String text, List<Coded> events) {

    /** One gold event: the parties on each side and the CAMEO code. */
    public record Coded(Set<String> source, Set<String> target, String cameo, boolean negated, String modality) {

        /** The scored key: CAMEO root and every party taking part. */
        public String key() {
            Set<String> states = new TreeSet<>(source);
            states.addAll(target);
            return root(cameo) + " " + String.join(",", states);
        }
    }

    public SentenceGold {
        events = List.copyOf(events);
    }

    static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    /** @throws GoldException naming the file, line and problem */
    public static List<SentenceGold> read(Path file) throws GoldException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GoldException(file + ": cannot read the gold file (" + e.getMessage() + ")");
        }
        List<SentenceGold> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                out.add(sentence(JSON.parse(lines.get(i)), where));
            } catch (JsonException e) {
                throw new GoldException(where + ": not valid JSON (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static SentenceGold sentence(JsonObject o, String where) throws GoldException {
        String text = text(o, "text", where);
        String id = o.hasKey("id") ? o.get("id").getAsString().value() : where;
        LocalDate date = null;
        if (o.hasKey("date") && o.get("date").isString()) {
            try {
                date = LocalDate.parse(o.get("date").getAsString().value());
            } catch (DateTimeException e) {
                throw new GoldException(where + ": \"date\" is not YYYY-MM-DD");
            }
        }
        List<Coded> events = new ArrayList<>();
        JsonValue list = o.get("events");
        if (list == null || !list.isArray()) {
            throw new GoldException(where + ": \"events\" must be a list (empty when the sentence reports none)");
        }
        for (JsonValue v : list.getAsArray()) {
            JsonObject e = v.getAsObject();
            String cameo = text(e, "cameo", where);
            if (!cameo.matches("[0-9]{2,4}")) {
                throw new GoldException(where + ": CAMEO code '" + cameo + "' is not 2 to 4 digits");
            }
            events.add(new Coded(codes(e, "source", where), codes(e, "target", where), cameo,
                    "negated".equals(optional(e, "polarity")), optional(e, "modality") == null ? "actual"
                    : optional(e, "modality")));
        }
        return new SentenceGold(id, o.hasKey("article") ? o.get("article").getAsString().value() : null, date, text,
                events);
    }

    private static Set<String> codes(JsonObject e, String field, String where) throws GoldException {
        JsonValue v = e.get(field);
        if (v == null || !v.isArray()) {
            throw new GoldException(where + ": an event needs \"" + field + "\" as a list of state codes");
        }
        Set<String> out = new TreeSet<>();
        for (JsonValue c : v.getAsArray()) {
            out.add(c.getAsString().value());
        }
        return out;
    }

    private static String text(JsonObject o, String field, String where) throws GoldException {
        JsonValue v = o.get(field);
        if (v == null || !v.isString() || v.getAsString().value().isBlank()) {
            throw new GoldException(where + ": missing \"" + field + "\"");
        }
        return v.getAsString().value();
    }

    private static String optional(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}
