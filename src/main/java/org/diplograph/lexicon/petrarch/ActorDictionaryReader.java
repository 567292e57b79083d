package org.diplograph.lexicon.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PETRARCH actor dictionary (PETRARCH-2 {@code dictionaries.rst}, "Actor Dictionary"): a primary phrase
 * with an optional {@code [code]} or {@code [code date-restriction]}, synonyms on {@code +} lines, and further
 * restrictions on indented {@code [code restriction]} lines, where a restriction is {@code <date}, {@code >date} or
 * {@code date-date} and a date is YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY, as in PETRARCH).
 */
public final class ActorDictionaryReader {

    private final List<ActorDictionary.Entry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private List<List<String>> phrases;
    private String defaultCode;
    private List<ActorDictionary.Restriction> restrictions;
    private int entryLine;

    private ActorDictionaryReader() {
    }

    public static ActorDictionary read(List<SourceLines.Line> lines) {
        ActorDictionaryReader reader = new ActorDictionaryReader();
        for (SourceLines.Line line : lines) {
            reader.line(line.number(), line.text());
        }
        reader.close();
        return new ActorDictionary(List.copyOf(reader.entries), List.copyOf(reader.problems));
    }

    private void line(int number, String text) {
        String strip = text.strip();
        boolean indented = Character.isWhitespace(text.charAt(0));
        if (indented && strip.startsWith("[")) {
            if (phrases == null) {
                problems.add("line " + number + ": date restriction before any actor");
                return;
            }
            codes(number, strip);
        } else if (strip.startsWith("+")) {
            if (phrases == null) {
                problems.add("line " + number + ": synonym before any actor");
                return;
            }
            int bracket = strip.indexOf('[');
            addPhrase(number, bracket < 0 ? strip.substring(1) : strip.substring(1, bracket));
            if (bracket >= 0) {
                codes(number, strip.substring(bracket));
            }
        } else {
            close();
            phrases = new ArrayList<>();
            restrictions = new ArrayList<>();
            defaultCode = null;
            entryLine = number;
            int bracket = strip.indexOf('[');
            addPhrase(number, bracket < 0 ? strip : strip.substring(0, bracket));
            if (bracket >= 0) {
                codes(number, strip.substring(bracket));
            }
        }
    }

    private void addPhrase(int number, String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            problems.add("line " + number + ": empty actor phrase");
        } else {
            phrases.add(words);
        }
    }

    /** Every "[CODE]" or "[CODE restriction]" group in the text. */
    private void codes(int number, String text) {
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = text.indexOf(']', open);
            if (close < 0) {
                problems.add("line " + number + ": '[' without ']'");
                return;
            }
            String[] parts = text.substring(open + 1, close).strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                problems.add("line " + number + ": empty code");
            } else if (parts.length == 1) {
                defaultCode = parts[0];
            } else {
                // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]": spaces inside the restriction do not matter
                restriction(number, parts[0], String.join("", java.util.Arrays.asList(parts).subList(1, parts.length)));
            }
            open = text.indexOf('[', close);
        }
    }

    private void restriction(int number, String code, String spec) {
        try {
            if (spec.startsWith("<")) {
                restrictions.add(new ActorDictionary.Restriction(code, null, date(spec.substring(1))));
            } else if (spec.startsWith(">")) {
                restrictions.add(new ActorDictionary.Restriction(code, date(spec.substring(1)), null));
            } else if (spec.contains("-")) {
                String[] range = spec.split("-", 2);
                restrictions.add(new ActorDictionary.Restriction(code, date(range[0]), date(range[1])));
            } else {
                problems.add("line " + number + ": date restriction '" + spec + "' is not <date, >date or date-date");
            }
        } catch (DateTimeException | NumberFormatException e) {
            problems.add("line " + number + ": bad date in '" + spec + "' (" + e.getMessage() + "); restriction skipped");
        }
    }

    static LocalDate date(String s) {
        String d = s.strip();
        if (d.length() == 8) {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
        }
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
        }
        throw new DateTimeException("expected YYYYMMDD or YYMMDD");
    }

    private void close() {
        if (phrases != null && !phrases.isEmpty()) {
            entries.add(new ActorDictionary.Entry(List.copyOf(phrases), defaultCode, List.copyOf(restrictions),
                    entryLine));
        }
        phrases = null;
    }

    /** "WASHINGTON_D.C._" → [washington, d.c.]: words split at '_' and spaces, lower case. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("[_\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }
}
