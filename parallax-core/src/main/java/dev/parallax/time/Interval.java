package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A closed range of calendar days, and conversions between it and ISO / TIMEX3 date values. */
public record Interval(LocalDate start, LocalDate end) {

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    /** "this weekend": SUTime's week value with WE, Saturday and Sunday of that ISO week. */
    private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q(\\d)$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");

    public Interval {
        if (end.isBefore(start)) throw new IllegalArgumentException(start + " after " + end);
    }

    public static Interval day(LocalDate d) {
        return new Interval(d, d);
    }

    public boolean isDay() {
        return start.equals(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    public Interval intersect(Interval o) {
        LocalDate s = start.isAfter(o.start) ? start : o.start;
        LocalDate e = end.isBefore(o.end) ? end : o.end;
        return e.isBefore(s) ? null : new Interval(s, e);
    }

    /**
     * The days an absolute ISO / TIMEX3 value covers: {@code 2023-07-12}, {@code 2023-07}, {@code 2023},
     * {@code 2023-W28}, {@code 2023-Q3}, {@code 2023-SU}, {@code 202X}, a time on a day, or a range {@code A/B}.
     * Null for values with unknown parts ({@code XXXX-07-12}) or that are not dates.
     */
    public static Interval parse(String value) {
        if (value == null || value.isEmpty()) return null;
        int slash = value.indexOf('/');
        if (slash > 0) {
            Interval a = parse(value.substring(0, slash));
            Interval b = parse(value.substring(slash + 1));
            return a == null || b == null || b.end.isBefore(a.start) ? null : new Interval(a.start, b.end);
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.find()) return day(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            m = MONTH.matcher(value);
            if (m.find()) {
                LocalDate s = LocalDate.of(i(m, 1), i(m, 2), 1);
                return new Interval(s, s.with(TemporalAdjusters.lastDayOfMonth()));
            }
            m = YEAR.matcher(value);
            if (m.find()) return new Interval(LocalDate.of(i(m, 1), 1, 1), LocalDate.of(i(m, 1), 12, 31));
            m = WEEKEND.matcher(value);
            if (m.find()) {
                LocalDate s = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(DayOfWeek.SATURDAY);
                return new Interval(s, s.plusDays(1));
            }
            m = WEEK.matcher(value);
            if (m.find()) {
                LocalDate s = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(DayOfWeek.MONDAY);
                return new Interval(s, s.plusDays(6));
            }
            m = QUARTER.matcher(value);
            if (m.find()) {
                LocalDate s = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1);
                return new Interval(s, s.plusMonths(3).minusDays(1));
            }
            m = SEASON.matcher(value);
            if (m.find()) {
                int y = i(m, 1);
                return switch (m.group(2)) {
                    case "SP" -> new Interval(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                    case "SU" -> new Interval(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                    case "FA" -> new Interval(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                    default -> new Interval(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28));
                };
            }
            m = DECADE.matcher(value);
            if (m.find()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    /** This interval as an ISO value: a day, a whole month, a whole year, or a range of days {@code A/B}. */
    public String iso() {
        if (isDay()) return start.toString();
        if (start.getDayOfMonth() == 1 && end.equals(start.with(TemporalAdjusters.lastDayOfMonth()))) {
            return start.toString().substring(0, 7);
        }
        if (start.getDayOfYear() == 1 && end.equals(start.with(TemporalAdjusters.lastDayOfYear()))) {
            return start.toString().substring(0, 4);
        }
        return start + "/" + end;
    }

    @Override
    public String toString() {
        return iso();
    }
}
