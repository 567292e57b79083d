package org.diplograph.model;

/** A span of the article text in char offsets, {@code [begin, end)}. */
public record TextSpan(int begin, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    public boolean overlaps(TextSpan other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(TextSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
