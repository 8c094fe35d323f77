package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Timex;
import dev.parallax.corpus.Token;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One time expression of a document as first read (without a reference date): its span widened to a whole range,
 * the known parts of its value, the weekday it names, and the tense of the clause it dates.
 */
record Reading(Timex timex, int start, int end, TimexParts parts, Tense tense, int sentence) {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    /** "Thursday (16/3)": the day and month in parentheses after a weekday, as Indonesian and Malaysian news write. */
    private static final Pattern PAREN_DATE = Pattern.compile("^\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?\\)");
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\\s+(?:morning|afternoon|evening|night))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_DAY = Pattern.compile("^\\s+(?:morning|afternoon|evening|night)\\b", Pattern.CASE_INSENSITIVE);
    /** SUTime's "the month of July": this year's July intersected, with no value; the month is what it names. */
    private static final Pattern MONTH_INTERSECT = Pattern.compile("^THIS P1M INTERSECT XXXX-(\\d{2})$");
    /**
     * "the early hours of Wednesday", "the early morning of last Friday": SUTime intersects the day with a part of
     * the day and gives no value, or one with a part-of-day suffix; the day itself is known and is what is dated.
     */
    private static final Pattern PERIOD_TO_MONTH = Pattern.compile("^\\(THIS P1[YM],XXXX-(\\d{1,2})(?:-XX)?,\\)$");
    private static final Pattern DAY_PART_INTERSECT = Pattern.compile(
            "^(.+?)\\s+INTERSECT\\s+(?:P?T[A-Z]+|MO|AF|EV|NI)$");
    private static final Pattern DAY_VALUE = Pattern.compile("^((?:\\d{4}|XXXX)-\\d{2}-\\d{2}|(?:\\d{4}|XXXX)-WXX-\\d)(?:-WXX-\\d)?$");
    /**
     * "the night of Thursday to Friday", "the night from 10 to 11 August": a night is dated by the day it begins,
     * as French and other European news write it (SUTime reads a zero-length duration).
     */
    private static final Pattern NIGHT_OF = Pattern.compile(
            "^(?:in\\s+|during\\s+)?(?:the\\s+)?night\\s+(?:of|from)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "\\s+(?:to|into|until)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", Pattern.CASE_INSENSITIVE);
    /**
     * "On December 14, the second vote passed": SUTime joins the date to "the second" (a length of one second) and
     * gives no value; the date before the comma is what is meant.
     */
    private static final Pattern DATE_THEN_ORDINAL = Pattern.compile("^(.*?\\d)\\s*,?\\s*the\\s+second$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERSECTED_DATE = Pattern.compile("^THIS PT1S INTERSECT ((?:\\d{4}|XXXX)-\\d{2}-\\d{2})$");
    private static final Pattern YEAR_TO_YEAR = Pattern.compile("(?i)^(?:from|between)\\s+((?:19|20)\\d{2})\\s*(?:to|until|till|and|-|–|—)\\s*((?:19|20)\\d{2})$");
    private static final Pattern PART_OF_YEAR = Pattern.compile("^(\\d{4}) INTERSECT \\(UNKNOWN,REF,P\\d+M\\)$");
    private static final Map<String, DayOfWeek> DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    Interval absolute() {
        return parts == null ? null : parts.absolute();
    }

    String text(String doc) {
        return doc.substring(start, end);
    }

    private static final String MONTH_NAMES = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "from December 2021 to November 2024": two months of two years that bound a period. */
    private static final Pattern MONTH_YEAR_TO_MONTH_YEAR = Pattern.compile("(?i)^(?:from|between)\\s+" + MONTH_NAMES
            + ",?\\s+((?:19|20)\\d{2})\\s*(?:to|until|till|and|-|–|—)\\s*" + MONTH_NAMES + ",?\\s+((?:19|20)\\d{2})$");
    /** "... this year": the year is then the writing year, which the resolver gives a yearless date anyway. */
    private static final String THIS_YEAR = "(?:\\s+this\\s+year)?$";
    private static final String TO = "\\s*(?:to|until|till|through|thru|-|–|—)\\s*";
    /** "from 30 November to 12 December", "Nov. 30 - Dec. 12, 2023": a range over two months, which SUTime reads as a length. */
    private static final Pattern CROSS_MONTH_DAY_FIRST = Pattern.compile("^(?:from\\s+|between\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH_NAMES + TO + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAMES + "(?:,?\\s+(\\d{4}))?" + THIS_YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern CROSS_MONTH_MONTH_FIRST = Pattern.compile("^(?:from\\s+|between\\s+)?" + MONTH_NAMES
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + TO + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?" + THIS_YEAR, Pattern.CASE_INSENSITIVE);

    /** Reads every time expression of a document. */
    static List<Reading> of(String text, AnnotatedText at) {
        return of(text, at, at.timexes());
    }

    static List<Reading> of(String text, AnnotatedText at, List<Timex> timexes) {
        List<Reading> out = new ArrayList<>();
        for (Timex raw : supplemented(text, at, timexes)) {
            Timex t = normalised(raw);
            TimexParts parts = TimexParts.of(t.value());
            TimexParts range = crossMonth(t.text().strip());
            if (range == null) range = weekOfMonth(t.text().strip());
            if (range != null) {
                t = new Timex(t.start(), t.end(), t.text(), "DATE", range.year() == null ? String.format(Locale.ROOT,
                        "XXXX-%02d-%02d", range.month(), range.day()) : String.format(Locale.ROOT, "%04d-%02d-%02d",
                        range.year(), range.month(), range.day()), null, t.sentence());
                parts = range;
            }
            int start = t.start(), end = t.end();
            Matcher bare = BARE_WEEKDAY.matcher(t.text().strip());
            if (bare.find()) {
                // SUTime sometimes leaves a weekday without a usable value ("sunday"); the word itself says which day.
                DayOfWeek day = DAYS.get(bare.group(1).toLowerCase(Locale.ROOT));
                if (parts == null || parts.weekday() == null && parts.month() == null) parts = new TimexParts(null, null, null, day, null);
                // "Sunday night": the part of the day belongs to the expression SUTime cut at the weekday.
                Matcher part = PART_OF_DAY.matcher(text.substring(end, Math.min(text.length(), end + 12)));
                if (bare.group(2) == null && part.find()) end += part.end();
                Matcher paren = PAREN_DATE.matcher(text.substring(end, Math.min(text.length(), end + 16)));
                TimexParts dated = paren.find() ? parenthesised(paren, day) : null;
                if (dated != null) {
                    parts = dated;
                    end += paren.end();
                }
            }
            if (parts != null) {
                Matcher m = WEEKDAY.matcher(t.text());
                if (m.find() && parts.weekday() == null) parts = parts.withWeekday(DAYS.get(m.group(1).toLowerCase(Locale.ROOT)));
                if (parts.day() != null && parts.endMonth() == null && parts.endDay() == null) {
                    Ranges.Found r = Ranges.around(text, t.start(), t.end(), parts.day());
                    if (r != null) {
                        start = r.start();
                        end = r.end();
                        Integer year = parts.year() != null ? parts.year() : r.year();
                        parts = new TimexParts(year, parts.month(), r.firstDay(), parts.weekday(), r.lastDay());
                    }
                }
            }
            List<Token> toks = at.tokensIn(t.start(), t.end());
            Tense tense = toks.isEmpty() ? Tense.UNKNOWN : Tense.of(at, toks.get(0).index(), toks.get(toks.size() - 1).index() + 1);
            int sentence = toks.isEmpty() ? t.sentence() : toks.get(0).sentence();
            out.add(new Reading(t, start, end, parts, tense, sentence));
        }
        return out;
    }

    /** Most pieces SUTime may cut one range of dates into ("from 16 July" | "to 11" | "August"). */
    private static final int MAX_PIECES = 4;

    /**
     * SUTime cuts "from 16 July to 11 August" into pieces it reads as lengths: consecutive expressions separated by
     * spaces only that together spell a range over two months are joined back into one.
     */
    static List<Timex> joinedRanges(String text, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            Timex a = timexes.get(i);
            int joined = -1;
            for (int j = i + 1; j < timexes.size() && j < i + MAX_PIECES; j++) {
                Timex prev = timexes.get(j - 1), b = timexes.get(j);
                if (b.start() < prev.end() || !text.substring(prev.end(), b.start()).isBlank()) break;
                if (crossMonth(text.substring(a.start(), b.end()).strip()) != null) joined = j;
            }
            if (joined < 0) {
                out.add(a);
                continue;
            }
            int end = timexes.get(joined).end();
            out.add(new Timex(a.start(), end, text.substring(a.start(), end), "DATE", null, null, a.sentence()));
            i = joined;
        }
        return out;
    }

    /** "mid-July", "mid-2023": SUTime reads neither; they date the month or the year. */
    private static final Pattern MID = Pattern.compile("(?i)\\bmid-?\\s?(?:" + MONTH_NAMES + "|((?:19|20)\\d{2}))(?![\\w-])");
    /** A day counted from the writing and a day set beside it: "the day before yesterday, the day". */
    private static final Pattern COUNTED_THEN_THE_DAY = Pattern.compile(
            "^(.*?\\b(?:yesterday|today|tomorrow))(\\s*,\\s*)(the\\s+day)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_INTERSECT = Pattern.compile("^THIS P1D INTERSECT (\\S+)$");
    /** "of the decision", "of the vote": the act that names the day set beside another. */
    private static final Pattern DAY_OF_ACT = Pattern.compile("^\\s+of\\s+(?:the|his|her|its|their)\\s+[\\p{L}-]+");
    /** "on July 19, the same day the court suspended him": SUTime joins the date to "the same day" and gives no value. */
    private static final Pattern DATE_SAME_DAY = Pattern.compile("^(.*?\\d)(\\s*,\\s*)((?:on\\s+)?the\\s+(?:same|very)\\s+day)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY_INTERSECT = Pattern.compile("^THIS P1D INTERSECT ((?:\\d{4}|XXXX)-\\d{2}-\\d{2})$");

    /**
     * SUTime's expressions with ranges it cut joined, dates it joined to "the same day" cut, and the "mid-July"s and
     * the months left untranslated ("Juni 25") it misses added.
     */
    static List<Timex> supplemented(String text, AnnotatedText at, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : joinedRanges(text, dayOfMonth(text, timexes))) {
            Matcher m = DATE_SAME_DAY.matcher(t.text());
            Matcher v = SAME_DAY_INTERSECT.matcher(t.altValue() == null ? "" : t.altValue().strip());
            Matcher counted = DATE_THEN_COUNTED.matcher(t.text());
            Matcher dayAndWeekday = DAY_WORD_AND_WEEKDAY.matcher(t.text());
            Matcher weekdayOf = OFFSET_AND_WEEKDAY.matcher(t.altValue() == null ? "" : t.altValue().strip());
            Matcher counted2 = COUNTED_THEN_THE_DAY.matcher(t.text());
            Matcher intersect = DAY_INTERSECT.matcher(t.altValue() == null ? "" : t.altValue().strip());
            Matcher of = DAY_OF_ACT.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 40)));
            if (t.value() == null && counted2.find() && intersect.find() && of.find()) {
                // "the day before yesterday, the day of the decision": SUTime joins a counted day to the day that
                // restates it and gives no value; the two are read apart, and the restating day is the counted one.
                int cut = t.start() + counted2.end(1), second = t.start() + counted2.start(3), end = t.end() + of.end();
                String day = intersect.group(1).matches("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}") ? intersect.group(1) : null;
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", day, day == null ? intersect.group(1) : null, t.sentence()));
                out.add(new Timex(second, end, text.substring(second, end), "DATE", day, day == null ? intersect.group(1) : null, t.sentence()));
            } else if (t.value() == null && m.find() && v.find()) {
                int cut = t.start() + m.end(1), second = t.start() + m.start(3);
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", v.group(1), null, t.sentence()));
                out.add(new Timex(second, t.end(), text.substring(second, t.end()), "DATE", null, "THIS P1D", t.sentence()));
            } else if (dayAndWeekday.find() && (t.value() != null || weekdayOf.find())) {
                // "until yesterday, Sunday": the relative day and the weekday it fell on, each read on its own (with
                // the day SUTime gives both when it has a reference date).
                int cut = t.start() + dayAndWeekday.end(1), second = t.start() + dayAndWeekday.start(2);
                boolean valued = t.value() != null;
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", t.value(),
                        valued ? null : weekdayOf.group(1), t.sentence()));
                out.add(new Timex(second, t.end(), text.substring(second, t.end()), "DATE",
                        valued ? t.value() : weekdayOf.group(2), null, t.sentence()));
            } else if (counted.find() && statedDate(counted.group(1)) != null) {
                // "on March 26, and two days later", "May 14, the day after the vote": SUTime joins a date to the day
                // counted from it; the two are read apart, the second (with its "after") counted from the first.
                int cut = t.start() + counted.end(1), second = t.start() + counted.start(3);
                int end = t.end();
                Matcher side = AFTER_OR_BEFORE.matcher(text.substring(end, Math.min(text.length(), end + 8)));
                if (counted.group(3).toLowerCase(Locale.ROOT).endsWith("day") && side.find()) end += side.end();
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", statedDate(counted.group(1)), null, t.sentence()));
                out.add(new Timex(second, end, text.substring(second, end), "DATE", null, null, t.sentence()));
            } else {
                out.add(t);
            }
        }
        Matcher m = MID.matcher(text);
        while (m.find()) {
            boolean covered = false;
            for (Timex t : timexes) covered |= t.start() < m.end() && m.start() < t.end();
            if (covered) continue;
            String value = m.group(2) != null ? m.group(2) : String.format(Locale.ROOT, "XXXX-%02d", month(m.group(1)));
            var sentence = at == null ? null : at.sentenceAt(m.start());
            out.add(new Timex(m.start(), m.end(), m.group(), "DATE", value, null, sentence == null ? 0 : sentence.index()));
        }
        out = NumericDays.add(text, at, ForeignMonths.add(text, at, out));
        out.sort(java.util.Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return out;
    }

    /**
     * SUTime's expressions (read with or without the writing date) with those it merged wrongly taken apart, as the
     * resolver reads them: a date and a distance beside it, a date and the day it is named by, a count from an act
     * named by an ordinal; a range of months of two years read as a period; and a day written with a dot before an
     * English month ("the 6. November"). Publication dates are inferred from the expressions as first read.
     */
    static List<Timex> apart(String text, AnnotatedText at, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : timexes) {
            Matcher distance = DATE_THEN_DISTANCE.matcher(t.text());
            Matcher dayOf = DATE_THEN_DAY_OF.matcher(t.text());
            Matcher afterOrdinal = COUNT_AFTER_ORDINAL.matcher(t.text());
            Matcher months = MONTH_YEAR_TO_MONTH_YEAR.matcher(t.text().strip());
            if (distance.find() && statedDate(distance.group(1)) != null && isDistance(distance)) {
                // "on February 23rd, 55 days from now", "on January 6, 2021, two years earlier": a date and how far it
                // lies from the writing or the story, which SUTime adds up into one wrong day; the date is read as
                // written and the distance as a length.
                int cut = t.start() + distance.end(1), second = t.start() + distance.start(3);
                int end = t.start() + distance.end(3);
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", statedDate(distance.group(1)), null, t.sentence()));
                out.add(new Timex(second, end, text.substring(second, end), "DURATION", length(distance.group(4), distance.group(5)),
                        null, t.sentence()));
            } else if (t.value() == null && dayOf.find() && statedDate(dayOf.group(1)) != null) {
                // "on the 18 June, the day of the first march": SUTime intersects the date with the day that names it
                // and gives no value; the date is what is told.
                int cut = t.start() + dayOf.end(1);
                out.add(new Timex(t.start(), cut, text.substring(t.start(), cut), "DATE", statedDate(dayOf.group(1)), null, t.sentence()));
            } else if (afterOrdinal.find() && ORDINAL_NOUN.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 12))).find()) {
                // "60 days after the second round": SUTime takes the ordinal for a second of time and counts a day from
                // it; the count is a length before or after an act the text names.
                int end = t.start() + afterOrdinal.end(1);
                out.add(new Timex(t.start(), end, text.substring(t.start(), end), "DURATION",
                        length(afterOrdinal.group(2), afterOrdinal.group(3)), null, t.sentence()));
            } else if (months.find() && monthsInOrder(months)) {
                // "from December 2021 to November 2024": SUTime reads the hours between; the two months bound a period.
                out.add(new Timex(t.start(), t.end(), t.text(), "DATE", String.format(Locale.ROOT, "%s-%02d/%s-%02d",
                        months.group(2), month(months.group(1)), months.group(4), month(months.group(3))), null, t.sentence()));
            } else {
                out.add(t);
            }
        }
        return ForeignMonths.addDotted(text, at, out);
    }

    private static boolean monthsInOrder(Matcher m) {
        int a = Integer.parseInt(m.group(2)) * 12 + month(m.group(1)), b = Integer.parseInt(m.group(4)) * 12 + month(m.group(3));
        return a < b;
    }

    private static final Pattern WEEKDAY_OFFSET_INTERSECT = Pattern.compile(
            "^(XXXX-WXX-\\d OFFSET P-?\\d+W) INTERSECT [A-Z_]+$");

    /** "yesterday, Sunday", "yesterday Thursday" (as Spanish "ayer jueves" translates): a day word and its weekday. */
    private static final Pattern DAY_WORD_AND_WEEKDAY = Pattern.compile(
            "^((?:yesterday|today|tomorrow))(?:\\s*,\\s*|\\s+)((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET_AND_WEEKDAY = Pattern.compile("^(OFFSET P-?\\d+D|THIS P1D) INTERSECT (XXXX-WXX-\\d)$");

    /** A date joined to a day counted from it: "March 26, and two days later", "May 14, the day". */
    private static final Pattern DATE_THEN_COUNTED = Pattern.compile("^(.*?\\d)(\\s*,\\s*(?:and\\s+)?)((?:the\\s+)?(?:"
            + "day|(?:next|following|previous)\\s+day|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+"
            + "(?:days?|weeks?)\\s+(?:later|earlier|after|before)))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_OR_BEFORE = Pattern.compile("^\\s+(?:after|before)\\b", Pattern.CASE_INSENSITIVE);
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";
    /** A date and a distance set beside it: "February 23rd, 55 days from now", "January 6, 2021, two years earlier". */
    private static final Pattern DATE_THEN_DISTANCE = Pattern.compile("^(.*?)(\\s*,\\s*)(" + COUNT
            + "\\s+(days?|weeks?|months?|years?))(?:\\s+(from\\s+(?:now|today)|earlier|later|before|after|ago))?$", Pattern.CASE_INSENSITIVE);
    /** A date and the day it is named by: "the 18 June, the day of the first march". */
    private static final Pattern DATE_THEN_DAY_OF = Pattern.compile("^(.*?)\\s*,\\s*the\\s+day\\s+(?:of|after|before)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** "60 days after the second" (round, half, vote): a count from an act named by an ordinal and a noun. */
    private static final Pattern COUNT_AFTER_ORDINAL = Pattern.compile("^(" + COUNT + "\\s+(days?|weeks?|months?|years?))"
            + "\\s+(?:after|before|since)\\s+the\\s+second$", Pattern.CASE_INSENSITIVE);
    /** A noun after "the second": "round", "half", "vote" (not a clock's second: "the second, Jones said"). */
    private static final Pattern ORDINAL_NOUN = Pattern.compile("^\\s+(?!of\\b|and\\b|or\\b|to\\b|in\\b)\\p{Ll}+");

    /**
     * Whether a distance beside a date is one: "55 days from now" at any unit, "two years earlier" (or "later",
     * "ago") in months or years; a count of days or weeks later is a day counted from the date, read elsewhere.
     */
    private static boolean isDistance(Matcher m) {
        String side = m.group(6) == null ? null : m.group(6).toLowerCase(Locale.ROOT);
        if (side == null) return false;
        return side.startsWith("from") || m.group(5).toLowerCase(Locale.ROOT).matches("(?:months?|years?)");
    }

    /** A length as TIMEX writes it ("P55D", "P2Y") from a count and its unit, or null if the count is not one. */
    static String length(String count, String unit) {
        int n = TemporalResolver.count(count.toLowerCase(Locale.ROOT));
        if (n <= 0) return null;
        return "P" + n + Character.toUpperCase(unit.charAt(0));
    }
    /** A date as written: "March 26", "26 March", "March 26, 2024", "the 26 of March". */
    private static final Pattern STATED_DATE = Pattern.compile("^(?:on\\s+)?(?:the\\s+)?(?:" + MONTH_NAMES
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAMES
            + ")(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2}))?$", Pattern.CASE_INSENSITIVE);

    /** The TIMEX value of a date as written ("XXXX-03-26" without a year), or null if the text is no such date. */
    static String statedDate(String written) {
        Matcher m = STATED_DATE.matcher(written.strip());
        if (!m.find()) return null;
        int month = month(m.group(1) != null ? m.group(1) : m.group(4));
        int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (month == 0 || day < 1 || day > 31) return null;
        return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(5) == null ? "XXXX" : m.group(5), month, day);
    }

    /**
     * "Sunday 11 of December", "the 7 of December of 2022": the day-of-month form of Spanish, Portuguese or Italian
     * news in translation, which SUTime reads in pieces or not at all.
     */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?"
            + "(?:the\\s+)?(\\d{1,2})\\s+of\\s+" + MONTH_NAMES + "(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** SUTime's expressions with every day-of-month date read whole, replacing the pieces it read of it. */
    static List<Timex> dayOfMonth(String text, List<Timex> timexes) {
        Matcher m = DAY_OF_MONTH.matcher(text);
        List<Timex> out = null;
        while (m.find()) {
            int day = Integer.parseInt(m.group(1)), month = month(m.group(2));
            if (day < 1 || day > 31 || month == 0) continue;
            if (out == null) out = new ArrayList<>(timexes);
            int start = m.start(), end = m.end();
            int sentence = -1;
            for (java.util.Iterator<Timex> it = out.iterator(); it.hasNext(); ) {
                Timex t = it.next();
                if (t.start() < end && start < t.end()) {
                    sentence = t.sentence();
                    it.remove();
                }
            }
            if (sentence < 0) sentence = sentenceOf(timexes, start);
            String value = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3) == null ? "XXXX" : m.group(3), month, day);
            out.add(new Timex(start, end, m.group(), "DATE", value, null, sentence));
        }
        if (out == null) return timexes;
        out.sort(java.util.Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return out;
    }

    /** The sentence of the last expression starting before {@code offset} (0 if none): a guess Reading.of corrects. */
    private static int sentenceOf(List<Timex> timexes, int offset) {
        int s = 0;
        for (Timex t : timexes) if (t.start() <= offset) s = t.sentence();
        return s;
    }

    private static final Pattern LAST_DATE = Pattern.compile("^(XXXX-\\d{2}-\\d{2}) OFFSET P-1Y$");

    /** "this Thursday 8 August": SUTime intersects the weekday with the date and gives no value; the date is it. */
    private static final Pattern WEEKDAY_AND_DATE = Pattern.compile(
            "^(?:THIS\\s+)?XXXX-WXX-\\d\\s+INTERSECT\\s+((?:\\d{4}|XXXX)-\\d{2}-\\d{2})$");

    /** SUTime's expression with the value its text states where SUTime leaves none or a wrong kind. */
    static Timex normalised(Timex t) {
        Matcher ord = DATE_THEN_ORDINAL.matcher(t.text());
        if (t.value() == null && t.altValue() != null && ord.find()) {
            Matcher date = INTERSECTED_DATE.matcher(t.altValue().strip());
            if (date.find()) {
                return new Timex(t.start(), t.start() + ord.end(1), t.text().substring(0, ord.end(1)), "DATE",
                        date.group(1), null, t.sentence());
            }
        }
        Matcher years = YEAR_TO_YEAR.matcher(t.text().strip());
        if (years.find() && Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2))) {
            // "from 2011 to 2020": SUTime reads the length between; the two years bound a period.
            return new Timex(t.start(), t.end(), t.text(), "DATE", years.group(1) + "/" + years.group(2), null, t.sentence());
        }
        if (t.value() == null && t.altValue() != null) {
            // "promised on last 5 August" (the French "le 5 août dernier"): the latest such day, not one a year before.
            Matcher lastDate = LAST_DATE.matcher(t.altValue().strip());
            if (lastDate.find() && t.text().toLowerCase(Locale.ROOT).startsWith("last ")) {
                return new Timex(t.start(), t.end(), t.text(), "DATE", lastDate.group(1), null, t.sentence());
            }
            Matcher wd = WEEKDAY_AND_DATE.matcher(t.altValue().strip());
            if (wd.find()) return new Timex(t.start(), t.end(), t.text(), "DATE", wd.group(1), null, t.sentence());
            // "the last three months of 2022": a part of a year SUTime cannot place; the year is what it dates.
            Matcher partOfYear = PART_OF_YEAR.matcher(t.altValue().strip());
            if (partOfYear.find()) return new Timex(t.start(), t.end(), t.text(), "DATE", partOfYear.group(1), null, t.sentence());
            Matcher m = MONTH_INTERSECT.matcher(t.altValue().strip());
            if (m.find()) return new Timex(t.start(), t.end(), t.text(), "DATE", "XXXX-" + m.group(1), null, t.sentence());
            // "prices rose 54% in the year to June": SUTime reads a period ending in a month; the month is what dates
            // the figure.
            Matcher to = PERIOD_TO_MONTH.matcher(t.altValue().strip());
            if (to.find()) {
                return new Timex(t.start(), t.end(), t.text(), "DATE", String.format(Locale.ROOT, "XXXX-%02d",
                        Integer.parseInt(to.group(1))), null, t.sentence());
            }
            // "Father's Day, next Sunday", "falls next Sunday": SUTime intersects the coming weekday with a holiday (or
            // with a word it misreads as a season) and gives no value; the weekday relative to the writing is what
            // the text tells, and the holiday's own date is another expression's business.
            Matcher next = WEEKDAY_OFFSET_INTERSECT.matcher(t.altValue().strip());
            if (next.find()) return new Timex(t.start(), t.end(), t.text(), "DATE", null, next.group(1), t.sentence());
            Matcher p = DAY_PART_INTERSECT.matcher(t.altValue().strip());
            if (p.find()) {
                Matcher day = DAY_VALUE.matcher(p.group(1));
                // A relative day ("last Friday": "XXXX-WXX-5 OFFSET P-1W") stays relative, without the part of day.
                return day.find() ? new Timex(t.start(), t.end(), t.text(), "DATE", day.group(1), null, t.sentence())
                        : new Timex(t.start(), t.end(), t.text(), "DATE", null, p.group(1), t.sentence());
            }
        }
        Matcher n = NIGHT_OF.matcher(t.text().strip());
        if (n.find()) {
            int day = DAYS.get(n.group(1).toLowerCase(Locale.ROOT)).getValue();
            return new Timex(t.start(), t.end(), t.text(), "DATE", "XXXX-WXX-" + day, null, t.sentence());
        }
        return t;
    }

    /** "the first week of January": SUTime intersects the month with a week and gives no value. */
    private static final Pattern WEEK_OF_MONTH = Pattern.compile("(?i)^(?:in\\s+|during\\s+)?(?:the\\s+)?(first|second|third|fourth)"
            + "\\s+week\\s+(?:of|in)\\s+" + MONTH_NAMES + "(?:,?\\s+((?:19|20)\\d{2}))?$");
    private static final List<String> WEEK_ORDINALS = List.of("first", "second", "third", "fourth");

    /** The days of a numbered week of a month ("the second week of March": the 8th to the 14th), or null. */
    static TimexParts weekOfMonth(String text) {
        Matcher m = WEEK_OF_MONTH.matcher(text);
        if (!m.find()) return null;
        int first = 7 * WEEK_ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        return new TimexParts(m.group(3) == null ? null : Integer.valueOf(m.group(3)), month(m.group(2)), first, null, first + 6);
    }

    /** The parts of a range over two months, or null if the text is not one. */
    static TimexParts crossMonth(String text) {
        Matcher m = CROSS_MONTH_DAY_FIRST.matcher(text);
        int d1, m1, d2, m2;
        String year;
        if (m.find()) {
            d1 = Integer.parseInt(m.group(1));
            m1 = month(m.group(2));
            d2 = Integer.parseInt(m.group(3));
            m2 = month(m.group(4));
            year = m.group(5);
        } else if ((m = CROSS_MONTH_MONTH_FIRST.matcher(text)).find()) {
            m1 = month(m.group(1));
            d1 = Integer.parseInt(m.group(2));
            m2 = month(m.group(3));
            d2 = Integer.parseInt(m.group(4));
            year = m.group(5);
        } else {
            return null;
        }
        // "from May 20 to May 24": the month repeated, a range within it.
        if (m1 == m2 && d2 <= d1 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null;
        // A stated year belongs to the range's end: "30 December to 2 January 2024" began in 2023.
        Integer y = year == null ? null : Integer.parseInt(year) - (m2 < m1 ? 1 : 0);
        return new TimexParts(y, m1, d1, null, d2, m2);
    }

    private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** The month (1-12) a word starting with a month's name or abbreviation names, or 0. */
    static int month(String word) {
        String n = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_PREFIXES.length; i++) if (n.startsWith(MONTH_PREFIXES[i])) return i + 1;
        return 0;
    }

    /**
     * The date in "(16/3)" after a weekday: day first, as the convention is, unless only month first makes sense
     * ("(3/16)"). A two-digit year is of this century.
     */
    private static TimexParts parenthesised(Matcher m, DayOfWeek weekday) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
        int day = a, month = b;
        if (b > 12 && a <= 12) {
            day = b;
            month = a;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3)) + (m.group(3).length() == 2 ? 2000 : 0);
        return new TimexParts(year, month, day, weekday, null);
    }
}
