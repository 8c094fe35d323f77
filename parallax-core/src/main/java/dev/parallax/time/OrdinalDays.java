package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Timex;
import dev.parallax.corpus.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a day of the month named alone, "runs until the 12th", "on Tuesday, the 12th", which SUTime leaves out:
 * the nearest such day on the side of the writing date the tense says. Only for articles dated within a week, and
 * only where nothing after the ordinal makes it a rank ("the 12th century", "the 5th largest").
 */
final class OrdinalDays {

    /** "the 12th", and "on 13th" as translations and some house styles write it without the article. */
    private static final Pattern ORDINAL = Pattern.compile("(?:\\bthe\\s+|(?<=\\bon\\s))(\\d{1,2})(?:st|nd|rd|th)\\b(?!-)"
            + "(?:\\s*(?:to|until|till|through|and|-|–)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!-))?"
            + "(?:\\s+of\\s+(this|next|last)\\s+month\\b)?", Pattern.CASE_INSENSITIVE);
    /** What may follow a day of the month: punctuation, the end, or words that go on with a time or a place. */
    private static final Pattern FOLLOW = Pattern.compile(
            "^(?:\\s*[,.;:)\\]—–-]|\\s*$|\\s+(?:at|in|from|to|and|or|when|before|after|until|either|too|again|as\\s+well|of\\s+(?:this|next|last|the)\\s+month)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MONTH_WORD_AFTER = 16;
    /** Widest publication window within which a day of the month can still be placed. */
    private static final int MAX_WINDOW_DAYS = 7;

    private OrdinalDays() {}

    /** {@code timexes} with the days of the month they miss added, in text order. */
    static List<Timex> add(String text, AnnotatedText at, List<Timex> timexes, PublicationDate published) {
        if (published.value() == null || published.earliest() == null) return timexes;
        LocalDate from = LocalDate.parse(published.earliest()), to = LocalDate.parse(published.latest());
        if (to.toEpochDay() - from.toEpochDay() >= MAX_WINDOW_DAYS) return timexes;
        List<Timex> out = new ArrayList<>(timexes);
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            // "the 9th to the 10th of next month" holds SUTime's "next month": the whole phrase replaces it.
            if (overlapsPartly(timexes, start, end)) continue;
            String after = text.substring(end, Math.min(text.length(), end + MONTH_WORD_AFTER));
            if (!FOLLOW.matcher(after).find() && !followedByClause(at, end, after) || startsWithMonth(after)) continue;
            int day = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? day : Integer.parseInt(m.group(2));
            if (day < 1 || day > 31 || last < day || last > 31) continue;
            int monthShift = m.group(3) == null ? NO_SHIFT : switch (m.group(3).toLowerCase(Locale.ROOT)) {
                case "next" -> 1;
                case "last" -> -1;
                default -> 0;
            };
            List<Token> toks = at.tokensIn(start, end);
            if (toks.isEmpty()) continue;
            Tense tense = Tense.of(at, toks.get(0).index(), toks.get(toks.size() - 1).index() + 1);
            // The same day whichever day of the window the article was written on, or none.
            LocalDate named = monthShift == NO_SHIFT ? namedBefore(timexes, start) : null;
            LocalDate date;
            if (named != null && day >= named.getDayOfMonth() && day <= named.lengthOfMonth()) {
                // "announced on 9 September ... could not leave until the 12th": the month the text has just named.
                date = named.withDayOfMonth(day);
            } else {
                date = dayOf(day, from, tense, monthShift);
                for (LocalDate ref = from.plusDays(1); date != null && !ref.isAfter(to); ref = ref.plusDays(1)) {
                    if (!date.equals(dayOf(day, ref, tense, monthShift))) date = null;
                }
            }
            if (date == null || last > date.lengthOfMonth()) continue;
            Matcher w = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
            if (w.find() && date.getDayOfWeek() != DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT))) continue;
            String value = last == day ? date.toString() : date + "/" + date.withDayOfMonth(last);
            out.removeIf(t -> start <= t.start() && t.end() <= end);
            out.add(new Timex(start, end, text.substring(start, end), "DATE", value, null, toks.get(0).sentence()));
        }
        out.sort(Comparator.comparingInt(Timex::start));
        return out;
    }

    private static final int NO_SHIFT = Integer.MIN_VALUE;
    /** How far back (in characters: a paragraph or two) a named day still sets the month of a bare "the 12th". */
    private static final int CONTEXT_CHARS = 600;
    private static final Pattern NAMES_MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{1,2}/\\d{1,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** The last day the text names with its month in the few sentences before {@code start}, or null. */
    private static LocalDate namedBefore(List<Timex> timexes, int start) {
        LocalDate out = null;
        for (Timex t : timexes) {
            if (t.end() > start || t.start() < start - CONTEXT_CHARS || t.value() == null) continue;
            if (!NAMES_MONTH.matcher(t.text()).find()) continue;
            Matcher m = DAY_VALUE.matcher(t.value());
            if (m.find()) out = LocalDate.parse(m.group(1));
        }
        return out;
    }

    /** The day numbered {@code day}: of the month the text names relative to {@code ref}, or else the nearest. */
    private static LocalDate dayOf(int day, LocalDate ref, Tense tense, int monthShift) {
        if (monthShift == NO_SHIFT) return nearest(day, ref, tense);
        LocalDate month = ref.withDayOfMonth(1).plusMonths(monthShift);
        return day > month.lengthOfMonth() ? null : month.withDayOfMonth(day);
    }

    /** The day numbered {@code day} of this, the last or the next month, on the side of {@code ref} the tense says. */
    static LocalDate nearest(int day, LocalDate ref, Tense tense) {
        LocalDate best = null;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate month = ref.withDayOfMonth(1).plusMonths(shift);
            if (day > month.lengthOfMonth()) continue;
            LocalDate d = month.withDayOfMonth(day);
            if (tense == Tense.PAST && d.isAfter(ref) || tense == Tense.FUTURE && d.isBefore(ref)) continue;
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) best = d;
        }
        return best;
    }

    /** Parts of speech that go on with a clause, not a noun: a verb, a modal, a preposition, "that", "to". */
    private static final Pattern CLAUSE_POS = Pattern.compile("^(?:VB.?|MD|IN|WDT|TO|-LRB-)$");

    /**
     * "the quake of the 1st has left its scars", "said on the 2nd that", "on the 9th (Tue)": translated news from
     * languages that date by the day alone goes on with a verb, a preposition or a bracket, which no rank ("the 12th
     * century", "the 5th largest") is followed by; "of" is left out, since "the 3rd of 20 runners" ranks.
     */
    private static boolean followedByClause(AnnotatedText at, int end, String after) {
        if (after.stripLeading().startsWith("(")) return true;
        for (Token t : at.tokensIn(end, end + MONTH_WORD_AFTER)) {
            if (t.start() < end) continue;
            return t.pos() != null && CLAUSE_POS.matcher(t.pos()).matches() && !t.word().equalsIgnoreCase("of");
        }
        return false;
    }

    private static boolean overlapsPartly(List<Timex> timexes, int start, int end) {
        for (Timex t : timexes) if (t.start() < end && start < t.end() && !(start <= t.start() && t.end() <= end)) return true;
        return false;
    }

    private static boolean startsWithMonth(String after) {
        String a = after.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("of ")) a = a.substring(3).strip();
        return Reading.month(a) != 0;
    }
}
