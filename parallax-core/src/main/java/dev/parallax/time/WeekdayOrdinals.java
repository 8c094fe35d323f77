package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the month given with its weekday, "on the 9th (Tue)", "on Tuesday the 9th": Japanese and Korean news
 * write dates so, without the month. The pair names one day among the months around the story's dated articles,
 * and a past act on it bounds the writing from below.
 */
final class WeekdayOrdinals {

    private static final String WEEKDAY = "(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|rs|rsday|nesday|urday|\\.)?";
    /** "the 9th (Tue)", "the 9th (Tuesday)". */
    private static final Pattern DAY_THEN_WEEKDAY = Pattern.compile(
            "\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\s*\\(\\s*" + WEEKDAY + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** "Tuesday the 9th", "Tuesday, the 9th". */
    private static final Pattern WEEKDAY_THEN_DAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far from the story's dated articles the day may lie: a month and a half either side. */
    private static final int REACH_DAYS = 45;
    /** How soon after a day named by number and weekday the article is guessed to be written. */
    private static final int RECENT_DAYS = 3;

    private WeekdayOrdinals() {}

    /**
     * Lower bounds on the writing from past acts on a day named by its number and weekday, placed in the one month
     * within {@link #REACH_DAYS} of the story's dated articles ({@code story}) where that number falls on that
     * weekday; none where no month or more than one fits.
     */
    static List<PublicationDates.Constraint> bounds(String doc, String text, AnnotatedText at, List<LocalDate> story) {
        List<PublicationDates.Constraint> out = new ArrayList<>();
        if (story.isEmpty() || at == null) return out;
        Matcher m = DAY_THEN_WEEKDAY.matcher(text);
        while (m.find()) add(out, doc, at, m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2), story);
        m = WEEKDAY_THEN_DAY.matcher(text);
        while (m.find()) add(out, doc, at, m.start(), m.end(), Integer.parseInt(m.group(2)), m.group(1), story);
        return out;
    }

    private static void add(List<PublicationDates.Constraint> out, String doc, AnnotatedText at, int start, int end,
                            int day, String weekday, List<LocalDate> story) {
        for (var q : at.quoteSpans()) if (q.start() <= start && end <= q.end()) return;
        List<Token> toks = at.tokensIn(start, end);
        if (toks.isEmpty() || Tense.of(at, toks.get(0).index(), toks.get(toks.size() - 1).index() + 1) != Tense.PAST) return;
        LocalDate date = place(day, dayOfWeek(weekday), story);
        if (date == null) return;
        Evidence ev = new Evidence(doc, start, end);
        out.add(new PublicationDates.Constraint(date, LocalDate.of(2100, 12, 31), 2, ev, false));
        // News that dates its acts by the day's number alone tells this week's: it was written within a few days.
        // Only a guess, weaker than anything the text states, so shared events may still move the writing.
        out.add(new PublicationDates.Constraint(date, date.plusDays(RECENT_DAYS), 0.5, ev, false));
    }

    /** The one day numbered {@code day} falling on {@code weekday} within reach of the story, or null. */
    static LocalDate place(int day, DayOfWeek weekday, List<LocalDate> story) {
        if (story.isEmpty()) return null;
        LocalDate first = story.stream().min(LocalDate::compareTo).orElseThrow().minusDays(REACH_DAYS);
        LocalDate last = story.stream().max(LocalDate::compareTo).orElseThrow().plusDays(REACH_DAYS);
        LocalDate found = null;
        for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            if (day > month.lengthOfMonth()) continue;
            LocalDate d = month.withDayOfMonth(day);
            if (d.isBefore(first) || d.isAfter(last) || d.getDayOfWeek() != weekday) continue;
            if (found != null) return null;
            found = d;
        }
        return found;
    }

    private static DayOfWeek dayOfWeek(String word) {
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) return d;
        throw new IllegalArgumentException(word);
    }
}
