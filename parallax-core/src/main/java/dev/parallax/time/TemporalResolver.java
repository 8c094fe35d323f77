package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every time expression of a document absolute against the document's date. SUTime (run with that date as
 * reference) gives the candidates; this class restores the range ends SUTime drops, picks past or future by the
 * tense of the clause ("told reporters on Friday" is the Friday before), resolves "June of that year" to the year
 * just named, takes the year of a named event when the text omits it, and reports what it cannot resolve.
 */
final class TemporalResolver {

    /** Reason given with a value computed from an article date that is known only within a few days. */
    static final String APPROXIMATE = "approximate: relative to the article's date, known only within a few days";

    /** Words SUTime reads as times that news uses otherwise ("the Second World War"). */
    private static final Set<String> NOT_TEMPORAL = Set.of("present", "once", "the present", "current", "the second");
    private static final Pattern THAT_YEAR = Pattern.compile("^\\s*(?:of\\s+)?(?:that|the same)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIXED_LENGTH = Pattern.compile("^PT?\\d+(?:\\.\\d+)?[YMWDHS]$");
    private static final Pattern TIME_SUFFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T.*$");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(some|several|a few|many|few|more than|less than|nearly|almost|about|around|roughly)\\b|^(months|years|weeks|days) ago$",
            Pattern.CASE_INSENSITIVE);

    private TemporalResolver() {}

    /**
     * @param reread  SUTime's expressions read with the reference date (or without one if the date is unknown)
     * @param first   the first reading (tense, ranges, weekday) of the same document
     * @param events  dates of events, for years the text leaves out
     */
    static List<TemporalExpression> resolve(Document d, AnnotatedText at, List<Timex> reread, List<Reading> first,
                                            LocalDate reference, java.util.Map<Integer, List<Interval>> sentenceEventDates) {
        long window = d.published().earliest() == null ? Long.MAX_VALUE
                : LocalDate.parse(d.published().latest()).toEpochDay() - LocalDate.parse(d.published().earliest()).toEpochDay() + 1;
        List<Reading> readings = Reading.of(d.text(), at, withFirstOnly(reread, first));
        List<TemporalExpression> out = new ArrayList<>();
        Integer lastYear = null;
        Interval previous = null;
        // Whether the last expression read frames what follows it ("in 2023, when ..."), not a year that starts a
        // state ("since 2012") or names a thing ("the 2025 budget").
        boolean previousFrames = false;
        // The day the text last named: what "the same day" or "two days later" count from (a year between does not).
        Interval lastDay = null;
        int previousSentence = -1;
        // Where the last expression read ended: "four days later, on Sunday" restates the day just counted.
        int previousEnd = -1;
        // The days the text has named, in order: "that Sunday" is the last Sunday named.
        List<Interval> toldDays = new ArrayList<>();
        // The sentence each of those days was told in.
        List<Integer> toldSentences = new ArrayList<>();
        int lastDaySentence = -1;
        // A day dating a relative clause is counted from within its sentence only; after it the story goes back to
        // the day told before.
        Interval outerDay = null;
        int outerSentence = -1, clauseSentence = -1;
        // The weekdays the text has named alone and read from the writing day: "Tuesday's vote" after "passed the bill
        // on Tuesday" is that Tuesday again, even just after a date that fell on an earlier Tuesday.
        java.util.Set<DayOfWeek> writingWeekdays = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (Reading r : readings) {
            Timex t = r.timex();
            String lower = t.text().toLowerCase(Locale.ROOT).strip();
            if (NOT_TEMPORAL.contains(lower) || figurative(d.text(), t)) continue;
            if (clauseSentence >= 0 && r.sentence() != clauseSentence) {
                lastDay = outerDay;
                lastDaySentence = outerSentence;
                clauseSentence = -1;
            }
            Reading firstReading = sameSpan(first, t);
            Tense tense = firstReading != null ? firstReading.tense() : r.tense();
            TimexParts original = firstReading != null ? firstReading.parts() : null;
            String raw = firstReading != null && firstReading.timex().value() != null ? firstReading.timex().value()
                    : t.value() != null ? t.value() : t.altValue();
            String value = null, reason = null;
            String type = t.type();
            Interval same = "DURATION".equals(type) || "SET".equals(type) || vagueDay(lower) || firstReading == null ? null
                    : sameOverWindow(firstReading, d);
            // SUTime's "last Friday" is the Friday of the week before, even written on a Sunday two days later.
            if (same == null && firstReading != null && reference != null && window <= 1) same = Relative.lastOrNext(firstReading, reference);
            // "Thursday, new marches have taken place" written on one of Wednesday to Tuesday: the Thursday after
            // the Wednesday on six of the seven days; the day most of the window gives is the likeliest.
            boolean likely = false;
            if (same == null && !"DURATION".equals(type) && !"SET".equals(type) && !vagueDay(lower) && firstReading != null) {
                same = likelyOverWindow(firstReading, d);
                likely = same != null;
            }
            // "The day before, on Tuesday, ...": a day the text restates right after is read from that.
            Matcher restatedDay = RESTATED.matcher(d.text().substring(r.end(), Math.min(d.text().length(), r.end() + 16)));
            boolean restated = restatedDay.find();
            Interval told = lastDay != null ? anaphoric(lower, lastDay) : null;
            // "published on May 14, the day after the demolition": set beside the day just told by a comma alone, the
            // counted day restates it (the count is from another act), whereas "March 26, and two days later" counts.
            if (told != null && previous != null && previous.isDay() && previous.equals(lastDay) && previousEnd >= 0
                    && r.start() >= previousEnd && APPOSED.matcher(d.text().substring(previousEnd, r.start())).matches()) {
                told = lastDay;
            }
            int end = r.end();
            // "Two days after that, he resigned": SUTime reads the length; with "after that" it counts from the day told.
            Matcher afterThat = AFTER_THAT.matcher(d.text().substring(end, Math.min(d.text().length(), end + 16)));
            if (told == null && lastDay != null && "DURATION".equals(type) && afterThat.find()) {
                told = anaphoric(lower + " " + afterThat.group(1).toLowerCase(Locale.ROOT), lastDay);
                if (told != null) end += afterThat.end();
            }
            // "he declared the vote void on Saturday night. 'The world watched us tonight,' he said": said on the day
            // being told, a quotation's "tonight" is that day, not the day of writing.
            if (told == null && lastDay != null && reference != null && lastDay.end().isBefore(reference)
                    && r.sentence() - lastDaySentence <= QUOTE_REACH && PublicationDates.insideQuote(at, r)) {
                Integer shift = SPEAKER_DAYS.get(lower);
                if (shift != null) told = Interval.day(lastDay.start().plusDays(shift));
            }
            // "declared the vote void at 9:20 p.m.": an hour alone is an hour of the day being told.
            if (told == null && lastDay != null && raw != null && raw.matches("^T\\d{2}:\\d{2}.*")) told = lastDay;
            // "Four days later, on Sunday": counted from the day last named, it is that Sunday if the weekdays agree;
            // otherwise the restated day decides.
            if (told != null && restated && RESTATED_DATE.matcher(restatedDay.group()).find()) {
                // "Six days earlier, the 13 July, ...": the date restated is what the count means.
                Interval date = restatedDate(readings, r, told);
                if (date != null) told = date;
            } else if (told != null && restated && !weekdayAgrees(restatedDay.group(), told)) told = null;
            int start = r.start();
            // "..., on Sunday" right after a day counted to that Sunday restates it.
            if (told == null && lastDay != null && previousEnd >= 0 && r.start() - previousEnd <= RESTATE_GAP
                    && original != null && original.weekday() != null && original.month() == null
                    && lastDay.start().getDayOfWeek() == original.weekday()) {
                told = lastDay;
            }
            // "called a march for Aug. 5. The night before, ... On Monday afternoon she resigned": a past weekday just
            // after the text told a day of that weekday is that day, whatever week the writing is in.
            if (told == null && tense == Tense.PAST && original != null && original.weekday() != null && original.month() == null
                    && !lower.startsWith("last") && !lower.startsWith("next") && !lower.startsWith("this")
                    && !writingWeekdays.contains(original.weekday())) {
                for (int k = toldDays.size() - 1; k >= 0 && r.sentence() - toldSentences.get(k) <= TOLD_WEEKDAY_REACH; k--) {
                    Interval day = toldDays.get(k);
                    // Only a day of the last week or so before the writing: a weekday alone names no day further back.
                    LocalDate byTense = reference == null ? null : weekdayByTense(original.weekday(), reference, tense);
                    if (toldSentences.get(k) < r.sentence() && day.start().getDayOfWeek() == original.weekday()
                            && byTense != null && !day.start().isAfter(byTense) && !day.start().isBefore(byTense.minusDays(7))) {
                        told = toldDays.get(k);
                        break;
                    }
                }
            }
            // "The road to that Sunday was short": the Sunday last named.
            if (told == null && (lower.startsWith("that ") || THAT_DAY.matcher(d.text().substring(Math.max(0, start - 12), start)).find())
                    && original != null && original.weekday() != null && original.month() == null) {
                for (int k = toldDays.size() - 1; k >= 0 && told == null; k--) {
                    if (toldDays.get(k).start().getDayOfWeek() == original.weekday()) told = toldDays.get(k);
                }
            }
            // "found on the Wednesday after the collapse": a weekday counted from an act the article dates, not from
            // the writing; the act's day is the one told in a sentence naming it, else the story's first day.
            if (told == null && original != null && original.weekday() != null && original.month() == null) {
                Matcher act = WEEKDAY_AFTER_ACT.matcher(d.text().substring(r.end(), Math.min(d.text().length(), r.end() + 40)));
                if (act.find()) {
                    Interval day = actDay(at, r.end() + act.start(2), toldDays, toldSentences);
                    if (day != null) {
                        told = Interval.day(act.group(1).equalsIgnoreCase("after")
                                ? day.start().with(TemporalAdjusters.next(original.weekday()))
                                : day.start().with(TemporalAdjusters.previous(original.weekday())));
                    }
                }
            }
            // "an ordinance passed that weekend": the weekend of the day last named.
            if (told == null && lastDay != null && THAT_WEEKEND.matcher(lower).find()
                    || told == null && lastDay != null && lower.equals("weekend")
                    && THAT_DAY.matcher(d.text().substring(Math.max(0, start - 12), start)).find()) {
                told = weekendOf(lastDay.start());
            }
            // "a vote of confidence in the new year": the coming year, not its first day, and no day the story tells.
            if (told == null && NEW_YEAR.matcher(lower).matches() && t.value() != null && t.value().matches("^\\d{4}-01-01$")
                    && IN_THE.matcher(d.text().substring(Math.max(0, start - 10), start)).find()) {
                out.add(new TemporalExpression(d.id(), start, r.end(), d.text().substring(start, r.end()), "DATE",
                        t.value().substring(0, 4), raw, null));
                previousEnd = r.end();
                continue;
            }
            // "who had arrived almost two decades ago": a hedged count of years back names no year, only how long.
            Matcher hedgedAgo = AGO_YEARS.matcher(lower);
            if (told == null && hedgedAgo.find() && HEDGE_BEFORE.matcher(d.text().substring(Math.max(0, start - 16), start)).find()) {
                int n = count(hedgedAgo.group(1));
                if (n > 0) {
                    out.add(new TemporalExpression(d.id(), start, r.end(), d.text().substring(start, r.end()), "DURATION",
                            "P" + (hedgedAgo.group(2).startsWith("decade") ? 10 * n : n) + "Y", raw, null));
                    previousEnd = r.end();
                    continue;
                }
            }
            // "Less than two years later the hustlers have turned on him": a hedged count of years or months from a
            // moment names no date, only about how long.
            Matcher hedgedLater = HEDGED_LATER.matcher(lower);
            if (told == null && hedgedLater.find()) {
                int n = count(hedgedLater.group(1));
                if (n > 0) {
                    out.add(new TemporalExpression(d.id(), start, r.end(), d.text().substring(start, r.end()), "DURATION",
                            "P" + n + Character.toUpperCase(hedgedLater.group(2).charAt(0)), raw, null));
                    previousEnd = r.end();
                    continue;
                }
            }
            // "the decree was lifted some six hours later": a length counted from the hour told, not a day.
            Matcher hours = HOURS_LATER.matcher(lower);
            if (told == null && hours.find()) {
                out.add(new TemporalExpression(d.id(), start, r.end(), d.text().substring(start, r.end()), "DURATION",
                        "PT" + count(hours.group(1)) + (hours.group(2).startsWith("h") ? "H" : "M"), raw, null));
                previousEnd = r.end();
                continue;
            }
            Matcher nthHour = NTH_HOUR.matcher(lower);
            if (told == null && nthHour.find()) {
                out.add(new TemporalExpression(d.id(), start, r.end(), d.text().substring(start, r.end()), "DURATION",
                        "PT" + Integer.parseInt(nthHour.group(1)) + "H", raw, null));
                previousEnd = r.end();
                continue;
            }
            // "a crowd set fire to his home the same night": SUTime takes only the part of the day, which is told from
            // the day last named like "the same day".
            Matcher partOf = lastDay != null && DAY_PARTS.contains(lower)
                    ? TOLD_PART.matcher(d.text().substring(Math.max(0, start - 16), start)) : null;
            if (told == null && partOf != null && partOf.find()) {
                told = anaphoric((partOf.group(1) == null ? "same" : partOf.group(1).toLowerCase(Locale.ROOT)) + " day", lastDay);
                start -= partOf.group().length();
            }
            // "the president bowed in the morning": the morning of the day being told.
            if (told == null && lastDay != null && DAY_PARTS.contains(lower)
                    && IN_THE_PART.matcher(d.text().substring(Math.max(0, start - 8), start)).find()) {
                told = lastDay;
            }
            // "Negotiations broke down during the day": the day being told, not the day of writing.
            if (told == null && lastDay != null && lower.equals("the day")
                    && WITHIN_THE_DAY.matcher(d.text().substring(Math.max(0, r.start() - 20), r.start())).find()) {
                told = lastDay;
            }
            String laterYear = told == null && previous != null && r.sentence() - previousSentence <= 1
                    ? yearsLater(lower, previous) : null;
            if (told == null && laterYear != null) {
                // "murdered in 1975 and assassinated six years later": counted from the year just named.
                value = laterYear;
            } else if (told != null) {
                // "The same day", "two days later": counted from the day the text last named, not from the writing.
                value = told.iso();
                previous = told;
                previousSentence = r.sentence();
                previousFrames = true;
            } else if (same != null) {
                // "on Tuesday" said in an article written on one of Wednesday to Sunday: the same Tuesday whichever.
                value = same.iso();
                if (likely) reason = APPROXIMATE;
                if (same.start().getYear() == same.end().getYear()) lastYear = same.start().getYear();
                previous = same;
                previousSentence = r.sentence();
                previousFrames = true;
            } else if ("DURATION".equals(type) || "SET".equals(type)) {
                // "Fifty-one days after he left": read with the writing date, SUTime may lose a length it read without.
                value = t.value() == null && raw != null && FIXED_LENGTH.matcher(raw).matches() ? raw : t.value();
                if (value == null) reason = "duration without a fixed length";
            } else if (t.value() == null || t.value().endsWith("_REF")) {
                if (t.value() != null && t.value().equals("PRESENT_REF") && reference != null) value = reference.toString();
                else reason = reference == null ? "relative expression and no publication date" : "vague reference";
            } else {
                TimexParts parts = original != null ? original : TimexParts.of(t.value());
                // A range over two months is read whole only by this reading (the first may have kept one end).
                if (r.parts() != null && r.parts().endMonth() != null) parts = original = r.parts();
                Interval resolved = null;
                if (original != null && original.year() != null && original.endDay() != null) {
                    resolved = original.absolute(); // "June 11 to 12, 2024": the year stated after the range
                } else if (parts != null && parts.year() == null && parts.hasMonth()) {
                    Integer year = thatYear(d.text(), r.end(), lastYear);
                    if (year == null) year = eventYear(parts, sentenceEventDates, r.sentence());
                    if (year == null && previousFrames && previousSentence == r.sentence() && r.start() - previousEnd <= CONTINUED_REACH) {
                        year = continuedYear(parts, previous, reference, tense);
                    }
                    if (year == null && reference != null) year = yearOf(parts, reference, yearTense(d.text(), at, r, tense));
                    if (year != null) resolved = parts.withEndDay(r.parts() != null ? r.parts().endDay() : parts.endDay()).in(year);
                    else reason = "year not stated and no publication date";
                } else if (parts != null && parts.weekday() != null && parts.month() == null && reference != null) {
                    resolved = Interval.day(weekdayByTense(parts.weekday(), reference, tense));
                } else if ("XXXX-WE".equals(raw) && reference != null && (tense == Tense.PAST || tense == Tense.FUTURE)) {
                    // "over the weekend UBS agreed": the weekend just past; "will meet at the weekend": the coming one.
                    resolved = weekendByTense(reference, tense);
                } else if (r.parts() != null && r.parts().year() != null && r.parts().endDay() != null) {
                    resolved = r.parts().absolute();
                } else {
                    // "a fortnight ago today" read against a date known within a few days: SUTime gives the writing
                    // day itself; the day it counts back to is as approximate as that date.
                    Interval counted = firstReading == null || reference == null ? null : Relative.lastOrNext(firstReading, reference);
                    resolved = counted != null ? counted : Interval.parse(stripTime(t.value()));
                    if (resolved == null && reason == null) {
                        reason = t.value().contains("X") && reference == null ? "relative to the article's date, which is unknown"
                                : "not a calendar date: " + t.value();
                    }
                }
                // A value the first reading did not have ("yesterday" read against the guessed date) is relative.
                String stated = firstReading == null || firstReading.timex().value() != null ? raw : null;
                String imprecise = resolved == null ? null : tooImprecise(stated, original, resolved, window, d);
                if (imprecise != null && !imprecise.equals(APPROXIMATE)) {
                    resolved = null;
                    reason = imprecise;
                } else if (imprecise != null) {
                    reason = APPROXIMATE;
                }
                if (resolved != null) {
                    value = vagueDay(lower) ? coarsen(resolved)
                            : t.value() != null && t.value().matches("^\\d{4}/\\d{4}$") ? years(resolved)
                            : t.value() != null && t.value().matches("^\\d{4}-\\d{2}/\\d{4}-\\d{2}$") ? t.value() : resolved.iso();
                    if (resolved.start().getYear() == resolved.end().getYear()) lastYear = resolved.start().getYear();
                    previous = resolved;
                    previousSentence = r.sentence();
                    previousFrames = !SINCE_BEFORE.matcher(d.text().substring(Math.max(0, r.start() - 8), r.start())).find()
                            && !namesThing(at, r);
                    previousEnd = r.end();
                    if (vagueDay(lower)) reason = "approximate: the expression is vague";
                }
            }
            if (told != null || same != null) previousEnd = r.end();
            // "acting president since the 14th": the start of a state is no day the story is telling.
            boolean since = SINCE_BEFORE.matcher(d.text().substring(Math.max(0, start - 8), start)).find();
            if (previous != null && previous.isDay() && value != null && value.equals(previous.iso()) && !modifiesNoun(at, r)
                    && !since) {
                boolean background = inRelativeClause(at, r);
                if (background && clauseSentence < 0) {
                    outerDay = lastDay;
                    outerSentence = lastDaySentence;
                }
                if (background) clauseSentence = r.sentence();
                lastDay = previous;
                lastDaySentence = r.sentence();
                if (!background) {
                    toldDays.add(previous);
                    toldSentences.add(r.sentence());
                }
            }
            if (told == null && value != null && original != null && original.weekday() != null && original.month() == null
                    && BARE_WEEKDAY.matcher(lower).matches()) writingWeekdays.add(original.weekday());
            if (told != null && end != r.end()) type = "DATE";
            if (value != null && END_OF_THE_MONTH.matcher(lower).matches() && value.matches("^\\d{4}-\\d{2}$")) {
                // "until the end of the month": the month's last day, where a deadline falls.
                value = YearMonth.parse(value).atEndOfMonth().toString();
            }
            out.add(new TemporalExpression(d.id(), start, end, d.text().substring(start, end), type,
                    value, raw, reason));
        }
        out = compoundLengths(d.text(), yearSpans(d.text(), out));
        List<TemporalExpression> fractions = FractionalDurations.find(d, out);
        out.removeIf(k -> fractions.stream().anyMatch(f -> f.start() <= k.start() && k.end() <= f.end()));
        out.addAll(fractions);
        out.sort(Comparator.comparingInt(TemporalExpression::start).thenComparingInt(TemporalExpression::end));
        out = WorldCalendars.add(d, reference, WrittenDates.add(d, out));
        return dropOverlaps(out);
    }

    /**
     * "the second seat of power to fall, after the palace last Saturday": a day that dates a noun set beside what is
     * told is a point of comparison, not the day the text is telling ("named acting president the same day").
     */
    private static boolean modifiesNoun(AnnotatedText at, Reading r) {
        List<dev.parallax.corpus.Token> toks = at.tokensIn(r.start(), r.end());
        if (toks.isEmpty()) return false;
        int first = toks.get(0).index(), last = toks.get(toks.size() - 1).index();
        for (dev.parallax.corpus.Token t : toks) {
            if (t.head() >= first && t.head() <= last || t.head() < 0) continue;
            dev.parallax.corpus.Token head = at.tokens().get(t.head());
            if (head.pos() == null || !head.pos().startsWith("NN")) return false;
            for (dev.parallax.corpus.Token c : at.tokensOf(at.sentences().get(head.sentence()))) {
                if (c.head() == head.index() && "case".equals(c.deprel()) && COMPARED.contains(c.word().toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "a shop owner, who was shot by police on 19 July": a day dating a relative clause is background to the story,
     * not the day it is telling ("On the same day" in a later sentence goes back to the day told before; "the bank,
     * which was sound on 14 March, sank five days later" counts from it within its sentence).
     */
    private static boolean inRelativeClause(AnnotatedText at, Reading r) {
        List<dev.parallax.corpus.Token> toks = at.tokensIn(r.start(), r.end());
        if (toks.isEmpty()) return false;
        dev.parallax.corpus.Token last = toks.get(toks.size() - 1);
        dev.parallax.corpus.Token verb = Tense.governingVerb(at.tokens(), last, at.sentences().get(last.sentence()));
        if (verb == null) return false;
        if (verb.deprel() != null && verb.deprel().startsWith("acl")) return true;
        // The parser may hang the clause elsewhere; a relative pronoun as its subject still marks it.
        for (dev.parallax.corpus.Token c : at.tokensOf(at.sentences().get(verb.sentence()))) {
            if (c.head() == verb.index() && c.deprel() != null && c.deprel().startsWith("nsubj")
                    && RELATIVE_PRONOUNS.contains(c.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whom");

    /** "after the collapse", "before their arrest": an act a weekday is counted from. */
    private static final Pattern WEEKDAY_AFTER_ACT = Pattern.compile(
            "(?i)^\\s+(after|before)\\s+(?:the|his|her|its|their)\\s+([\\p{L}-]+)");

    /** Whether a weekday is counted from an act ("the Wednesday after the collapse"), not from the writing. */
    static boolean countedFromAct(String text, Reading r) {
        return r.parts() != null && r.parts().weekday() != null && r.parts().month() == null
                && WEEKDAY_AFTER_ACT.matcher(text.substring(r.end(), Math.min(text.length(), r.end() + 40))).find();
    }

    /**
     * The day of a weekday counted from an act, with the days told before it read from the first readings (a
     * yearless date in {@code year}); null if it is not counted so or no day was told before it.
     */
    static Interval weekdayAfterAct(String text, AnnotatedText at, Reading r, List<Reading> readings, int year) {
        if (!countedFromAct(text, r)) return null;
        Matcher act = WEEKDAY_AFTER_ACT.matcher(text.substring(r.end(), Math.min(text.length(), r.end() + 40)));
        if (!act.find()) return null;
        List<Interval> days = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        for (Reading o : readings) {
            if (o.start() >= r.start()) break;
            Interval i = o.absolute();
            if (i == null && o.parts() != null && o.parts().hasMonth() && o.parts().day() != null) i = o.parts().in(year);
            if (i == null || !i.isDay()) continue;
            days.add(i);
            sentences.add(o.sentence());
        }
        Interval day = actDay(at, r.end() + act.start(2), days, sentences);
        if (day == null) return null;
        return Interval.day(act.group(1).equalsIgnoreCase("after")
                ? day.start().with(TemporalAdjusters.next(r.parts().weekday()))
                : day.start().with(TemporalAdjusters.previous(r.parts().weekday())));
    }

    /**
     * The day of the act named by the noun at {@code nounStart}: the last day told in a sentence with a word of the
     * same lemma ("the bridge collapsed on March 26" for "the collapse"), else the earliest day told, which a story
     * opens from; null if no day was told.
     */
    private static Interval actDay(AnnotatedText at, int nounStart, List<Interval> toldDays, List<Integer> toldSentences) {
        String lemma = null;
        for (dev.parallax.corpus.Token t : at.tokens()) {
            if (t.start() == nounStart) {
                lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
                break;
            }
        }
        Interval earliest = null;
        for (int k = toldDays.size() - 1; k >= 0; k--) {
            Interval day = toldDays.get(k);
            if (!day.isDay()) continue;
            if (lemma != null) {
                for (dev.parallax.corpus.Token t : at.tokensOf(at.sentences().get(toldSentences.get(k)))) {
                    if (t.lemma() != null && t.lemma().equalsIgnoreCase(lemma)) return day;
                }
            }
            if (earliest == null || !day.start().isAfter(earliest.start())) earliest = day;
        }
        return earliest;
    }

    /** Prepositions that set a noun beside what is told: "after the palace last Saturday", "unlike the vote in May". */
    private static final Set<String> COMPARED = Set.of("after", "before", "since", "than", "like", "unlike");

    /** "the same day", "the next day", "two days later", "a week later", "the day before": told from another day. */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "^(?:on\\s+|that\\s+|by\\s+)?(?:the\\s+)?(?:(same|next|following|previous|preceding) (?:day|morning|afternoon|evening|night)"
                    + "|(?:day|night|evening|morning|eve) (before|after)|(a|an|one|two|three|four|five|six|seven|\\d+) (days?|weeks?) (later|afterwards|after|earlier|before)"
                    + "|(?<=the )(following|next|previous|preceding) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))$");
    /** "midnight the next day", "at dawn the following day": an hour of a day counted from the day told. */
    private static final Pattern HOUR_PREFIX = Pattern.compile(
            "^(?:at\\s+|by\\s+)?(?:midnight|noon|midday|dawn|dusk|daybreak|\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?))\\s+(?=(?:on\\s+)?the\\s)"
                    // "the evening of the same day": a part of a day counted from the day told is that day.
                    + "|^(?:in\\s+|on\\s+|during\\s+)?the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+(?=the\\s)");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
    private static final Pattern TOLD_PART = Pattern.compile("(?i)\\b(?:(?:that|the)\\s+(same|next|following|previous)|that)\\s+$");
    /** "in the morning", "during the night": a part of the day, which is the day being told. */
    private static final Pattern IN_THE_PART = Pattern.compile("(?i)\\b(?:in|during)\\s+the\\s+$");
    /** "that Sunday", "that same weekend": a day or weekend the text named before. */
    private static final Pattern THAT_DAY = Pattern.compile("(?i)\\bthat\\s+(?:same\\s+)?$");
    private static final Pattern THAT_WEEKEND = Pattern.compile("^(?:that|the same)\\s+(?:same\\s+)?weekend$");
    /** "six hours later", "some 40 minutes earlier": counted from an hour of the day told. */
    private static final Pattern HOURS_LATER = Pattern.compile(
            "^(?:(?:some|about|around|roughly|nearly|almost)\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+(hours?|minutes?)\\s+(?:later|earlier|afterwards)$");
    /** "pulled out alive at the 150th hour": the hours counted since a disaster, a length, not an hour of a day. */
    private static final Pattern NTH_HOUR = Pattern.compile("^(?:at\\s+)?(?:the\\s+)?(\\d+)(?:st|nd|rd|th)\\s+hours?$");
    private static final Pattern AFTER_THAT = Pattern.compile("(?i)^\\s+(after|before)\\s+(?:that|this)\\b");
    /** Words for the speaker's day in a quotation, by days from it. */
    private static final java.util.Map<String, Integer> SPEAKER_DAYS = java.util.Map.of("today", 0, "tonight", 0,
            "this morning", 0, "this evening", 0, "this afternoon", 0, "yesterday", -1, "tomorrow", 1);
    /** Sentences after the day told within which a quotation is taken as said that day. */
    private static final int QUOTE_REACH = 1;
    /** "two decades ago", "five years ago": a count of years back from the writing. */
    private static final Pattern AGO_YEARS = Pattern.compile(
            "^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) (decades?|years?) ago$");
    /** "less than two years later", "almost three months on": a rough count of years or months from a moment. */
    private static final Pattern HEDGED_LATER = Pattern.compile("^(?:less than|more than|almost|nearly|about|around|some|over"
            + "|roughly|barely|close to|just over|just under)\\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)"
            + "\\s+(years?|months?)\\s+(?:later|earlier|afterwards|on)$");
    private static final Pattern NEW_YEAR = Pattern.compile("^(?:the\\s+)?new\\s+year$");
    private static final Pattern IN_THE = Pattern.compile("(?i)\\b(?:in|into|early in|until)\\s+(?:the\\s+)?$");
    /** Words that make a count rough: "almost", "nearly", "about", "some", "more than", "over", "roughly". */
    private static final Pattern HEDGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:almost|nearly|about|around|roughly|some|over|more than|less than|close to)\\s+$");
    /** Only a comma between two expressions: the second is in apposition to the first. */
    private static final Pattern APPOSED = Pattern.compile("^\\s*,\\s*$");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");
    /**
     * Farthest (in characters) a yearless month may follow the dated expression whose year it continues: "this year,
     * when the conference opens on 11 November" does, "elected in 2022 by the narrowest margin ..., weakened since
     * the opposition won the election in April" (another clause, another year) does not.
     */
    private static final int CONTINUED_REACH = 60;
    /** Sentences after a day told within which a past weekday of the same name is that day. */
    private static final int TOLD_WEEKDAY_REACH = 2;
    /** Characters between a counted day and its restatement: "four days later, on Sunday". */
    private static final int RESTATE_GAP = 6;
    private static final Pattern RESTATED = Pattern.compile(
            "(?i)^\\s*[,(]\\s*(?:on\\s+)?(?:the\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}\\b)");
    private static final Pattern RESTATED_DATE = Pattern.compile("\\d");
    /** "six years later", "two months earlier": counted from the date just named. */
    private static final Pattern YEARS_LATER = Pattern.compile(
            "^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) (years?|months?) (later|afterwards|after|earlier|before)$");

    /** The year (or month) that many years (months) from the date just named, or null. */
    static String yearsLater(String lower, Interval previous) {
        Matcher m = YEARS_LATER.matcher(lower);
        if (!m.find()) return null;
        int n = count(m.group(1));
        if (n < 0) return null;
        boolean back = m.group(3).equals("earlier") || m.group(3).equals("before");
        if (m.group(2).startsWith("year")) {
            if (previous.start().getYear() != previous.end().getYear()) return null;
            return String.valueOf(previous.start().getYear() + (back ? -n : n));
        }
        // Months from a year say no month.
        if (previous.days() > 31) return null;
        LocalDate month = back ? previous.start().minusMonths(n) : previous.start().plusMonths(n);
        return month.toString().substring(0, 7);
    }

    /** The date named right after a counted day ("six days earlier, the 13 July"), in the counted day's year. */
    private static Interval restatedDate(List<Reading> readings, Reading r, Interval told) {
        for (Reading next : readings) {
            if (next.start() < r.end() || next.start() - r.end() > RESTATE_GAP + 10) continue;
            TimexParts p = next.parts();
            if (p == null || !p.hasMonth() || p.day() == null) return null;
            Interval in = p.year() != null ? p.absolute() : p.in(told.start().getYear());
            return in != null && in.isDay() ? in : null;
        }
        return null;
    }
    private static final Pattern WITHIN_THE_DAY = Pattern.compile(
            "(?i)\\b(?:during|throughout|later in|earlier in|in the course of)\\s+$");
    private static final List<String> SMALL_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");

    /**
     * The day an expression that counts from the day the text last named stands for, or null if it is not one:
     * "On Saturday, August 19, he spoke. The same day ..." is August 19 whenever the article was written.
     */
    static boolean isAnaphoric(String text) {
        return ANAPHORIC.matcher(HOUR_PREFIX.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceFirst("")).find();
    }

    static Interval anaphoric(String lower, Interval previous) {
        Matcher m = ANAPHORIC.matcher(HOUR_PREFIX.matcher(lower).replaceFirst(""));
        if (!m.find()) return null;
        LocalDate day = previous.start();
        if (m.group(6) != null) {
            // "the following Sunday": the first Sunday after the day told; "the previous Sunday" the last before it.
            DayOfWeek w = DayOfWeek.valueOf(m.group(7).toUpperCase(Locale.ROOT));
            boolean back = m.group(6).equals("previous") || m.group(6).equals("preceding");
            return Interval.day(back ? day.with(TemporalAdjusters.previous(w)) : day.with(TemporalAdjusters.next(w)));
        }
        if (m.group(1) != null) {
            return Interval.day(switch (m.group(1)) {
                case "same" -> day;
                case "next", "following" -> day.plusDays(1);
                default -> day.minusDays(1);
            });
        }
        if (m.group(2) != null) return Interval.day(m.group(2).equals("after") ? day.plusDays(1) : day.minusDays(1));
        String n = m.group(3);
        int count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : SMALL_NUMBERS.indexOf(n);
        int days = count * (m.group(4).startsWith("week") ? 7 : 1);
        boolean back = m.group(5).equals("earlier") || m.group(5).equals("before");
        return Interval.day(back ? day.minusDays(days) : day.plusDays(days));
    }

    private static final Pattern SIMPLE_LENGTH = Pattern.compile("^P(\\d+)([YMWD])$");
    private static final String UNITS = "YMWD";

    /**
     * "two years and two days after the riot": SUTime reads the two lengths apart; joined by "and", larger unit first,
     * they are one length ("P2Y2D").
     */
    private static List<TemporalExpression> compoundLengths(String text, List<TemporalExpression> sorted) {
        List<TemporalExpression> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TemporalExpression a = sorted.get(i);
            TemporalExpression b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            Matcher ma = a.value() == null ? null : SIMPLE_LENGTH.matcher(a.value());
            Matcher mb = b == null || b.value() == null ? null : SIMPLE_LENGTH.matcher(b.value());
            if (ma != null && mb != null && ma.matches() && mb.matches() && "DURATION".equals(a.type()) && "DURATION".equals(b.type())
                    && a.end() <= b.start() && text.substring(a.end(), b.start()).matches("\\s+and\\s+")
                    && UNITS.indexOf(ma.group(2)) < UNITS.indexOf(mb.group(2))) {
                String value = a.value() + b.value().substring(1);
                out.add(new TemporalExpression(a.doc(), a.start(), b.end(), text.substring(a.start(), b.end()), "DURATION",
                        value, value, null));
                i++;
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The tense by which a yearless date's year is chosen. "decreed an intervention until January 31", "had insisted
     * on waiting until Jan. 15": the end of a state set in the past may lie ahead, so the past tense does not push it
     * back a year; the nearest such date is meant.
     */
    private static Tense yearTense(String text, AnnotatedText at, Reading r, Tense tense) {
        // "will answer for the violence of the 29 and 30 of July": the day of a noun, not of the coming act.
        if (tense == Tense.FUTURE && PublicationDates.ownerNoun(text, at, r) != null) return Tense.UNKNOWN;
        if (tense != Tense.PAST) return tense;
        if (UNTIL_BEFORE.matcher(text.substring(Math.max(0, r.start() - 8), r.start())).find()) return Tense.UNKNOWN;
        List<dev.parallax.corpus.Token> toks = at.tokensIn(r.start(), r.end());
        if (toks.isEmpty()) return tense;
        dev.parallax.corpus.Token last = toks.get(toks.size() - 1);
        dev.parallax.corpus.Sentence s = at.sentences().get(last.sentence());
        dev.parallax.corpus.Token verb = Tense.governingVerb(at.tokens(), last, s);
        return announcedFor(at, last, s) || toBeDone(at, verb, s) || modal(at, verb, s) ? Tense.UNKNOWN : tense;
    }

    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should");

    /**
     * "which would have pushed the vote into late March": a modal clause says nothing of the side of the writing the
     * date lies on, whatever other verb of the sentence is past.
     */
    private static boolean modal(AnnotatedText at, dev.parallax.corpus.Token verb, dev.parallax.corpus.Sentence s) {
        if (verb == null) return false;
        for (dev.parallax.corpus.Token c : at.tokensOf(s)) {
            if (c.head() == verb.index() && c.deprel() != null && c.deprel().startsWith("aux")
                    && MODALS.contains(c.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Verbs of announcing whose object is an event set for a day: "announced a conference on 10 October", "called a
     * vote for May 5". Not verbs of doing ("organised exercises on 19 August"), whose date is the deed's.
     */
    private static final Set<String> ANNOUNCING = Set.of("announce", "call", "schedule", "set", "plan", "propose", "fix");

    /**
     * "has announced an international conference on 10 October": the date hangs on the event announced, not on the
     * announcing; the announcement is past, the event may be ahead.
     */
    private static boolean announcedFor(AnnotatedText at, dev.parallax.corpus.Token date, dev.parallax.corpus.Sentence s) {
        if (date.head() < 0 || date.deprel() == null) return false;
        if (date.deprel().startsWith("obl")) {
            // "announced a conference for the reconstruction on 10 October": the parser may hang the date on the verb;
            // after the event announced, it still dates the event.
            dev.parallax.corpus.Token verb = at.tokens().get(date.head());
            if (!verb.isVerb() || verb.lemma() == null || !ANNOUNCING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
            for (dev.parallax.corpus.Token c : at.tokensOf(s)) {
                if (c.head() == verb.index() && "obj".equals(c.deprel()) && c.index() < date.index() && c.pos() != null
                        && c.pos().startsWith("NN")) return true;
            }
            return false;
        }
        if (!date.deprel().startsWith("nmod")) return false;
        dev.parallax.corpus.Token noun = at.tokens().get(date.head());
        if (noun.pos() == null || !noun.pos().startsWith("NN") || noun.head() < 0 || !"obj".equals(noun.deprel())) return false;
        dev.parallax.corpus.Token verb = at.tokens().get(noun.head());
        return verb.isVerb() && verb.lemma() != null && ANNOUNCING.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /** "a summit, to be held on 12 October": a passive infinitive tells what is yet to be done, not what was. */
    private static boolean toBeDone(AnnotatedText at, dev.parallax.corpus.Token verb, dev.parallax.corpus.Sentence s) {
        if (verb == null || !"VBN".equals(verb.pos())) return false;
        boolean to = false, be = false;
        for (dev.parallax.corpus.Token c : at.tokensOf(s)) {
            if (c.head() != verb.index() || c.deprel() == null) continue;
            if (c.deprel().equals("mark") && c.word().equalsIgnoreCase("to")) to = true;
            if (c.deprel().startsWith("aux") && c.word().equalsIgnoreCase("be")) be = true;
        }
        return to && be;
    }

    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:until|till)\\s+$");

    /** "the 2025 budget", "the 2022 election": a year that names a thing rather than a time the clause is set in. */
    private static boolean namesThing(AnnotatedText at, Reading r) {
        List<dev.parallax.corpus.Token> toks = at.tokensIn(r.start(), r.end());
        if (toks.size() != 1 || !toks.get(0).word().matches("(?:19|20)\\d{2}")) return false;
        dev.parallax.corpus.Token year = toks.get(0);
        if (year.head() <= year.index()) return false;
        dev.parallax.corpus.Token head = at.tokens().get(year.head());
        return head.pos() != null && head.pos().startsWith("NN") && head.sentence() == year.sentence()
                && Set.of("compound", "amod", "nummod", "nmod", "nmod:tmod").contains(year.deprel());
    }

    /** "between 1977 and 2020", "from 2009 to 2014", "between July 14 and August 11": two dates that bound one period. */
    private static final Pattern YEAR_LINK = Pattern.compile("^\\s*(?:and|to|until|till|-|–|—)\\s*$");
    private static final Pattern YEAR_OPENER = Pattern.compile("(?i)\\b(?:between|from)\\s+$");

    /** Joins two years or dates that a text gives as the ends of a period into one expression of that period. */
    private static List<TemporalExpression> yearSpans(String text, List<TemporalExpression> sorted) {
        List<TemporalExpression> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TemporalExpression a = sorted.get(i);
            TemporalExpression b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (b != null && sameGrain(a, b) && a.end() <= b.start()
                    && YEAR_LINK.matcher(text.substring(a.end(), b.start())).matches()
                    && YEAR_OPENER.matcher(text.substring(Math.max(0, a.start() - 10), a.start())).find()
                    && a.value().compareTo(b.value()) < 0) {
                out.add(new TemporalExpression(a.doc(), a.start(), b.end(), text.substring(a.start(), b.end()), "DATE",
                        a.value() + "/" + b.value(), a.value() + "/" + b.value(), null));
                i++;
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** Two calendar dates of one grain, "1977" and "2020" or "July 14" and "August 11", that may bound a period. */
    private static boolean sameGrain(TemporalExpression a, TemporalExpression b) {
        if (isYear(a) && isYear(b)) return true;
        return isCalendarDate(a) && isCalendarDate(b) && a.value().length() == b.value().length();
    }

    private static boolean isCalendarDate(TemporalExpression t) {
        return "DATE".equals(t.type()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?")
                && Reading.month(t.text().strip().replaceAll("^\\d+\\s*", "")) != 0;
    }

    private static boolean isYear(TemporalExpression t) {
        return "DATE".equals(t.type()) && t.value() != null && t.value().matches("\\d{4}") && t.text().strip().matches("\\d{4}");
    }

    /**
     * SUTime read with a reference date sometimes drops a weekday it read without one ("closed the airspace on
     * Sunday night"): the first reading's expressions that the second lacks are kept.
     */
    private static List<Timex> withFirstOnly(List<Timex> reread, List<Reading> first) {
        if (first == null) return reread;
        List<Timex> out = new ArrayList<>(reread);
        for (Reading f : first) {
            if (f.parts() == null || f.parts().weekday() == null && !f.parts().hasMonth()) continue;
            boolean covered = false;
            for (Timex t : reread) covered |= t.start() < f.timex().end() && f.timex().start() < t.end();
            if (!covered) out.add(f.timex());
        }
        out.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return out;
    }

    /** A weekday named alone ("Tuesday", "on Tuesday evening"), not "last Tuesday" or "that Tuesday". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "^(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening|night))?$");

    /** Longest publication window over which an expression's meaning is compared day by day. */
    private static final int MAX_WINDOW = 120;

    /**
     * The days a relative expression names if they are the same on every day the article may have been written,
     * or null. Only for windows of several days: a known date resolves through SUTime as usual.
     */
    static Interval sameOverWindow(Reading r, Document d) {
        if (d.published().earliest() == null || !Relative.handles(r)) return null;
        LocalDate from = LocalDate.parse(d.published().earliest()), to = LocalDate.parse(d.published().latest());
        if (!to.isAfter(from) || to.toEpochDay() - from.toEpochDay() >= MAX_WINDOW) return null;
        Interval first = Relative.at(r, from);
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (!first.equals(Relative.at(r, day))) return null;
        }
        return first;
    }

    /** Widest publication window over which the day most writing days give is taken for a relative expression. */
    private static final int LIKELY_WINDOW = 7;

    /** How much likelier each day of a window is than the next one farther from the estimated writing day. */
    private static final double WINDOW_DECAY = 0.6;

    /**
     * The days a relative expression names on most of the days the article may have been written on (a window of
     * two to {@link #LIKELY_WINDOW} days), or null. A window inferred from the text opens with the last day the
     * article tells, and news is written soon after what it tells: each day counts less the farther it lies from the
     * estimated writing day.
     */
    static Interval likelyOverWindow(Reading r, Document d) {
        if (d.published().earliest() == null || !Relative.handles(r)) return null;
        LocalDate from = LocalDate.parse(d.published().earliest()), to = LocalDate.parse(d.published().latest());
        LocalDate estimate = d.published().value() == null ? from : LocalDate.parse(d.published().value());
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days < 2 || days > LIKELY_WINDOW) return null;
        java.util.Map<Interval, Double> votes = new java.util.LinkedHashMap<>();
        double total = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Interval i = Relative.at(r, day);
            double weight = Math.pow(WINDOW_DECAY, Math.abs(day.toEpochDay() - estimate.toEpochDay()));
            total += weight;
            if (i != null) votes.merge(i, weight, Double::sum);
        }
        for (var e : votes.entrySet()) if (2 * e.getValue() > total) return e.getKey();
        return null;
    }

    /** "Today's Valmora may be tomorrow's Portnoy": a day word possessing a proper name is a figure of speech. */
    private static boolean figurative(String text, Timex t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (!(lower.equals("today") || lower.equals("tomorrow") || lower.equals("yesterday"))) return false;
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 4));
        if (!(after.startsWith("'s ") || after.startsWith("’s "))) return false;
        int next = t.end() + 3;
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /**
     * An expression relative to the writing date ("on Friday", "next week", "last year") can only be as exact as
     * that date: when the article's date is known only within a wider window, the value would be a guess.
     */
    private static String tooImprecise(String raw, TimexParts original, Interval resolved, long window, Document d) {
        if (window <= 1) return null;
        // A month and day ("Wednesday, July 12") need only the year; a weekday alone needs the exact date.
        boolean absolute = original != null && original.hasMonth();
        if (absolute) {
            if (original.year() != null) return null;
            LocalDate from = LocalDate.parse(d.published().earliest()), to = LocalDate.parse(d.published().latest());
            return from.getYear() == to.getYear() ? null : "year unknown: the article's date spans two years";
        }
        if (raw != null && raw.matches("^\\d{4}(-\\d{2})?(-\\d{2})?$")) return null;
        long grain = resolved.days();
        if (grain >= 365 && window <= 366) {
            LocalDate from = LocalDate.parse(d.published().earliest()), to = LocalDate.parse(d.published().latest());
            return from.getYear() == to.getYear() ? null : "relative to the article's date, known only within " + window + " days";
        }
        if (window > Math.max(7, grain)) return "relative to the article's date, known only within " + window + " days";
        if (window > 1 && grain < window) return APPROXIMATE;
        return null;
    }

    private static Reading sameSpan(List<Reading> first, Timex t) {
        for (Reading r : first) if (r.timex().start() == t.start() && r.timex().end() == t.end()) return r;
        for (Reading r : first) if (r.timex().start() < t.end() && t.start() < r.timex().end()) return r;
        return null;
    }

    private static String stripTime(String v) {
        Matcher m = TIME_SUFFIX.matcher(v);
        return m.find() ? m.group(1) : v;
    }

    /**
     * "until the end of the month", "by the end of this month": the last day of the month the text is in. The end of a
     * month named ("by the end of May") stays that month, as news gives it.
     */
    private static final Pattern END_OF_THE_MONTH = Pattern.compile("^(?:until\\s+|by\\s+|at\\s+|before\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+month$");


    /** "in June of that year": the year named last before the expression. */
    private static Integer thatYear(String text, int end, Integer lastYear) {
        String after = text.substring(end, Math.min(text.length(), end + 20));
        return lastYear != null && THAT_YEAR.matcher(after).find() ? lastYear : null;
    }

    /**
     * "announced in September last year, and the case was opened in October": a month without a year that follows
     * a dated month of the same sentence continues that month's year, if the tense allows it.
     */
    private static Integer continuedYear(TimexParts parts, Interval previous, LocalDate reference, Tense tense) {
        if (previous == null || previous.start().getYear() != previous.end().getYear()) return null;
        int y = previous.start().getYear();
        Interval here = parts.in(y);
        // "the Nobel prize of 2006 ... sworn in this Thursday 8 August": a weekday the date does not fall on in the
        // year just named says the year is another.
        if (here != null && parts.weekday() != null && here.start().getDayOfWeek() != parts.weekday()) return null;
        if (here != null && previous.days() >= 365 && previous.contains(here.start())) {
            // "this year, when the conference opens on 11 November": a day within the year the sentence names.
            if (reference != null && tense == Tense.PAST && here.start().isAfter(reference)) return null;
            if (reference != null && tense == Tense.FUTURE && here.end().isBefore(reference)) return null;
            return y;
        }
        if (previous.days() > 31) return null;
        if (here == null || !here.start().isAfter(previous.end())) return null;
        if (reference != null && tense == Tense.PAST && here.start().isAfter(reference)) return null;
        if (reference != null && tense == Tense.FUTURE && here.end().isBefore(reference)) return null;
        return y;
    }

    private static Integer eventYear(TimexParts parts, java.util.Map<Integer, List<Interval>> eventDates, int sentence) {
        for (Interval e : eventDates.getOrDefault(sentence, List.of())) {
            Interval in = parts.in(e.start().getYear());
            if (in != null && in.intersect(new Interval(e.start().minusDays(1), e.end().plusDays(1))) != null) {
                return e.start().getYear();
            }
        }
        return null;
    }

    /** The year that puts a month (and day) on the side of the reference date that the tense says. */
    static int yearByTense(TimexParts parts, LocalDate ref, Tense tense) {
        int y = ref.getYear();
        Interval same = parts.in(y);
        if (same == null) return y;
        // Nearest occurrence: a date more than half a year away is the other year's.
        long diff = same.start().toEpochDay() - ref.toEpochDay();
        int nearest = diff > HALF_YEAR ? y - 1 : diff < -HALF_YEAR ? y + 1 : y;
        int byTense = switch (tense) {
            case PAST -> same.start().isAfter(ref) ? y - 1 : y;
            case FUTURE -> same.end().isBefore(ref) ? y + 1 : y;
            default -> nearest;
        };
        if (byTense == nearest) return nearest;
        // "will hold a summit on Thursday, after the first on July 30", written on August 8: the tense read is the
        // clause's, not the date's. A date only days on the other side of the writing is this year's: a writer
        // meaning a year away would say so.
        Interval close = parts.in(nearest);
        if (close == null) return byTense;
        long wrongSide = tense == Tense.FUTURE ? ref.toEpochDay() - close.end().toEpochDay()
                : close.start().toEpochDay() - ref.toEpochDay();
        return wrongSide <= WRONG_SIDE_DAYS ? nearest : byTense;
    }

    /**
     * The year of a yearless month or date as this resolver reads it: by {@link #yearByTense}, except that a whole
     * month cannot lie on the wrong side of a tense at all ("founded in January" written in December is the January
     * before, however near the next one is).
     */
    static int yearOf(TimexParts parts, LocalDate ref, Tense tense) {
        if (parts.day() != null || tense != Tense.PAST && tense != Tense.FUTURE) return yearByTense(parts, ref, tense);
        Interval same = parts.in(ref.getYear());
        if (same == null) return ref.getYear();
        if (tense == Tense.PAST) return same.start().isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
        return same.end().isBefore(ref) ? ref.getYear() + 1 : ref.getYear();
    }

    private static final int HALF_YEAR = 183;
    /** Days on the wrong side of the writing within which a yearless date is not moved a year by the tense. */
    static final int WRONG_SIDE_DAYS = 14;

    /** How many days back an untensed weekday may lie before it is taken as the coming one. */
    private static final int UNTENSED_DAYS_BACK = 4;

    static LocalDate weekdayByTense(DayOfWeek day, LocalDate ref, Tense tense) {
        return switch (tense) {
            case FUTURE -> ref.with(TemporalAdjusters.nextOrSame(day));
            case PAST -> ref.with(TemporalAdjusters.previousOrSame(day));
            default -> {
                // No tense to go by: a day of the last few, as news tells mostly of the days just past ("in Sunday's
                // vote" written on Monday is the day before, not six days ahead), else the coming one.
                LocalDate back = ref.with(TemporalAdjusters.previousOrSame(day));
                yield ref.toEpochDay() - back.toEpochDay() <= UNTENSED_DAYS_BACK ? back : ref.with(TemporalAdjusters.nextOrSame(day));
            }
        };
    }

    private static boolean vague(String text) {
        return VAGUE.matcher(text).find();
    }

    /** "about 10:27 p.m. on Tuesday": a clock time given roughly; the day is exact. */
    private static final Pattern ROUGH_CLOCK = Pattern.compile(
            "\\b(?:about|around|roughly|approximately|almost|nearly)\\s+\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|o'clock|h\\b)");

    /** Whether the day an expression names is given only roughly (a rough hour of a named day is not). */
    private static boolean vagueDay(String text) {
        return vague(ROUGH_CLOCK.matcher(text).replaceAll(""));
    }

    /** Whether ", on Sunday" after a counted day names that day's weekday (true if it names no weekday). */
    private static boolean weekdayAgrees(String restatement, Interval day) {
        Matcher m = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)").matcher(restatement);
        return m.find() && day.isDay()
                && day.start().getDayOfWeek() == DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    }

    /** The Saturday and Sunday of the weekend a day belongs to (a Friday's is the one after it, a Monday's before). */
    static Interval weekendOf(LocalDate day) {
        LocalDate saturday = switch (day.getDayOfWeek()) {
            case SUNDAY -> day.minusDays(1);
            case MONDAY, TUESDAY -> day.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
            default -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        };
        return new Interval(saturday, saturday.plusDays(1));
    }

    /** The weekend just past (or under way) for a past tense, the coming one (or under way) for a future. */
    static Interval weekendByTense(LocalDate ref, Tense tense) {
        LocalDate saturday = tense == Tense.PAST
                ? (ref.getDayOfWeek() == DayOfWeek.SATURDAY ? ref : ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)))
                : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new Interval(saturday, saturday.plusDays(1));
    }

    /** "2011/2020" for the years 2011 to 2020, as a range of years is written; other intervals as usual. */
    private static String years(Interval i) {
        boolean wholeYears = i.start().getDayOfYear() == 1 && i.end().equals(i.end().with(TemporalAdjusters.lastDayOfYear()));
        return wholeYears && i.start().getYear() != i.end().getYear() ? i.start().getYear() + "/" + i.end().getYear() : i.iso();
    }

    static int count(String word) {
        if (word.matches("\\d+")) return Integer.parseInt(word);
        if (word.equals("a") || word.equals("an")) return 1;
        return COUNT_WORDS.indexOf(word);
    }

    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static String coarsen(Interval i) {
        String iso = i.start().toString();
        return iso.substring(0, 7);
    }

    private static List<TemporalExpression> dropOverlaps(List<TemporalExpression> sorted) {
        List<TemporalExpression> out = new ArrayList<>();
        for (TemporalExpression t : sorted) {
            if (!out.isEmpty() && t.start() < out.get(out.size() - 1).end()) {
                TemporalExpression p = out.get(out.size() - 1);
                if (t.end() - t.start() > p.end() - p.start()) out.set(out.size() - 1, t);
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
