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

    /** Parses an article read today (a date line after tomorrow is not believed; see {@link #date}). */
    public static Article parse(String id, String text) {
        return parse(id, text, LocalDate.now());
    }

    /**
     * Parses an article; {@code today} is the day it is read on, for telling dates in the future. Invisible format
     * characters are taken out first ({@link FormatCharacters}); the article keeps the original for evidence offsets.
     */
    public static Article parse(String id, String file, LocalDate today) {
        FormatCharacters.Cleaned cleaned = FormatCharacters.clean(file);
        String text = cleaned.text();
        List<String> notes = new ArrayList<>();
        LocalDate published = null;
        int pos = 0;
        Matcher date = DATE_PREFIX.matcher(text);
        if (date.lookingAt()) {
            published = date(date.group(1), today, "date line", notes);
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
        int body = skipBlankLines(text, pos);
        int datelineAt = headline != null ? skipBlankLines(text, text.indexOf('\n', body) + 1) : body;
        Opening opening = opening(text, datelineAt);
        if (opening != null && headline == null) {
            body = opening.end();
        }
        return new Article(id, text, published, headline, Math.min(body, text.length()),
                opening == null ? null : opening.dateline(), opening == null ? null : opening.agency(), null, notes,
                false, cleaned.original());
    }

    /**
     * An article given as fields (a JSON Lines record): the text is the body, a dateline at its start is
     * recognised; the date, when present, is read like a date line.
     */
    public static Article fields(String id, String body, String date, String title, String publisher,
                                 LocalDate today) {
        FormatCharacters.Cleaned cleaned = FormatCharacters.clean(body);
        String text = cleaned.text();
        date = FormatCharacters.strip(date);
        title = FormatCharacters.strip(title);
        publisher = FormatCharacters.strip(publisher);
        List<String> notes = new ArrayList<>();
        LocalDate published = null;
        if (date == null || date.isBlank()) {
            notes.add("no date: relative times ('two days ago', 'last week') stay unresolved");
        } else {
            published = date(date.strip(), today, "date", notes);
        }
        int start = skipBlankLines(text, 0);
        Opening opening = opening(text, start);
        String headline = title == null || title.isBlank() ? null : title.strip();
        return new Article(id, text, published, headline, opening == null ? start : opening.end(),
                opening == null ? null : opening.dateline(), opening == null ? null : opening.agency(),
                publisher == null || publisher.isBlank() ? null : publisher.strip(), notes, false, cleaned.original());
    }

    /**
     * Reads a publication date. A malformed one, or one after tomorrow (a typing error or a wrong clock: the
     * article cannot have been published yet), is noted and the article is read as undated, so that no event
     * is dated from it.
     */
    static LocalDate date(String value, LocalDate today, String what, List<String> notes) {
        LocalDate published;
        try {
            published = LocalDate.parse(value);
        } catch (DateTimeException e) {
            notes.add("malformed " + what + " '" + value + "' (" + whyNotADay(value) + "): read as undated");
            return null;
        }
        if (published.isAfter(today.plusDays(1))) {
            notes.add(what + " " + value + " is in the future (today is " + today + "): read as undated");
            return null;
        }
        return published;
    }

    /** Why a date does not parse: its form, or the calendar ("February 2021 has 28 days"). */
    private static String whyNotADay(String value) {
        Matcher ymd = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(value);
        if (!ymd.matches()) {
            return "expected YYYY-MM-DD";
        }
        int month = Integer.parseInt(ymd.group(2));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(ymd.group(1)), month);
        return ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear()
                + " has " + ym.lengthOfMonth() + " days";
    }

    /** A dateline with its agency, and where the text after it starts. */
    private record Opening(Article.Dateline dateline, String agency, int end) {
    }

    /** The dateline that starts at {@code at}, or null. */
    private static Opening opening(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        Matcher line = DATELINE.matcher(text).region(at, text.length());
        if (!line.lookingAt() || !plausiblePlace(line.group("place"))) {
            return null;
        }
        String country = line.group("country") != null ? line.group("country") : line.group("country2");
        Article.Dateline dateline = new Article.Dateline(titleCase(line.group("place").strip()),
                country == null ? null : country.strip(), line.start("place"), line.end());
        return new Opening(dateline, line.group("agency").strip(), line.end());
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
