package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an expression relative to the writing day names, for a given writing day: a weekday in the direction of
 * the tense ("said on Friday" is the Friday before), "last Friday" and "next Friday" in the week before or after,
 * "yesterday", "today", "tomorrow", and "this", "last" and "next" week, month or year. Lets the time stage ask what an expression
 * means on each day an article may have been written.
 */
final class Relative {

    /** SUTime's relative values: "OFFSET P-1D" (yesterday), "THIS P1W OFFSET P1W" (next week). */
    private static final Pattern OFFSET = Pattern.compile("^(?:THIS P1([DWMY]))?\\s*(?:OFFSET P(-?\\d+)([DWMY]))?$");
    private static final Pattern WEEKDAY_OFFSET = Pattern.compile("^XXXX-WXX-(\\d)(?:T\\S*)?\\s+OFFSET P(-?\\d+)W$");
    /** "this Wednesday" (SUTime: "THIS XXXX-WXX-3"): the weekday nearest the writing in the direction of the tense. */
    /**
     * "a week ago today", "a year ago today" (SUTime: "OFFSET P-1W INTERSECT THIS P1D"): the very day that long before
     * the writing, not the whole week or year it falls in.
     */
    private static final Pattern AGO_TODAY = Pattern.compile("^OFFSET P(-?\\d+)([DWMY]) INTERSECT THIS P1D$");
    private static final Pattern WEEKDAY_WEEK_AGO = Pattern.compile(
            "(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?:a|one)\\s+week\\s+ago$");
    /** A weekday intersected with a day offset: "yesterday Thursday". */
    private static final Pattern DAY_AND_WEEKDAY = Pattern.compile("(?<=P-?\\d{1,2}D) INTERSECT XXXX-WXX-\\d$");
    private static final Pattern THIS_WEEKDAY = Pattern.compile("^THIS XXXX-WXX-(\\d)(?:T\\S*)?$");

    private Relative() {}

    /** Whether the expression's meaning depends on the writing day in a way {@link #at} can compute. */
    static boolean handles(Reading r) {
        return at(r, LocalDate.of(2000, 1, 1)) != null;
    }

    /**
     * The day "last Friday", "next Sunday" or "a week ago today" names when written on {@code ref} (SUTime misreads
     * all three), or null if it is not such a day.
     */
    static Interval lastOrNext(Reading r, LocalDate ref) {
        String alt = r.timex().altValue() == null ? "" : r.timex().altValue().strip();
        return r.timex().value() == null && (WEEKDAY_OFFSET.matcher(alt).find() || AGO_TODAY.matcher(alt).find())
                ? at(r, ref) : null;
    }

    /** The days the expression names when written on {@code ref}, or null if it is not of a kind handled here. */
    static Interval at(Reading r, LocalDate ref) {
        // "two days later" counts from the day the text last named, not from the writing.
        if (TemporalResolver.isAnaphoric(r.timex().text())) return null;
        TimexParts p = r.parts();
        String alt = r.timex().altValue() == null ? "" : r.timex().altValue().strip();
        Matcher wo = WEEKDAY_OFFSET.matcher(alt);
        if (wo.find()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(wo.group(1)));
            int weeks = Integer.parseInt(wo.group(2));
            // "last Friday" written on a Sunday is two days before, "next Sunday" written on a Sunday a week ahead:
            // the nearest such day that is neither today nor yesterday (tomorrow), whatever week it falls in.
            // "Friday a week ago" (a calque of the Afrikaans and Dutch idiom) is the Friday of the week before, a
            // week before the last one.
            if (weeks == -1 && WEEKDAY_WEEK_AGO.matcher(r.timex().text().strip()).matches()) {
                return Interval.day(ref.minusWeeks(1).with(TemporalAdjusters.previousOrSame(day)));
            }
            if (weeks == -1) return Interval.day(ref.minusDays(2).with(TemporalAdjusters.previousOrSame(day)));
            if (weeks == 1) return Interval.day(ref.plusDays(2).with(TemporalAdjusters.nextOrSame(day)));
            LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Interval.day(monday.plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day)));
        }
        Matcher tw = THIS_WEEKDAY.matcher(alt);
        if (tw.find()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(tw.group(1)));
            // "The ultimatum expires this Sunday": without a tense, "this" names the day of the writing's own week.
            if (r.tense() != Tense.PAST && r.tense() != Tense.FUTURE) {
                return Interval.day(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day)));
            }
            return Interval.day(TemporalResolver.weekdayByTense(day, ref, r.tense()));
        }
        if (p != null && p.weekday() != null && p.month() == null) {
            return Interval.day(TemporalResolver.weekdayByTense(p.weekday(), ref, r.tense()));
        }
        if (r.timex().value() != null || alt.isEmpty()) return null;
        Matcher ago = AGO_TODAY.matcher(alt);
        if (ago.find()) {
            int n = Integer.parseInt(ago.group(1));
            return Interval.day(switch (ago.group(2)) {
                case "D" -> ref.plusDays(n);
                case "W" -> ref.plusWeeks(n);
                case "M" -> ref.plusMonths(n);
                default -> ref.plusYears(n);
            });
        }
        // "yesterday Thursday", "today, Monday" (SUTime: "OFFSET P-1D INTERSECT XXXX-WXX-4"): the day is the offset's;
        // the weekday only restates it.
        Matcher m = OFFSET.matcher(DAY_AND_WEEKDAY.matcher(alt).replaceFirst(""));
        if (!m.find() || m.group(1) == null && m.group(2) == null) return null;
        String unit = m.group(1) != null ? m.group(1) : m.group(3);
        if (m.group(1) != null && m.group(3) != null && !m.group(1).equals(m.group(3))) return null;
        int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        switch (unit) {
            case "D" -> {
                return Interval.day(ref.plusDays(n));
            }
            case "W" -> {
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
                return new Interval(monday, monday.plusDays(6));
            }
            case "M" -> {
                LocalDate first = ref.withDayOfMonth(1).plusMonths(n);
                return new Interval(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            default -> {
                LocalDate first = ref.withDayOfYear(1).plusYears(n);
                return new Interval(first, first.with(TemporalAdjusters.lastDayOfYear()));
            }
        }
    }
}
