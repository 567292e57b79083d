package org.diplograph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code cues.tsv}: named word lists, one per row. The cue records ask for their lists by name; a list they ask for
 * that the file lacks, a list no one asks for, a list defined twice, an entry that is not lower case or a value
 * that is not a number stops the start with the file and line.
 */
final class CueFile {

    static final String FILE = "cues.tsv";

    private final Map<String, Tsv.Row> rows = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final String where;
    private final int length;

    CueFile(LexiconSource source) {
        where = source.where(FILE);
        length = Tsv.length(source, FILE);
        for (Tsv.Row row : Tsv.rows(source, FILE, 2, 2, "name")) {
            Tsv.Row first = rows.putIfAbsent(row.cell(0), row);
            if (first != null) {
                throw row.error("list '" + row.cell(0) + "' is defined twice (first on line " + first.line() + ")");
            }
            if (Tsv.list(row.cell(1)).isEmpty()) {
                throw row.error("list '" + row.cell(0) + "' has no entries");
            }
        }
    }

    /** A list of lower-case words and phrases. */
    WordList words(String name) {
        Tsv.Row row = row(name);
        List<String> entries = Tsv.list(row.cell(1));
        for (String e : entries) {
            if (!e.equals(e.toLowerCase(Locale.ROOT))) {
                throw row.error("entry '" + e + "' of list '" + name + "' is not lower case (cues are matched against"
                        + " lower-case tokens)");
            }
        }
        return WordList.of(entries);
    }

    /** A list whose entries keep their case ("New Mexico"). */
    List<String> phrases(String name) {
        return List.copyOf(Tsv.list(row(name).cell(1)));
    }

    /** A list of {@code words=number} entries ("two=2"), each number within {@code [min, max]}. */
    NumberList numbers(String name, int min, int max) {
        Tsv.Row row = row(name);
        Map<String, Integer> out = new HashMap<>();
        for (String entry : Tsv.list(row.cell(1))) {
            int eq = entry.lastIndexOf('=');
            String value = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (eq <= 0 || !value.matches("-?\\d{1,4}")) {
                throw row.error("entry '" + entry + "' of list '" + name + "' is not words=number");
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw row.error("entry '" + entry + "' of list '" + name + "' is out of range (" + min + " to " + max
                        + ")");
            }
            out.put(entry.substring(0, eq).strip(), number);
        }
        return new NumberList(out);
    }

    /** An error about a list's row, for checks a cue record makes on the entries it read. */
    LexiconException error(String name, String reason) {
        return row(name).error(reason);
    }

    /** After every cue record has asked for its lists: a list that no rule reads is an error. */
    void checkAllRead() {
        for (Tsv.Row row : rows.values()) {
            if (!read.contains(row.cell(0))) {
                throw row.error("list '" + row.cell(0) + "' is read by no rule (remove it, or use it in the code)");
            }
        }
    }

    private Tsv.Row row(String name) {
        Tsv.Row row = rows.get(name);
        if (row == null) {
            throw new LexiconException(where, length, "list '" + name + "' is missing (the extractor reads it)");
        }
        read.add(name);
        return row;
    }
}
