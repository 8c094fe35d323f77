package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.PublicationDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekday an undated article was written on, when the text names it beside a day counted from the writing:
 * "published a report yesterday (Friday)" was written on a Saturday, "today (Monday)" on a Monday, "on Sunday
 * (tomorrow)" on a Saturday. Windows of possible writing days keep only that weekday.
 */
final class WritingWeekday {

    private static final String WEEKDAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String COUNTED = "(yesterday|today|tonight|tomorrow)";
    /** "yesterday (Friday)", "yesterday, Friday,", "today (on Monday)", "yesterday Thursday" (Spanish "ayer jueves"). */
    private static final Pattern COUNTED_THEN_DAY = Pattern.compile(
            "(?i)\\b" + COUNTED + "\\s*(?:\\(\\s*(?:on\\s+)?" + WEEKDAYS + "\\s*\\)|,\\s*(?:on\\s+)?" + WEEKDAYS + "\\s*,|\\s+" + WEEKDAYS + "\\b(?!\\s*,?\\s*(?:\\d|the\\s+\\d|of\\s)))");
    /** "on Friday (yesterday)". */
    private static final Pattern DAY_THEN_COUNTED = Pattern.compile("(?i)\\b" + WEEKDAYS + "\\s*\\(\\s*" + COUNTED + "\\s*\\)");

    /** The weekday and where the text says it. */
    record Clue(DayOfWeek day, Evidence evidence) {}

    private WritingWeekday() {}

    /** The writing weekday the text states outside quotations, or null if it states none or disagrees with itself. */
    static Clue of(String doc, String text, AnnotatedText at) {
        List<Clue> found = new ArrayList<>();
        Matcher m = COUNTED_THEN_DAY.matcher(text);
        while (m.find()) {
            String day = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            add(found, doc, at, m.start(), m.end(), m.group(1), day);
        }
        m = DAY_THEN_COUNTED.matcher(text);
        while (m.find()) add(found, doc, at, m.start(), m.end(), m.group(2), m.group(1));
        if (found.isEmpty()) return null;
        for (Clue c : found) if (c.day() != found.get(0).day()) return null;
        return found.get(0);
    }

    private static void add(List<Clue> out, String doc, AnnotatedText at, int start, int end, String counted, String day) {
        // A quotation's "yesterday" is the speaker's, not the writer's.
        if (at != null) for (var q : at.quoteSpans()) if (q.start() <= start && end <= q.end()) return;
        int back = switch (counted.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        DayOfWeek named = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        out.add(new Clue(named.minus(back), new Evidence(doc, start, end)));
    }

    /**
     * The window narrowed to its first and last day of the clue's weekday, the value moved to such a day, and the
     * clue added to the evidence; unchanged if the window holds no such day or is not inferred.
     */
    static PublicationDate trim(PublicationDate p, Clue clue) {
        return trim(p, clue, false);
    }

    /**
     * @param soonAfter whether the window's end is only a guess (the text bounds the writing from below alone): news
     *                  is written soon after the last thing it tells, so the first day of that weekday is kept
     */
    static PublicationDate trim(PublicationDate p, Clue clue, boolean soonAfter) {
        if (clue == null || p.basis() != PublicationDate.Basis.inferred || p.earliest() == null || p.value() == null) return p;
        LocalDate from = LocalDate.parse(p.earliest()).with(TemporalAdjusters.nextOrSame(clue.day()));
        LocalDate to = LocalDate.parse(p.latest()).with(TemporalAdjusters.previousOrSame(clue.day()));
        if (soonAfter && to.isAfter(from)) to = from;
        if (to.isBefore(from)) return p;
        LocalDate value = LocalDate.parse(p.value()).with(TemporalAdjusters.nextOrSame(clue.day()));
        if (value.isAfter(to)) value = to;
        if (value.isBefore(from)) value = from;
        if (from.toString().equals(p.earliest()) && to.toString().equals(p.latest()) && value.toString().equals(p.value())) return p;
        LinkedHashSet<Evidence> evidence = new LinkedHashSet<>(p.evidence());
        evidence.add(clue.evidence());
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(null);
        return new PublicationDate(value.toString(), from.toString(), to.toString(), p.basis(), sorted);
    }

    /** The days of the clue's weekday among {@code days}, or all of them if there is no clue or none is. */
    static List<LocalDate> keep(List<LocalDate> days, Clue clue) {
        if (clue == null) return days;
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : days) if (d.getDayOfWeek() == clue.day()) out.add(d);
        return out.isEmpty() ? days : out;
    }
}
