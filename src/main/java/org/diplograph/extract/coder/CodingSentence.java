package org.diplograph.extract.coder;

import java.util.List;

import org.diplograph.model.Chunk;

/**
 * What the pattern matcher sees of a sentence: lower-case tokens, their part-of-speech tags, the chunks, and the
 * spans of the actors found in it.
 */
public record CodingSentence(String[] lower, String[] tags, List<Chunk> chunks, List<Slot> actors) {

    /** An actor's tokens {@code [start, end)}; {@code ref} is whatever the caller needs to know it by. */
    public record Slot(int start, int end, Object ref) {
    }

    public CodingSentence {
        chunks = List.copyOf(chunks);
        actors = List.copyOf(actors);
    }

    public int size() {
        return lower.length;
    }

    boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    boolean tag(int i, String tag) {
        return i >= 0 && i < tags.length && tags[i].equals(tag);
    }

    Slot actorAt(int i) {
        for (Slot s : actors) {
            if (s.start() == i) {
                return s;
            }
        }
        return null;
    }

    Chunk chunkAt(int i) {
        for (Chunk c : chunks) {
            if (c.contains(i)) {
                return c;
            }
        }
        return null;
    }
}
