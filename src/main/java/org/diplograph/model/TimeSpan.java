package org.diplograph.model;

import java.time.LocalDate;

/**
 * When something happened, as far as the text says.
 *
 * @param earliest   first possible day, or {@code null}
 * @param latest     last possible day, or {@code null}
 * @param expression the words the time comes from ("two days ago"), or {@code null}
 */
public record TimeSpan(LocalDate earliest, LocalDate latest, String expression) {

    public TimeSpan {
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("time span ends before it starts: " + earliest + ".." + latest);
        }
    }

    public static TimeSpan day(LocalDate day, String expression) {
        return new TimeSpan(day, day, expression);
    }

    public static TimeSpan unresolved(String expression) {
        return new TimeSpan(null, null, expression);
    }

    /** The day, when the span is exactly one known day. */
    public LocalDate exactDay() {
        return earliest != null && earliest.equals(latest) ? earliest : null;
    }

    public boolean resolved() {
        return earliest != null || latest != null;
    }

    /** Whether two spans can describe the same time (they overlap, or one is unknown). */
    public boolean compatible(TimeSpan other) {
        if (other == null) {
            return true;
        }
        boolean startsAfterOtherEnds = earliest != null && other.latest != null && earliest.isAfter(other.latest);
        boolean endsBeforeOtherStarts = latest != null && other.earliest != null && latest.isBefore(other.earliest);
        return !startsAfterOtherEnds && !endsBeforeOtherStarts;
    }

    /** The tighter of two compatible spans: their intersection, keeping both expressions; this span when they conflict. */
    public TimeSpan narrow(TimeSpan other) {
        if (other == null || !compatible(other)) {
            return this;
        }
        LocalDate from = later(earliest, other.earliest);
        LocalDate to = earlier(latest, other.latest);
        String words = expression == null ? other.expression
                : other.expression == null || other.expression.equals(expression) ? expression
                : expression + "; " + other.expression;
        return new TimeSpan(from, to, words);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
