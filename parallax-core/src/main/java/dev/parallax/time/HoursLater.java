package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of spans counted on from the moment the text last named: "The first quake struck at 04:17 on Monday. About
 * nine hours later a second one hit" tells the second happening on Monday too. The span stays a duration among the
 * document's expressions; only the timeline reads the day it points to.
 */
final class HoursLater {

    /** "about nine hours later", "minutes later", "hours later": a span of hours or minutes, then "later". */
    private static final Pattern LATER = Pattern.compile("(?i).*\\b(hours?|minutes?)\\s+later\\s*$");
    /** A clock time in a TIMEX3 value ("T04:17", "2023-02-06T13:05"). */
    private static final Pattern CLOCK = Pattern.compile("T(\\d{2}):(\\d{2})");
    /** Sentences back within which the moment counted from must have been named. */
    static final int SENTENCES_BACK = 2;
    /**
     * Longest span counted from a day whose hour is not told that surely ends the same day: "two hours later" on
     * Monday is Monday, "six hours later" may be Tuesday (news tells of late-night acts).
     */
    static final long SAME_DAY_HOURS = 2;

    private HoursLater() {}

    /**
     * The day a span of hours "later" points to, counted from the nearest day (and clock time) the text names before
     * it, or null if the expression is no such span or the day cannot be told.
     *
     * @param before the document's expressions, in text order
     */
    static Interval day(TemporalExpression span, List<TemporalExpression> before, AnnotatedText at) {
        if (!"DURATION".equals(span.type()) || span.text() == null || !LATER.matcher(span.text()).matches()) return null;
        Duration length = length(span.value());
        if (length == null || at == null) return null;
        Sentence own = at.sentenceAt(span.start());
        if (own == null) return null;
        TemporalExpression anchor = null;
        for (int i = before.size() - 1; i >= 0 && anchor == null; i--) {
            TemporalExpression t = before.get(i);
            if (t.end() > span.start() || !isMoment(t)) continue;
            Sentence s = at.sentenceAt(t.start());
            if (s == null || own.index() - s.index() > SENTENCES_BACK) return null;
            anchor = t;
        }
        if (anchor == null) return null;
        Interval day = Interval.parse(anchor.value());
        if (day == null || !day.isDay()) return null;
        // "at 04:17 local time on Monday": the clock time of the day named next to it.
        Integer clock = clock(anchor);
        Sentence anchored = at.sentenceAt(anchor.start());
        for (TemporalExpression t : before) {
            if (clock != null) break;
            if (t.end() > span.start() || !isMoment(t) || at.sentenceAt(t.start()) != anchored) continue;
            // A bare clock time ("T04:17") is of the day its sentence names, whatever day it was resolved to.
            boolean bare = t.timex() != null && t.timex().startsWith("T");
            if (bare || day.equals(Interval.parse(t.value()))) clock = clock(t);
        }
        if (clock == null) return length.toHours() <= SAME_DAY_HOURS ? day : null;
        long minutes = clock + length.toMinutes();
        LocalDate d = day.start().plusDays(minutes / (24 * 60));
        return Interval.day(d);
    }

    /** A dated day or time of day that a later span may count from. */
    private static boolean isMoment(TemporalExpression t) {
        if (!"DATE".equals(t.type()) && !"TIME".equals(t.type()) || t.value() == null) return false;
        if (t.reason() != null && !t.reason().equals(TemporalResolver.APPROXIMATE)) return false;
        return t.timex() == null || !t.timex().endsWith("_REF");
    }

    /** Minutes past midnight of an expression's clock time, or null. */
    private static Integer clock(TemporalExpression t) {
        if (t.timex() == null) return null;
        Matcher m = CLOCK.matcher(t.timex());
        if (!m.find()) return null;
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    /** The length of a span ("PT9H", "PT30M"); "minutes later" counts as less than an hour, "hours later" as unknown. */
    private static Duration length(String value) {
        if (value == null) return null;
        String v = value.toUpperCase(Locale.ROOT);
        if (v.equals("PTXM")) return Duration.ofHours(1);
        if (v.equals("PTXH")) return null;
        try {
            Duration d = Duration.parse(v);
            return d.isNegative() || d.toHours() >= 24 ? null : d;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
