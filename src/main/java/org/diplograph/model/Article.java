package org.diplograph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its file.
 *
 * @param id         identifier given by the user: the path relative to the input argument, or the file name
 * @param text       the whole file content as analysed (invisible format characters taken out, see
 *                   {@link OriginalText}); every offset in the analysis points into this string
 * @param published  publication date, or {@code null} when the article carries none
 * @param headline   the headline, or {@code null}
 * @param bodyStart  char offset where the analysable text starts (after the date line or dateline)
 * @param dateline   place and country of the dateline, or {@code null}
 * @param agency     the news agency named in the dateline (e.g. "Reuters"), or {@code null}
 * @param publisher  who published the text when the file says so (e.g. a JSON Lines "source"), or {@code null}
 * @param notes      what the reader noticed and the user should know (a malformed date line, …)
 * @param idGiven    whether {@code id} is the source's own identifier (a JSON Lines "id"), which then names the
 *                   article in IRIs instead of the hash of its text
 * @param original   the text as the file has it, and how offsets in {@code text} map into it (evidence offsets
 *                   count in the original)
 */
public record Article(String id, String text, LocalDate published, String headline, int bodyStart,
                      Dateline dateline, String agency, String publisher, java.util.List<String> notes,
                      boolean idGiven, OriginalText original) {

    public Article(String id, String text, LocalDate published, String headline, int bodyStart,
                   Dateline dateline, String agency, String publisher, java.util.List<String> notes) {
        this(id, text, published, headline, bodyStart, dateline, agency, publisher, notes, false);
    }

    public Article(String id, String text, LocalDate published, String headline, int bodyStart,
                   Dateline dateline, String agency, String publisher, java.util.List<String> notes, boolean idGiven) {
        this(id, text, published, headline, bodyStart, dateline, agency, publisher, notes, idGiven,
                OriginalText.unchanged(text));
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        notes = java.util.List.copyOf(notes);
        Objects.requireNonNull(original, "original");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("body start " + bodyStart + " outside the text");
        }
    }

    /** The place line that opens wire reports: "Nairobi [Kenya], March 3 (Xinhua):". */
    public record Dateline(String place, String country, int begin, int end) {
        public Dateline {
            Objects.requireNonNull(place, "place");
        }
    }

    /** The same article, its id given by its source. */
    public Article withGivenId() {
        return new Article(id, text, published, headline, bodyStart, dateline, agency, publisher, notes, true, original);
    }

    public boolean dated() {
        return published != null;
    }
}
