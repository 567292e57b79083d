package org.diplograph.lexicon.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH dictionary file, the way PETRARCH's own reader sees them: lines starting with
 * {@code #} or {@code <!}, blank lines and XML comments (also across lines) are dropped, and a {@code #} ends the
 * content of a line. Each line keeps its number in the file, so problems can name it.
 */
public final class SourceLines {

    /** A content line: its 1-based number and its text without comment, trimmed at the right. */
    public record Line(int number, String text) {
    }

    private SourceLines() {
    }

    public static List<Line> read(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<Line> of(List<String> raw) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (inComment) {
                int close = line.indexOf("-->");
                if (close < 0) {
                    continue;
                }
                inComment = false;
                line = line.substring(close + 3);
            }
            int open = line.indexOf("<!--");
            while (open >= 0) {
                int close = line.indexOf("-->", open + 4);
                if (close < 0) {
                    inComment = true;
                    line = line.substring(0, open);
                    break;
                }
                line = line.substring(0, open) + line.substring(close + 3);
                open = line.indexOf("<!--");
            }
            if (line.startsWith("<!") || line.startsWith("#")) {
                continue;
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.stripTrailing();
            if (!line.isBlank()) {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }
}
