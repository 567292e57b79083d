package org.diplograph.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH discard list (PETRARCH-2 {@code dictionaries.rst}, "Discard List"): one phrase per line,
 * {@code +} in front for a story-level discard, a final {@code _} when the last word must match whole.
 */
public final class DiscardReader {

    private DiscardReader() {
    }

    public static Discards read(List<SourceLines.Line> lines) {
        List<Discards.Discard> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SourceLines.Line line : lines) {
            String text = line.text().strip();
            boolean story = text.startsWith("+");
            if (story) {
                text = text.substring(1).strip();
            }
            boolean whole = text.endsWith("_");
            List<String> words = ActorDictionaryReader.words(text);
            if (words.isEmpty()) {
                problems.add("line " + line.number() + ": empty discard phrase");
                continue;
            }
            out.add(new Discards.Discard(words, story, whole, line.number()));
        }
        return new Discards(List.copyOf(out), List.copyOf(problems));
    }
}
