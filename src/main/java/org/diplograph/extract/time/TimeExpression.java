package org.diplograph.extract.time;

import java.time.LocalDate;

import org.diplograph.model.TimeSpan;

/**
 * Words of a sentence that say when something happened, tokens {@code [start, end)}, with the rule that turns
 * them into dates once the publication date and the tense are known.
 */
public record TimeExpression(int start, int end, String words, Resolution resolution) {

    /** Dates for a publication day ({@code null} when unknown) and tense. */
    public interface Resolution {
        /** @return the span, or {@code null} bounds when it cannot be resolved without a publication date */
        TimeSpan resolve(LocalDate published, boolean future);
    }

    /** The span; in the past tense it ends at the latest on the publication day (a report cannot tell of later days). */
    public TimeSpan resolve(LocalDate published, boolean future) {
        TimeSpan span = resolution.resolve(published, future);
        if (span == null) {
            return TimeSpan.unresolved(words);
        }
        LocalDate latest = span.latest();
        if (!future && published != null && latest != null && latest.isAfter(published)
                && (span.earliest() == null || !span.earliest().isAfter(published))) {
            latest = published;
        }
        return new TimeSpan(span.earliest(), latest, words);
    }
}
