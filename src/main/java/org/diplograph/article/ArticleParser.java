package org.diplograph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.model.Article;

/**
 * Reads the header of an article text. Three forms are understood:
 * <ol>
 *   <li>wire style on one line: {@code date 2022-03-03 Nairobi [Kenya], March 3 (Xinhua): text…};</li>
 *   <li>corpus style: line 1 {@code date YYYY-MM-DD}, line 2 the headline, a blank line, the body;</li>
 *   <li>plain text without a date.</li>
 * </ol>
 * A dateline ("WASHINGTON, Dec 15 (Reuters) -", "Nairobi [Kenya], March 3 (Xinhua):") is recognised
 * at the start of the body in every form.
 */
public final class ArticleParser {

    private static final Pattern DATE_PREFIX =
            Pattern.compile("\\A\\uFEFF?[ \\t]*date[ \\t]+(\\S+)[ \\t]*");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "\\A(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?)"
                    + "(?:\\s*\\[(?<country>[^\\]\\n]{2,40})\\]|,\\s*(?<country2>\\p{Lu}[\\p{L} .'-]{2,30}?))?"
                    + "(?:,\\s*(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")(?:,\\s*\\d{4})?)?"
                    + "\\s*\\((?<agency>\\p{L}[\\p{L} .&-]{1,30})\\)\\s*(?::|-{1,2}|—|–)\\s*");

    private ArticleParser() {
    }

    public static Article parse(String id, String text) {
        List<String> notes = new ArrayList<>();
        LocalDate published = null;
        int pos = 0;
        Matcher date = DATE_PREFIX.matcher(text);
        if (date.lookingAt()) {
            published = parseDate(date.group(1), notes);
            pos = date.end();
        } else {
            notes.add("no date line: relative times ('two days ago', 'last week') stay unresolved");
        }
        String headline = null;
        int lineEnd = text.indexOf('\n', pos);
        boolean dateOnItsOwnLine = pos > 0 && text.substring(pos, lineEnd < 0 ? text.length() : lineEnd).isBlank();
        if (dateOnItsOwnLine && lineEnd >= 0) {
            pos = lineEnd + 1;
            int headlineEnd = text.indexOf('\n', pos);
            String first = text.substring(pos, headlineEnd < 0 ? text.length() : headlineEnd).strip();
            boolean followedByBlank = headlineEnd >= 0 && nextLineBlank(text, headlineEnd + 1)
                    && !text.substring(headlineEnd + 1).isBlank();
            if (!first.isEmpty() && followedByBlank) {
                headline = first;
            }
        }
        Article.Dateline dateline = null;
        String agency = null;
        int body = skipBlankLines(text, pos);
        int datelineAt = headline != null ? skipBlankLines(text, text.indexOf('\n', body) + 1) : body;
        Matcher line = DATELINE.matcher(text).region(datelineAt, text.length());
        if (datelineAt < text.length() && line.lookingAt() && plausiblePlace(line.group("place"))) {
            String country = line.group("country") != null ? line.group("country") : line.group("country2");
            dateline = new Article.Dateline(titleCase(line.group("place").strip()),
                    country == null ? null : country.strip(), line.start("place"), line.end());
            agency = line.group("agency").strip();
            if (headline == null) {
                body = line.end();
            }
        }
        return new Article(id, text, published, headline, Math.min(body, text.length()), dateline, agency, null, notes);
    }

    private static LocalDate parseDate(String value, List<String> notes) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            notes.add("malformed date line '" + value + "' (expected YYYY-MM-DD): read as undated");
            return null;
        }
    }

    private static boolean nextLineBlank(String text, int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end).isBlank();
    }

    private static int skipBlankLines(String text, int from) {
        int pos = Math.max(0, from);
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0 || !text.substring(pos, end).isBlank()) {
                break;
            }
            pos = end + 1;
        }
        return pos;
    }

    private static boolean plausiblePlace(String place) {
        return place.strip().split("\\s+").length <= 4;
    }

    /** "WASHINGTON" → "Washington"; mixed case is kept as written. */
    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
