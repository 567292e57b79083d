package org.diplograph.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue lists time expressions read: number words, vague quantities, units, month and weekday names, parts of
 * the day (and words for later the same day), and the days named relative to publication. Units must be days, weeks, months or years.
 */
public record TimeCues(NumberList numbers, NumberList vagueQuantities, Map<String, ChronoUnit> units,
                       Map<String, Month> months, WordList ambiguousMonths, Map<String, DayOfWeek> weekdays,
                       WordList dayParts, WordList laterSameDay, NumberList relativeDays) {

    private static final Set<ChronoUnit> UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
            ChronoUnit.YEARS);

    public TimeCues {
        units = Map.copyOf(units);
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
    }

    static TimeCues read(CueFile f) {
        Map<String, ChronoUnit> units = new HashMap<>();
        for (String unit : f.words("time-units").entries()) {
            String plural = unit.endsWith("s") ? unit : unit + "s";
            ChronoUnit u = UNITS.stream().filter(c -> c.name().equals(plural.toUpperCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> f.error("time-units", "unknown time unit '" + unit
                            + "' (day, week, month or year, singular or plural)"));
            units.put(unit, u);
        }
        Map<String, Month> months = new HashMap<>();
        f.numbers("months", 1, 12).values().forEach((name, n) -> months.put(name, Month.of(n)));
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        f.numbers("weekdays", 1, 7).values().forEach((name, n) -> weekdays.put(name, DayOfWeek.of(n)));
        WordList ambiguous = f.words("ambiguous-months");
        for (String m : ambiguous.entries()) {
            if (!months.containsKey(m)) {
                throw f.error("ambiguous-months", "'" + m + "' is not in the list 'months'");
            }
        }
        return new TimeCues(f.numbers("number-words", 0, 1000), f.numbers("vague-quantities", 0, 1000), units,
                months, ambiguous, weekdays, f.words("day-parts"), f.words("later-same-day"),
                f.numbers("relative-days", -7, 7));
    }

    /** The unit a word names ("weeks" → weeks), or null. */
    public ChronoUnit unit(String word) {
        return units.get(word);
    }

    /** Whether a lower-case word names a month or a weekday. */
    public boolean calendarWord(String lower) {
        return months.containsKey(lower) || weekdays.containsKey(lower);
    }
}
