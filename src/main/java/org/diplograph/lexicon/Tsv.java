package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon's tab-separated files: '#' starts a comment line, blank lines are skipped, an uncommented header
 * row is skipped, and every other row must have the file's number of columns.
 */
final class Tsv {

    /** One data row: where it stands, and its cells (stripped). */
    record Row(String file, int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        LexiconException error(String reason) {
            return new LexiconException(file, line, reason);
        }
    }

    private Tsv() {
    }

    /**
     * The data rows of a file.
     *
     * @param header the first column's name, identifying an uncommented header row to skip
     */
    static List<Row> rows(LexiconSource source, String file, int minColumns, int maxColumns, String header) {
        String where = source.where(file);
        List<String> lines = source.lines(file)
                .orElseThrow(() -> new LexiconException(where, 0, "the file is missing"));
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (rows.isEmpty() && cells[0].strip().equals(header)) {
                continue;
            }
            if (cells.length < minColumns || cells.length > maxColumns) {
                String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns;
                throw new LexiconException(where, n + 1, "expected " + expected + " tab-separated columns, found "
                        + cells.length);
            }
            List<String> stripped = new ArrayList<>(cells.length);
            for (String c : cells) {
                stripped.add(c.strip());
            }
            if (stripped.get(0).isEmpty()) {
                throw new LexiconException(where, n + 1, "the first column is empty");
            }
            rows.add(new Row(where, n + 1, List.copyOf(stripped)));
        }
        return rows;
    }

    /** The number of lines of a file, for messages about what it lacks. */
    static int length(LexiconSource source, String file) {
        return source.lines(file).map(List::size).orElse(0);
    }

    /** Splits a '|'-separated cell, unmodifiable; empty cells and '-' give no values. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isEmpty() || cell.equals("-")) {
            return List.of();
        }
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }
}
