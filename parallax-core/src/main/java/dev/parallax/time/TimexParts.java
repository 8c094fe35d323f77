package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known parts of a TIMEX3 value that may lack a year or be relative: {@code XXXX-07-11} (month and day),
 * {@code XXXX-WXX-5} (a Friday), {@code 2023-07} (a month of a year), with a range end day (and end month, when the
 * range crosses into another month: "from 30 November to 12 December") when the text gives one.
 */
public record TimexParts(Integer year, Integer month, Integer day, DayOfWeek weekday, Integer endDay, Integer endMonth) {

    public TimexParts(Integer year, Integer month, Integer day, DayOfWeek weekday, Integer endDay) {
        this(year, month, day, weekday, endDay, null);
    }

    private static final Pattern DATE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2}|XX)(?:-(\\d{2}|XX))?(?:T.*)?$");
    private static final Pattern WEEKDAY = Pattern.compile("^(?:\\d{4}|XXXX)-WXX-(\\d)(?:T.*)?$");

    /** The parts of a value, or null if it has neither a month nor a weekday (e.g. relative or a duration). */
    public static TimexParts of(String value) {
        if (value == null) return null;
        Matcher m = WEEKDAY.matcher(value);
        if (m.find()) return new TimexParts(null, null, null, DayOfWeek.of(Integer.parseInt(m.group(1))), null);
        m = DATE.matcher(value);
        if (!m.find()) return null;
        Integer y = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
        Integer mo = m.group(2).equals("XX") ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null || m.group(3).equals("XX") ? null : Integer.valueOf(m.group(3));
        if (mo == null || mo < 1 || mo > 12) return null;
        return new TimexParts(y, mo, d, null, null);
    }

    public TimexParts withWeekday(DayOfWeek w) {
        return new TimexParts(year, month, day, w, endDay, endMonth);
    }

    public TimexParts withEndDay(Integer d) {
        return new TimexParts(year, month, day, weekday, d, endMonth);
    }

    public TimexParts withYear(Integer y) {
        return new TimexParts(y, month, day, weekday, endDay, endMonth);
    }

    public boolean hasMonth() {
        return month != null;
    }

    /** The days these parts cover in a given year, or null if they do not form a valid date there. */
    public Interval in(int y) {
        if (month == null) return null;
        try {
            if (day == null) {
                YearMonth ym = YearMonth.of(y, month);
                return new Interval(ym.atDay(1), ym.atEndOfMonth());
            }
            LocalDate s = LocalDate.of(y, month, day);
            if (endDay != null && endMonth != null && endMonth != month.intValue()) {
                // "from 30 December to 2 January" ends in the next year.
                return new Interval(s, LocalDate.of(endMonth < month ? y + 1 : y, endMonth, endDay));
            }
            if (endDay != null && endDay > day) return new Interval(s, LocalDate.of(y, month, endDay));
            return Interval.day(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The days covered when the year is part of the value. */
    public Interval absolute() {
        return year == null ? null : in(year);
    }

    /** Years in [from, to] in which the stated day falls on the stated weekday ("Wednesday, July 12"). */
    public List<Integer> weekdayYears(int from, int to) {
        List<Integer> out = new ArrayList<>();
        if (weekday == null || month == null || day == null) return out;
        for (int y = from; y <= to; y++) {
            try {
                if (LocalDate.of(y, month, day).getDayOfWeek() == weekday) out.add(y);
            } catch (RuntimeException ignored) {
                // 29 February in a common year
            }
        }
        return out;
    }
}
