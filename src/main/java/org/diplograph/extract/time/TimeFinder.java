package org.diplograph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Cues;
import org.diplograph.lexicon.NumberList;
import org.diplograph.lexicon.TimeCues;
import org.diplograph.model.TimeSpan;

/**
 * Finds time expressions in a sentence and knows how to resolve them against the publication date: "today",
 * "yesterday", "two days ago", "on Tuesday", "last week", "earlier this month", "next month", "since January",
 * "December 9-10", "15 December 2021", "in March". Vague ones ("a few days ago", "last week") give bounds, never an
 * invented day. Month and weekday names, units, number words and parts of the day come from {@code cues.tsv}.
 */
public final class TimeFinder {

    private final TimeCues cues;

    public TimeFinder(Cues cues) {
        this.cues = cues.time();
    }

    public List<TimeExpression> find(View v) {
        List<TimeExpression> found = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            TimeExpression e = at(v, i);
            if (e != null) {
                found.add(e);
                i = e.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private TimeExpression at(View v, int i) {
        String w = v.lower(i);
        TimeExpression e = relativeDay(v, i, w);
        if (e == null) {
            e = ago(v, i);
        }
        if (e == null) {
            e = period(v, i);
        }
        if (e == null) {
            e = calendarDate(v, i);
        }
        if (e == null) {
            e = weekday(v, i);
        }
        return e;
    }

    /** "today", "yesterday", "tomorrow"; "this morning" (today), "last night" (yesterday). */
    private TimeExpression relativeDay(View v, int i, String w) {
        NumberList.Found day = v.numberAt(cues.relativeDays(), i);
        if (day != null) {
            long offset = day.value();
            return expr(v, i, i + day.length(), (p, f) -> p == null ? null : TimeSpan.day(p.plusDays(offset), null));
        }
        boolean thisOrLast = w.equals("this") || w.equals("last");
        if (thisOrLast && v.in(cues.dayParts(), i + 1)) {
            long offset = w.equals("this") ? 0 : -1;
            return expr(v, i, i + 2, (p, f) -> p == null ? null : TimeSpan.day(p.plusDays(offset), null));
        }
        return null;
    }

    /** "two days ago", "a few weeks ago", "three months ago". */
    private TimeExpression ago(View v, int i) {
        NumberList.Found vague = v.numberAt(cues.vagueQuantities(), i);
        NumberList.Found quantity = vague != null ? vague : v.numberAt(cues.numbers(), i);
        int j = i;
        Integer n = null;
        if (quantity != null) {
            n = quantity.value();
            j += quantity.length();
        } else if (v.lower(i).matches("\\d{1,3}")) {
            n = Integer.parseInt(v.lower(i));
            j++;
        }
        ChronoUnit unit = j < v.size() ? cues.unit(v.lower(j)) : null;
        if (n == null || unit == null || !v.is(j + 1, "ago")) {
            return null;
        }
        int count = n;
        boolean fuzzy = vague != null;
        return expr(v, i, j + 2, (p, f) -> {
            if (p == null) {
                return null;
            }
            return switch (unit) {
                case DAYS -> fuzzy ? new TimeSpan(p.minusDays(9), p.minusDays(2), null)
                        : TimeSpan.day(p.minusDays(count), null);
                case WEEKS -> fuzzy ? new TimeSpan(p.minusWeeks(8), p.minusWeeks(1), null)
                        : week(p.minusWeeks(count));
                case MONTHS -> fuzzy ? new TimeSpan(p.minusMonths(8).withDayOfMonth(1), p.minusMonths(1), null)
                        : month(YearMonth.from(p.minusMonths(count)));
                default -> year(p.getYear() - count);
            };
        });
    }

    /**
     * "last week", "this month", "earlier this year", "next month", "over the weekend"; "the past week" and "the
     * past few days" (any vague quantity of days) are the seven days up to publication.
     */
    private TimeExpression period(View v, int i) {
        int j = i;
        String edge = null;
        if (v.is(j, "earlier") || v.is(j, "later")) {
            edge = v.lower(j);
            j++;
        }
        if (v.is(j, "over") && v.is(j + 1, "the") && v.is(j + 2, "weekend")) {
            return expr(v, i, j + 3, (p, f) -> p == null ? null : weekend(p, f ? 1 : -1));
        }
        if (v.is(j, "the") && (v.is(j + 1, "past") || v.is(j + 1, "last")) && j + 2 < v.size()) {
            NumberList.Found few = v.numberAt(cues.vagueQuantities(), j + 2);
            int unit = few == null ? j + 2 : j + 2 + few.length();
            boolean week = few == null && v.is(unit, "week");
            boolean days = few != null && unit < v.size() && cues.unit(v.lower(unit)) == ChronoUnit.DAYS;
            if (week || days) {
                return expr(v, i, unit + 1, (p, f) -> p == null ? null : new TimeSpan(p.minusDays(7), p, null));
            }
        }
        if (!(v.is(j, "last") || v.is(j, "this") || v.is(j, "next") || v.is(j, "past"))) {
            return null;
        }
        String which = v.lower(j);
        if (j + 1 >= v.size()) {
            return null;
        }
        String unit = v.lower(j + 1);
        int offset = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
        String part = edge;
        Month month = cues.months().get(unit);
        DayOfWeek day = cues.weekdays().get(unit);
        if (month != null && (!cues.ambiguousMonths().has(unit) || v.capitalised(j + 1))) {
            return expr(v, i, j + 2, (p, f) -> p == null ? null : monthNear(p, month, offset, f));
        }
        if (day != null) {
            return expr(v, i, j + 2, (p, f) -> p == null ? null : dayNear(p, day, offset == 0 ? (f ? 1 : -1) : offset));
        }
        return switch (unit) {
            case "week" -> expr(v, i, j + 2, (p, f) -> p == null ? null : clip(week(p.plusWeeks(offset)), p, part, f, offset));
            case "weekend" -> expr(v, i, j + 2, (p, f) -> p == null ? null : weekend(p, offset == 0 ? (f ? 1 : -1) : offset));
            case "month" -> expr(v, i, j + 2, (p, f) -> p == null ? null
                    : clip(month(YearMonth.from(p).plusMonths(offset)), p, part, f, offset));
            case "year" -> expr(v, i, j + 2, (p, f) -> p == null ? null : clip(year(p.getYear() + offset), p, part, f, offset));
            default -> null;
        };
    }

    /** "December 9", "Dec. 9-10", "9 December 2021", "December 2021", "in March", "since January", "2021-12-13". */
    private TimeExpression calendarDate(View v, int i) {
        String w = v.lower(i);
        if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate d = LocalDate.parse(w);
                return expr(v, i, i + 1, (p, f) -> TimeSpan.day(d, null));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Integer dayFirst = dayNumber(w);
        Integer dayFirstEnd = null;
        if (w.matches("\\d{1,2}[-–]\\d{1,2}")) {
            String[] range = w.split("[-–]");
            dayFirst = dayNumber(range[0]);
            dayFirstEnd = dayNumber(range[1]);
        }
        int m = dayFirst != null ? i + 1 : i;
        if (dayFirst != null && v.is(m, "of")) {
            m++;
        }
        Month month = m < v.size() ? cues.months().get(v.lower(m)) : null;
        if (month == null || cues.ambiguousMonths().has(v.lower(m)) && !v.capitalised(m)) {
            return null;
        }
        int j = m + 1;
        Integer day = dayFirst;
        Integer day2 = dayFirstEnd;
        if (day == null && j < v.size() && v.lower(j).matches("\\d{1,2}[-–]\\d{1,2}")) {
            String[] range = v.lower(j).split("[-–]");
            day = dayNumber(range[0]);
            day2 = dayNumber(range[1]);
            j++;
        } else if (day == null && j + 1 < v.size() && v.lower(j).matches("\\d{1,2}[-–]")
                && dayNumber(v.lower(j + 1)) != null) {
            day = dayNumber(v.lower(j).substring(0, v.lower(j).length() - 1));
            day2 = dayNumber(v.lower(j + 1));
            j += 2;
        } else if (day == null && j < v.size() && dayNumber(v.lower(j)) != null) {
            day = dayNumber(v.lower(j));
            j++;
        }
        if (day != null && j + 1 < v.size() && (v.is(j, "-") || v.is(j, "–") || v.is(j, "to") || v.is(j, "and"))
                && dayNumber(v.lower(j + 1)) != null) {
            day2 = dayNumber(v.lower(j + 1));
            j += 2;
        } else if (day != null && j < v.size() && v.lower(j).matches("[-–]\\d{1,2}")) {
            day2 = dayNumber(v.lower(j).substring(1));
            j++;
        }
        Integer year = null;
        int k = v.is(j, ",") ? j + 1 : j;
        if (k < v.size() && v.lower(k).matches("(19|20)\\d\\d")) {
            year = Integer.parseInt(v.lower(k));
            j = k + 1;
        }
        int start = i;
        boolean since = false;
        if (dayFirst == null && i > 0 && (v.is(i - 1, "in") || v.is(i - 1, "since") || v.is(i - 1, "on")
                || v.is(i - 1, "until"))) {
            start = i - 1;
            since = v.is(i - 1, "since");
        }
        if (day == null && year == null && start == i) {
            return null;
        }
        Integer d1 = day;
        Integer d2 = day2;
        Integer y = year;
        boolean fromOnwards = since;
        return expr(v, start, j, (p, f) -> {
            int yr;
            if (y != null) {
                yr = y;
            } else if (p == null) {
                return null;
            } else {
                yr = inferYear(p, month, d1 == null ? 1 : d1, f);
            }
            YearMonth ym = YearMonth.of(yr, month);
            if (d1 == null) {
                TimeSpan whole = month(ym);
                return fromOnwards && p != null && !p.isBefore(whole.earliest()) ? new TimeSpan(whole.earliest(), p, null)
                        : whole;
            }
            if (d1 > ym.lengthOfMonth() || (d2 != null && (d2 > ym.lengthOfMonth() || d2 < d1))) {
                return null;
            }
            LocalDate from = ym.atDay(d1);
            return new TimeSpan(from, d2 == null ? from : ym.atDay(d2), null);
        });
    }

    /** "on Tuesday", "Tuesday night": the latest such day not after publication, or the next one in the future. */
    private TimeExpression weekday(View v, int i) {
        DayOfWeek day = cues.weekdays().get(v.lower(i));
        if (day == null || !v.capitalised(i)) {
            return null;
        }
        int start = v.is(i - 1, "on") ? i - 1 : i;
        int end = i + 1;
        if (v.in(cues.dayParts(), end)) {
            end++;
        }
        return expr(v, start, end, (p, f) -> p == null ? null : dayNear(p, day, f ? 1 : 0));
    }

    private TimeExpression expr(View v, int start, int end, TimeExpression.Resolution r) {
        return new TimeExpression(start, end, v.span(start, end), r);
    }

    private static Integer dayNumber(String w) {
        String digits = w.replaceAll("(st|nd|rd|th)$", "");
        if (digits.matches("\\d{1,2}")) {
            int d = Integer.parseInt(digits);
            return d >= 1 && d <= 31 ? d : null;
        }
        return null;
    }

    /**
     * The year that puts month/day on the side of the publication date the tense points to: in the past tense not
     * after it; in the future tense not more than two months before it (releases are often dated after the trip
     * they announce).
     */
    private static int inferYear(LocalDate p, Month month, int day, boolean future) {
        LocalDate candidate = YearMonth.of(p.getYear(), month).atDay(Math.min(day, YearMonth.of(p.getYear(), month).lengthOfMonth()));
        if (!future && candidate.isAfter(p)) {
            return p.getYear() - 1;
        }
        if (future && candidate.isBefore(p.minusDays(60))) {
            return p.getYear() + 1;
        }
        return p.getYear();
    }

    private static TimeSpan week(LocalDate any) {
        LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeSpan(monday, monday.plusDays(6), null);
    }

    private static TimeSpan weekend(LocalDate p, int direction) {
        if (direction < 0) {
            LocalDate sunday = p.getDayOfWeek() == DayOfWeek.SUNDAY ? p : p.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            return new TimeSpan(sunday.minusDays(1), sunday, null);
        }
        LocalDate saturday = p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new TimeSpan(saturday, saturday.plusDays(1), null);
    }

    private static TimeSpan month(YearMonth ym) {
        return new TimeSpan(ym.atDay(1), ym.atEndOfMonth(), null);
    }

    private static TimeSpan year(int y) {
        return new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null);
    }

    /** "this week" etc.: in the past tense up to publication, in the future from it; "earlier"/"later" likewise. */
    private static TimeSpan clip(TimeSpan period, LocalDate p, String edge, boolean future, int offset) {
        if (offset != 0) {
            return period;
        }
        boolean before = "earlier".equals(edge) || edge == null && !future;
        if (before) {
            return new TimeSpan(period.earliest(), p.isBefore(period.latest()) ? p : period.latest(), null);
        }
        return new TimeSpan(p.isAfter(period.earliest()) ? p : period.earliest(), period.latest(), null);
    }

    private static TimeSpan monthNear(LocalDate p, Month month, int offset, boolean future) {
        int year = offset < 0 || (offset == 0 && !future) ? (month.getValue() <= p.getMonthValue() ? p.getYear() : p.getYear() - 1)
                : (month.getValue() >= p.getMonthValue() ? p.getYear() : p.getYear() + 1);
        if (offset == 0) {
            year = p.getYear();
        }
        return month(YearMonth.of(year, month));
    }

    /** direction -1: the last such day before publication; 0: the latest not after it; 1: the next after it. */
    private static TimeSpan dayNear(LocalDate p, DayOfWeek day, int direction) {
        LocalDate d = switch (direction) {
            case -1 -> p.with(TemporalAdjusters.previous(day));
            case 1 -> p.with(TemporalAdjusters.next(day));
            default -> p.with(TemporalAdjusters.previousOrSame(day));
        };
        return TimeSpan.day(d, null);
    }
}
