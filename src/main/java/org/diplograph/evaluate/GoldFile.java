package org.diplograph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads gold annotations in the JSON Lines format of docs/gold-format.md. */
public final class GoldFile {

    private GoldFile() {
    }

    /**
     * @throws GoldException naming the file, line and field of the first problem
     */
    public static List<GoldArticle> read(Path file) throws GoldException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GoldException(file + ": cannot read the gold file (" + e.getMessage() + ")");
        }
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                out.add(article(JSON.parse(line), i + 1, where));
            } catch (JsonException e) {
                throw new GoldException(where + ": not valid JSON (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static GoldArticle article(JsonObject o, int line, String where) throws GoldException {
        String article = string(o, "article", where);
        if (article == null) {
            throw new GoldException(where + ": missing \"article\"");
        }
        List<GoldEvent> events = new ArrayList<>();
        JsonValue list = o.get("events");
        if (list != null && list.isArray()) {
            for (JsonValue v : list.getAsArray()) {
                events.add(event(v.getAsObject(), where));
            }
        }
        Set<String> exhaustive = strings(o.get("exhaustive"));
        return new GoldArticle(article, date(o, "date", where), exhaustive, events, line);
    }

    private static GoldEvent event(JsonObject o, String where) throws GoldException {
        String type = string(o, "type", where);
        if (type == null) {
            throw new GoldException(where + ": an event without \"type\"");
        }
        String polarity = string(o, "polarity", where);
        String modality = string(o, "modality", where);
        return new GoldEvent(type, string(o, "cameo", where), strings(o.get("states")), strings(o.get("agent")),
                date(o, "date", where), date(o, "earliest", where), date(o, "latest", where),
                "negated".equals(polarity), modality == null ? "actual" : modality, string(o, "evidence", where));
    }

    private static String string(JsonObject o, String key, String where) throws GoldException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new GoldException(where + ": \"" + key + "\" must be a string");
        }
        return v.getAsString().value();
    }

    private static LocalDate date(JsonObject o, String key, String where) throws GoldException {
        String s = string(o, key, where);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new GoldException(where + ": \"" + key + "\" is not a YYYY-MM-DD date: " + s);
        }
    }

    private static Set<String> strings(JsonValue v) {
        Set<String> out = new LinkedHashSet<>();
        if (v != null && v.isArray()) {
            JsonArray a = v.getAsArray();
            a.forEach(x -> {
                if (x.isString()) {
                    out.add(x.getAsString().value());
                }
            });
        }
        return out;
    }
}
