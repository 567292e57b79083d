package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon's tab-separated resource files: '#' starts a comment line; a header row is skipped. */
final class Tsv {

    private Tsv() {
    }

    /**
     * The rows of {@code /lexicon/<name>}, each padded to {@code columns} cells.
     *
     * @param header the first column's name, identifying an uncommented header row to skip
     */
    static List<String[]> rows(String name, int columns, String header) {
        String resource = "/lexicon/" + name;
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource " + resource + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (rows.isEmpty() && cells[0].equals(header)) {
                    continue;
                }
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) {
                    padded[i] = i < cells.length ? cells[i].strip() : "";
                }
                rows.add(padded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        return rows;
    }

    /** Splits a '|'-separated cell; empty cells and '-' give no values. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isEmpty() || cell.equals("-")) {
            return out;
        }
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
