package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.resolve.Gazetteer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers when an undated article was written. Every dated statement constrains the date: a past event happened
 * before it, a future one after, an ongoing one around it; "next week" before an event of known date puts it in
 * the week before; "16 months since" a landmark puts it 16 months after. The year comes from the evidence that
 * names one (weekday agreement, dated events, explicit dates); constraints are intersected strongest first,
 * dropping those that contradict stronger ones.
 */
final class PublicationDates {

    private static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    private static final LocalDate MAX = LocalDate.of(2100, 12, 31);
    /** News reports events soon after they happen: an article with only lower bounds is placed within this. */
    static final int HORIZON_DAYS = 30;
    private static final Pattern DURATION_MONTHS = Pattern.compile("^P(\\d+)([MYWD])$");
    /** Counts written out, by value. */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** An interval the publication date must lie in, how much to trust it, and where the text says so. */
    record Constraint(LocalDate from, LocalDate to, double weight, Evidence evidence, boolean future) {}

    private final Calendar calendar;
    private final Gazetteer gazetteer;

    PublicationDates(Calendar calendar, Gazetteer gazetteer) {
        this.calendar = calendar;
        this.gazetteer = gazetteer;
    }

    /**
     * A document's inferred date, whether the text bounded it only from below (the window is a guess), and the
     * days the text itself allows (the window before any guess; {@link #MIN} to {@link #MAX} if it says nothing).
     */
    record Inferred(PublicationDate date, boolean openEnded, Interval proven) {
        Inferred(PublicationDate date, boolean openEnded) {
            this(date, openEnded, date.earliest() == null || openEnded
                    ? new Interval(date.earliest() == null ? MIN : LocalDate.parse(date.earliest()), MAX)
                    : new Interval(LocalDate.parse(date.earliest()), LocalDate.parse(date.latest())));
        }

        /** Whether the window is narrower than what the text proves, placed there by a guess. */
        boolean guessedWithin() {
            if (date.earliest() == null) return false;
            return proven.start().isBefore(LocalDate.parse(date.earliest())) || proven.end().isAfter(LocalDate.parse(date.latest()));
        }
    }

    PublicationDate infer(Document d, AnnotatedText at, List<Reading> readings, MentionIndex index,
                          Map<String, EventDates.Dated> events) {
        return inferBounded(d, at, readings, index, events).date();
    }

    Inferred inferBounded(Document d, AnnotatedText at, List<Reading> readings, MentionIndex index,
                          Map<String, EventDates.Dated> events) {
        return inferBounded(d, at, readings, index, events, List.of());
    }

    /** Weight of a year some dated sibling is from: enough to choose among years a weekday agrees with, no more. */
    static final double SIBLING_YEAR_WEIGHT = 0.5;

    /**
     * @param siblingDates dates stated by the other articles of the corpus: "Tuesday (8/4)" fits several years,
     *                     and the story's own year is the likeliest of them
     */
    Inferred inferBounded(Document d, AnnotatedText at, List<Reading> readings, MentionIndex index,
                          Map<String, EventDates.Dated> events, List<LocalDate> siblingDates) {
        return inferBounded(d, at, readings, index, events, siblingDates, List.of());
    }

    /** @param told the days the articles of known date tell, which acts this article counts from may be */
    Inferred inferBounded(Document d, AnnotatedText at, List<Reading> readings, MentionIndex index,
                          Map<String, EventDates.Dated> events, List<LocalDate> siblingDates, List<ToldDay> told) {
        if (at == null) return new Inferred(PublicationDate.unknown(), true);
        List<Constraint> constraints = new ArrayList<>();
        Map<Integer, Double> yearVotes = new TreeMap<>();
        List<Reading> partials = new ArrayList<>();
        List<Reading> quotedPast = new ArrayList<>();
        // Years of dates on a known side of the writing: "the election of May 2018" says the writing is 2018 or later.
        Map<Integer, Tense> sides = new TreeMap<>();
        for (Reading r : readings) {
            // A quotation speaks from its speaker's time, not necessarily the article's; but what the speaker tells
            // as past was past when the speaker spoke, which was before the writing.
            if (insideQuote(at, r)) {
                if (r.tense() == Tense.PAST && r.parts() != null && r.parts().hasMonth() && r.parts().day() != null) {
                    if (r.parts().year() == null) quotedPast.add(r);
                    else if (r.parts().absolute() != null) {
                        constraints.add(new Constraint(r.parts().absolute().start(), MAX, 1, new Evidence(d.id(), r.start(), r.end()), false));
                    }
                }
                continue;
            }
            Evidence ev = new Evidence(d.id(), r.start(), r.end());
            TimexParts p = r.parts();
            if (p != null && p.hasMonth() && p.year() != null) {
                Interval i = p.absolute();
                if (i == null) continue;
                // "voted to bring the election forward to April 2024": a past act's target is no past day.
                Tense tense = r.tense() == Tense.PAST && target(d.text(), r.timex().start()) ? Tense.UNKNOWN : r.tense();
                addRange(constraints, p, i, tense, ev, (i.days() <= 31 ? 2 : 1) + (r.tense() == Tense.PRESENT && ongoing(at, r.sentence()) ? 1 : 0));
                recent(constraints, p, i, r.tense(), ev);
                // A date ahead of the writing may be years ahead ("the elections of March 2024"): it votes no more
                // than a past one.
                if (r.tense() != Tense.PAST && r.tense() != Tense.FUTURE) yearVotes.merge(p.year(), 3.0, Double::sum);
                else {
                    yearVotes.merge(p.year(), 1.0, Double::sum);
                    if (tense == Tense.PAST || tense == Tense.FUTURE) sides.merge(p.year(), tense, (a, b) -> a == b ? a : Tense.UNKNOWN);
                }
            } else if (p != null && p.hasMonth()) {
                partials.add(r);
                for (int y : p.weekdayYears(1990, 2040)) yearVotes.merge(y, 3.0, Double::sum);
            } else if (r.timex().value() != null && r.timex().value().matches("^\\d{4}$")) {
                int y = Integer.parseInt(r.timex().value());
                if (r.tense() == Tense.PAST) constraints.add(new Constraint(LocalDate.of(y, 1, 1), MAX, 1, ev, false));
            }
        }
        // Events of known date named in the article.
        for (MentionIndex.Hit h : index.of(d.id())) {
            EventDates.Dated ed = events.get(h.entity().id());
            if (ed == null || h.mention().kind() != dev.parallax.corpus.EntityMention.Kind.name) continue;
            List<Token> toks = at.tokensIn(h.mention().start(), h.mention().end());
            if (toks.isEmpty()) continue;
            // "the summit will discuss" dates the discussion, not the summit; "will attend the summit" does.
            String rel = eventHead(toks).deprel();
            boolean subject = rel != null && rel.startsWith("nsubj");
            Tense t = subject ? Tense.UNKNOWN
                    : Tense.of(at, toks.get(toks.size() - 1).index(), toks.get(toks.size() - 1).index() + 1);
            Evidence ev = h.mention().evidence();
            add(constraints, ed.dates(), t, ev, 2);
            yearVotes.merge(ed.dates().start().getYear(), t == Tense.PAST ? 1.0 : 2.0, Double::sum);
            for (Reading r : partials) {
                if (r.sentence() != toks.get(0).sentence()) continue;
                Interval in = r.parts().in(ed.dates().start().getYear());
                if (in != null && in.intersect(new Interval(ed.dates().start().minusDays(1), ed.dates().end().plusDays(1))) != null) {
                    yearVotes.merge(ed.dates().start().getYear(), 4.0, Double::sum);
                }
            }
            relativeToEvent(d, at, readings, toks.get(0).sentence(), ed.dates(), constraints);
        }
        landmarks(d, at, readings, index, constraints, yearVotes);
        if (!yearVotes.isEmpty()) {
            Set<Integer> siblingYears = new HashSet<>();
            for (LocalDate sibling : siblingDates) siblingYears.add(sibling.getYear());
            for (int y : siblingYears) yearVotes.merge(y, SIBLING_YEAR_WEIGHT, Double::sum);
            // A past date is a lower bound, not the writing's year: "the election of May 2018" in an article of a story
            // told in 2024 agrees with 2024 as well as with 2018, and the story says which.
            for (var side : sides.entrySet()) {
                for (int y : siblingYears) {
                    if (side.getValue() == Tense.PAST && y > side.getKey() || side.getValue() == Tense.FUTURE && y < side.getKey()) {
                        yearVotes.merge(y, 1.0, Double::sum);
                    }
                }
            }
        }
        remainingUntil(d, at, readings, constraints, yearVotes);
        Integer year = chooseYear(yearVotes, constraints);
        List<LocalDate> story = year == null ? siblingDates : List.of();
        restatedRelative(d, at, readings, year == null ? storyYearOf(siblingDates) : year, constraints);
        // Dates a weekday or a tense ties to the writing's year go first: they tell when the writing is, against
        // which a bare past "19 August" may turn out to be last year's.
        List<Reading> ordered = new ArrayList<>(partials);
        ordered.sort(Comparator.comparing(r -> bareBefore(r) ? 1 : 0));
        for (Reading r : ordered) {
            // "On December 3 the president declared...": with no year anywhere in the text, the story's dated
            // articles say which December.
            // Only a date on a known side of the writing: a present one may be a month the speaker merely expects.
            // "brought Christmas forward to October 1st": no day the act was done on; and a feast named alone
            // ("before Christmas") is a loose reference, no evidence of when the writing is.
            if (r.tense() == Tense.PAST && target(d.text(), r.timex().start()) || feast(r)) continue;
            Tense tense = ofNoun(d.text(), at, r) ? Tense.UNKNOWN : r.tense();
            Integer y = year != null ? year : tense == Tense.PAST || tense == Tense.FUTURE ? storyYear(r, story) : null;
            if (y != null && year != null && bareBefore(r)) y = pastYear(r.parts(), y, constraints);
            if (y != null && year != null && tense == Tense.FUTURE && r.parts().year() == null) y = futureYear(r.parts(), y, constraints);
            Interval i = y == null ? null : r.parts().in(y);
            if (i == null) continue;
            Evidence ev = new Evidence(d.id(), r.start(), r.end());
            addRange(constraints, r.parts(), i, tense, ev, 2);
            recent(constraints, r.parts(), i, tense, ev);
        }
        for (Reading r : quotedPast) {
            Integer y = year != null ? year : storyYear(r, story);
            // A year from the story already sits on the past side of its dated articles: no guess moves it further.
            Interval i = y == null || r.parts().weekday() != null ? null
                    : r.parts().in(year != null ? pastYear(r.parts(), y, constraints) : y);
            if (i != null) constraints.add(new Constraint(i.start(), MAX, 1, new Evidence(d.id(), r.start(), r.end()), false));
        }
        elapsedSince(d, at, readings, year, constraints);
        countdown(d, at, readings, year == null ? storyYearOf(siblingDates) : year, constraints);
        laterNow(d, at, readings, year, constraints);
        elapsedAfterTold(d, at, readings, year, story, told, constraints);
        titleAfter(d, at, readings, year, story, constraints);
        constraints.addAll(WeekdayOrdinals.bounds(d.id(), d.text(), at, siblingDates));
        return solve(constraints, year);
    }

    /**
     * The year of a yearless date in an article of a story whose other articles are dated: a past date lies before
     * the writing, which is at most {@link #HORIZON_DAYS} after the story's last dated article; a coming one after
     * the writing, at least that long before its first; any other date is nearest the story's middle. Null if no
     * article is dated.
     */
    static Integer storyYear(Reading r, List<LocalDate> siblingDates) {
        if (siblingDates.isEmpty()) return null;
        List<LocalDate> sorted = new ArrayList<>(siblingDates);
        sorted.sort(null);
        LocalDate ref = switch (r.tense()) {
            case PAST -> sorted.get(sorted.size() - 1).plusDays(HORIZON_DAYS);
            case FUTURE -> sorted.get(0).minusDays(HORIZON_DAYS);
            default -> sorted.get(sorted.size() / 2);
        };
        return TemporalResolver.yearByTense(r.parts(), ref, r.tense() == Tense.PAST || r.tense() == Tense.FUTURE ? r.tense() : Tense.UNKNOWN);
    }

    /** Whether a reading is a past day of the month with no year and no weekday to fix its year ("on 19 August"). */
    private static boolean bareBefore(Reading r) {
        return r.tense() == Tense.PAST && r.parts().weekday() == null && r.parts().year() == null;
    }

    /**
     * The year of a past yearless date: "the drills of 19 August" in an article the rest of the text places in May
     * is last August, since a past day lies before the writing. The year given unless its date falls after every day
     * the other constraints allow and the year before fits.
     */
    static int pastYear(TimexParts parts, int year, List<Constraint> constraints) {
        Interval same = parts.in(year), before = parts.in(year - 1);
        if (same == null || before == null || constraints.isEmpty()) return year;
        PublicationDate provisional = solve(constraints, year).date();
        LocalDate latest = provisional.latest() == null ? MAX : LocalDate.parse(provisional.latest());
        // The writing is in the year given: "from October 31st to January 9th" told in the past ended this January.
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (latest.isAfter(yearEnd)) latest = yearEnd;
        if (same.end().isAfter(yearEnd) && !before.end().isAfter(yearEnd)) return year - 1;
        return same.start().isAfter(latest) && !before.start().isAfter(latest) ? year - 1 : year;
    }

    /**
     * The year of a coming yearless date: "to be sworn in on January 10th" in an article the rest of the text places
     * in September is next January, since a coming day lies after the writing. The year given unless its date falls
     * before every day the other constraints allow and the year after does not.
     */
    static int futureYear(TimexParts parts, int year, List<Constraint> constraints) {
        Interval same = parts.in(year), after = parts.in(year + 1);
        if (same == null || after == null || constraints.isEmpty()) return year;
        LocalDate earliest = solve(constraints, year).proven().start();
        if (earliest.equals(MIN)) return year;
        return same.end().isBefore(earliest) && !after.end().isBefore(earliest) ? year + 1 : year;
    }

    /** Whether a reading is a feast named alone ("Christmas", "Easter"): no digit and no month in its words. */
    static boolean feast(Reading r) {
        String text = r.timex().text().toLowerCase(Locale.ROOT);
        // "on Friday", "yesterday": a weekday or a day counted from the writing is no feast.
        if (r.parts() != null && r.parts().weekday() != null || Relative.handles(r)) return false;
        if (text.matches(".*\\d.*")) return false;
        for (String w : text.split("[^\\p{L}]+")) if (Reading.month(w) != 0) return false;
        return true;
    }

    /**
     * Whether a reading is the own day of a noun ("the violence of the 29 and 30 of July"): the verb of its clause
     * ("will answer for the violence") tells when the answering is, not when the violence was.
     */
    static boolean ofNoun(String text, AnnotatedText at, Reading r) {
        return r.tense() == Tense.FUTURE && ownerNoun(text, at, r) != null;
    }

    /** What introduces a day an act aims at rather than one it happened on: "forward to", "until", "till". */
    private static final Pattern TARGET = Pattern.compile("(?i)\\b(?:to|until|till)\\s+$");

    /** Whether the date read is the target of its act ("postponed to May 2025", "extended until June 2024"). */
    static boolean target(String text, int dateStart) {
        return TARGET.matcher(text.substring(Math.max(0, dateStart - 8), dateStart)).find();
    }

    /** The token of an event mention that carries its syntactic role: the event noun, not the place after it. */
    private static Token eventHead(List<Token> toks) {
        for (Token t : toks) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("summit") || w.equals("conference") || w.equals("meeting") || w.equals("talks")) return t;
        }
        return toks.get(toks.size() - 1);
    }

    static boolean insideQuote(AnnotatedText at, Reading r) {
        for (var q : at.quoteSpans()) if (q.start() <= r.start() && r.end() <= q.end()) return true;
        return false;
    }

    private static boolean ongoing(AnnotatedText at, int sentence) {
        for (Token t : at.tokensOf(at.sentences().get(sentence))) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("ongoing") || w.equals("underway") || w.equals("currently") || w.equals("now")) return true;
        }
        return false;
    }

    /**
     * "as many as 650 were killed from 16 July to 11 August": a past act given a range of days ran to its last day,
     * so the writing is after that day, not merely after the first.
     */
    private static void addRange(List<Constraint> out, TimexParts p, Interval i, Tense tense, Evidence ev, double weight) {
        if (tense == Tense.PAST && p.day() != null && p.endDay() != null && i.days() > 1) {
            out.add(new Constraint(i.end(), MAX, weight, ev, false));
        } else {
            add(out, i, tense, ev, weight);
        }
    }

    private static void add(List<Constraint> out, Interval i, Tense tense, Evidence ev, double weight) {
        switch (tense) {
            case PAST -> out.add(new Constraint(i.start(), MAX, weight, ev, false));
            case FUTURE -> out.add(new Constraint(MIN, i.start().minusDays(1), weight + 0.5, ev, true));
            case PRESENT -> out.add(new Constraint(i.start(), i.end().plusDays(i.isDay() ? 7 : 0), weight - 1, ev, false));
            default -> {
                // Unmarked tense says little; news rarely dates events far ahead without saying "will".
            }
        }
    }

    /** Weight of the weak expectation that a day named by its weekday lies within a week of the writing. */
    static final double RECENCY_WEIGHT = 0.5;

    /**
     * "on Sunday (12/3)", "on Wednesday, July 12": naming the weekday of a dated day is what a reporter does for the
     * days around the writing, so the article is probably within a week after it (or before it, if still ahead).
     * Weakest of all constraints: any firmer statement overrides it.
     */
    private static void recent(List<Constraint> out, TimexParts p, Interval i, Tense tense, Evidence ev) {
        if (p.weekday() == null || p.day() == null) return;
        if (tense == Tense.PAST) out.add(new Constraint(i.start(), i.end().plusDays(6), RECENCY_WEIGHT, ev, false));
        else if (tense == Tense.FUTURE) out.add(new Constraint(i.start().minusDays(6), i.end(), RECENCY_WEIGHT, ev, true));
    }

    /** "next week", "this week", "last year" in a sentence naming an event of known date. */
    private static void relativeToEvent(Document d, AnnotatedText at, List<Reading> readings, int sentence,
                                        Interval event, List<Constraint> out) {
        for (Reading r : readings) {
            if (r.sentence() != sentence) continue;
            String text = d.text().substring(r.timex().start(), r.timex().end()).toLowerCase(Locale.ROOT);
            Evidence ev = new Evidence(d.id(), r.start(), r.end());
            LocalDate monday = event.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (text.contains("next week")) out.add(new Constraint(monday.minusDays(7), monday.minusDays(1), 3, ev, true));
            else if (text.contains("this week")) out.add(new Constraint(monday, monday.plusDays(6), 3, ev, false));
            else if (text.contains("last week")) out.add(new Constraint(monday.plusDays(7), monday.plusDays(13), 3, ev, false));
            else if (text.equals("tomorrow")) out.add(new Constraint(event.start().minusDays(1), event.end().minusDays(1), 3, ev, true));
            else if (text.equals("yesterday")) out.add(new Constraint(event.start().plusDays(1), event.end().plusDays(1), 3, ev, false));
            else if (text.equals("today")) out.add(new Constraint(event.start(), event.end(), 3, ev, false));
            else if (text.contains("next month")) {
                LocalDate m = event.start().withDayOfMonth(1).minusMonths(1);
                out.add(new Constraint(m, m.with(TemporalAdjusters.lastDayOfMonth()), 3, ev, true));
            } else if (text.contains("last year")) {
                int y = event.start().getYear() + 1;
                out.add(new Constraint(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 2, ev, false));
            } else if (text.contains("this year")) {
                int y = event.start().getYear();
                out.add(new Constraint(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 2, ev, false));
            }
        }
    }

    /** Landmark events ("invaded Ukraine"): the article is later; "16 months since" one fixes the date. */
    private void landmarks(Document d, AnnotatedText at, List<Reading> readings, MentionIndex index,
                           List<Constraint> out, Map<Integer, Double> yearVotes) {
        for (Sentence s : at.sentences()) {
            Set<String> lemmas = new HashSet<>();
            for (Token t : at.tokensOf(s)) if (t.lemma() != null) lemmas.add(t.lemma());
            Set<String> names = new LinkedHashSet<>();
            for (MentionIndex.Hit h : index.within(d.id(), s.start(), s.end())) {
                Entity e = h.entity();
                names.add(e.name());
                names.addAll(e.aliases());
                gazetteer.demonymOf(h.mention().text()).ifPresent(g -> names.add(g.name()));
            }
            for (Token t : at.tokensOf(s)) gazetteer.demonymOf(t.word()).ifPresent(g -> names.add(g.name()));
            List<Calendar.Landmark> found = calendar.landmarks(lemmas, names);
            if (found.size() != 1) continue;
            Calendar.Landmark l = found.get(0);
            boolean explicitYear = readings.stream().anyMatch(r -> r.sentence() == s.index() && r.parts() != null && r.parts().year() != null);
            if (explicitYear) continue;
            Evidence ev = new Evidence(d.id(), s.start(), s.end());
            out.add(new Constraint(l.dates().start(), MAX, 1, ev, false));
            for (Reading r : readings) {
                if (r.sentence() != s.index() || !"DURATION".equals(r.timex().type())) continue;
                String after = d.text().substring(r.timex().end(), Math.min(d.text().length(), r.timex().end() + 12)).toLowerCase(Locale.ROOT);
                Matcher m = DURATION_MONTHS.matcher(r.timex().value() == null ? "" : r.timex().value());
                if (!after.strip().startsWith("since") && !after.strip().startsWith("after") || !m.find()) continue;
                int n = Integer.parseInt(m.group(1));
                LocalDate at0 = switch (m.group(2)) {
                    case "Y" -> l.dates().start().plusYears(n);
                    case "W" -> l.dates().start().plusWeeks(n);
                    case "D" -> l.dates().start().plusDays(n);
                    default -> l.dates().start().plusMonths(n);
                };
                int slack = m.group(2).equals("Y") ? 183 : m.group(2).equals("M") ? 16 : 3;
                out.add(new Constraint(at0.minusDays(slack), at0.plusDays(slack), 3, new Evidence(d.id(), r.start(), r.end()), false));
                yearVotes.merge(at0.getYear(), 2.0, Double::sum);
            }
        }
    }

    /** What may stand between a day named relative to the writing and the same day restated by its date. */
    private static final Pattern RESTATING = Pattern.compile("^\\s*(?:,\\s*|\\(\\s*)?(?:on\\s+)?(?:the\\s+)?$");
    /** Farthest a writing day may be from a day restated beside a relative expression (a week before last). */
    private static final int RESTATED_REACH = 21;

    /**
     * "issued last week, on September 2nd", "yesterday (14 May)", "on Saturday, March 9th": a day named relative to
     * the writing and restated by its date puts the writing where the relative expression names that date: in the
     * week after that of September 2nd, on the day after 14 May. The date's year is its own or the writing's.
     */
    private static void restatedRelative(Document d, AnnotatedText at, List<Reading> readings, Integer year,
                                         List<Constraint> out) {
        for (int k = 0; k + 1 < readings.size(); k++) {
            Reading a = readings.get(k), b = readings.get(k + 1);
            if (a.sentence() != b.sentence() || insideQuote(at, a) || b.start() < a.end()) continue;
            if (!RESTATING.matcher(d.text().substring(a.end(), b.start())).find()) continue;
            // The relative expression first: "November 6th, the Wednesday" restates a weekday, not the writing's week.
            Reading relative = Relative.handles(a) && (a.parts() == null || a.parts().weekday() == null) ? a : null;
            Reading dated = b;
            if (relative == null || dated.parts() == null || !dated.parts().hasMonth() || dated.parts().day() == null) continue;
            Integer y = dated.parts().year() != null ? dated.parts().year() : year;
            Interval day = y == null ? null : dated.parts().in(y);
            if (day == null || !day.isDay()) continue;
            LocalDate first = null, last = null;
            for (LocalDate w = day.start().minusDays(RESTATED_REACH); !w.isAfter(day.start().plusDays(RESTATED_REACH)); w = w.plusDays(1)) {
                Interval named = Relative.at(relative, w);
                if (named == null || named.days() > 7 || !named.contains(day.start())) continue;
                if (first == null) first = w;
                last = w;
            }
            if (first == null || last.toEpochDay() - first.toEpochDay() > 13) continue;
            out.add(new Constraint(first, last, 3, new Evidence(d.id(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end())), false));
        }
    }

    /** "55 days from now", "three weeks away": a length of time still to run, counted from the writing. */
    private static final Pattern FROM_NOW = Pattern.compile("(?i)^,?\\s*(\\d+|" + String.join("|", NUMBER_WORDS)
            + ")\\s+(day|week|month)s?\\s+(?:from now|from today|away|hence)\\b");
    /** Farthest (in characters) the length left may follow the day it counts to. */
    private static final int FROM_NOW_REACH = 3;

    /**
     * "The election will be on February 23rd, 55 days from now": a length of time still to run before a day the text
     * names puts the writing that long before the day, in the year (the article's, or else the story's) that the
     * writing then falls in. SUTime may read the day and the length as one expression; the day is then read from
     * the words before the length.
     */
    private static void countdown(Document d, AnnotatedText at, List<Reading> readings, Integer year, List<Constraint> out) {
        if (year == null) return;
        String text = d.text();
        for (Reading r : readings) {
            if (insideQuote(at, r)) continue;
            int from = r.timex().start(), end = r.timex().end();
            Matcher inside = FROM_NOW.matcher("");
            int cut = -1;
            for (int k = from; k < end && cut < 0; k++) {
                if (text.charAt(k) == ',' && inside.reset(text.substring(k, end)).matches()) cut = k;
            }
            Matcher m;
            TimexParts parts = r.parts();
            if (cut >= 0) {
                m = FROM_NOW.matcher(text.substring(cut, end));
                parts = monthAndDay(text.substring(from, cut).strip());
            } else {
                int lead = 0;
                while (lead < FROM_NOW_REACH && end + lead < text.length() && Character.isWhitespace(text.charAt(end + lead))) lead++;
                m = FROM_NOW.matcher(text.substring(end + lead, Math.min(text.length(), end + lead + 40)));
            }
            if (!m.find() || parts == null || parts.day() == null || !parts.hasMonth()) continue;
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = count.matches("\\d+") ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            LocalDate writing = null;
            for (int y : parts.year() != null ? List.of(parts.year()) : List.of(year, year + 1)) {
                Interval target = parts.in(y);
                if (target == null) continue;
                LocalDate w = switch (unit) {
                    case "week" -> target.start().minusWeeks(n);
                    case "month" -> target.start().minusMonths(n);
                    default -> target.start().minusDays(n);
                };
                if (parts.year() != null || w.getYear() == year) {
                    writing = w;
                    break;
                }
            }
            if (writing == null || n <= 0) continue;
            // A count of days names the writing day itself; weeks and months are rounded.
            int slack = unit.equals("month") ? 16 : unit.equals("week") ? 3 : 0;
            out.add(new Constraint(writing.minusDays(slack), writing.plusDays(slack), 3, new Evidence(d.id(), r.start(), r.end()), false));
        }
    }

    /** The month and day of a yearless date written in words ("February 23rd", "23 February"), or null. */
    private static TimexParts monthAndDay(String words) {
        // A leap year, so that 29 February reads too: only the month and the day are kept.
        String iso = GivenDates.iso(words + ", 2000");
        if (iso == null) iso = GivenDates.iso(words + " 2000");
        if (iso == null) return null;
        LocalDate day = LocalDate.parse(iso);
        return new TimexParts(null, day.getMonthValue(), day.getDayOfMonth(), null, null);
    }

    /** The year of the middle of the story's dated articles, or null if none is dated. */
    private static Integer storyYearOf(List<LocalDate> story) {
        if (story.isEmpty()) return null;
        List<LocalDate> sorted = new ArrayList<>(story);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2).getYear();
    }

    private static final Pattern MORE_THAN = Pattern.compile("(?i)\\b(more than|over|at least)\\b");
    private static final Pattern LESS_THAN = Pattern.compile("(?i)\\b(less than|under|nearly|almost|not quite)\\b");

    /**
     * "a standoff that has now lasted more than a month since the guard seized him on July 26": a length of time
     * since a dated act, said in the writer's own voice, puts the writing that long after the act.
     */
    private static void elapsedSince(Document d, AnnotatedText at, List<Reading> readings, Integer year,
                                     List<Constraint> out) {
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (!"DURATION".equals(r.timex().type()) || insideQuote(at, r)) continue;
            Matcher m = DURATION_MONTHS.matcher(r.timex().value() == null ? "" : r.timex().value());
            String after = d.text().substring(r.timex().end(), Math.min(d.text().length(), r.timex().end() + 8))
                    .strip().toLowerCase(Locale.ROOT);
            if (!m.find() || !after.startsWith("since")) continue;
            Interval since = null;
            Reading from = null;
            for (int j = k + 1; j < readings.size() && readings.get(j).sentence() == r.sentence(); j++) {
                TimexParts p = readings.get(j).parts();
                if (p == null || !p.hasMonth() || p.day() == null) continue;
                Integer y = p.year() != null ? p.year() : year;
                since = y == null ? null : p.in(y);
                from = readings.get(j);
                break;
            }
            if (since == null) continue;
            int n = Integer.parseInt(m.group(1));
            LocalDate at0 = switch (m.group(2)) {
                case "Y" -> since.start().plusYears(n);
                case "W" -> since.start().plusWeeks(n);
                case "D" -> since.start().plusDays(n);
                default -> since.start().plusMonths(n);
            };
            int slack = m.group(2).equals("Y") ? 183 : m.group(2).equals("M") ? 16 : 3;
            String said = r.timex().text();
            LocalDate lo = at0.minusDays(slack), hi = at0.plusDays(slack);
            if (MORE_THAN.matcher(said).find()) {
                lo = at0;
                hi = MAX;
            } else if (LESS_THAN.matcher(said).find()) {
                lo = since.start();
                hi = at0;
            }
            out.add(new Constraint(lo, hi, 3, new Evidence(d.id(), r.start(), from.end()), false));
        }
    }

    /** "Forty days later", "two weeks later": a count of days, weeks or months after a moment just told. */
    private static final Pattern LATER = Pattern.compile("(?i)^(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\\s+(day|week|month|year)s?\\s+later$");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /**
     * "When the shooting started on Saturday April 15th, few expected a long war. Forty days later the capital is a
     * battlefield": a count of time later than a dated moment, followed by a verb in the present, says the writing is
     * that long after the moment. The moment is the last dated day before the count, in its sentence or the one before.
     */
    private static void laterNow(Document d, AnnotatedText at, List<Reading> readings, Integer year, List<Constraint> out) {
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (insideQuote(at, r)) continue;
            Matcher m = LATER.matcher(r.timex().text().strip());
            if (!m.find() || !presentAfter(at, r)) continue;
            Interval since = null;
            Reading from = null;
            for (int j = k - 1; j >= 0 && readings.get(j).sentence() >= r.sentence() - 1; j--) {
                TimexParts p = readings.get(j).parts();
                if (p == null || !p.hasMonth() || p.day() == null || insideQuote(at, readings.get(j))) continue;
                Integer y = p.year() != null ? p.year() : year;
                since = y == null ? null : p.in(y);
                from = readings.get(j);
                break;
            }
            if (since == null) continue;
            String c = m.group(1).toLowerCase(Locale.ROOT);
            int n = c.matches("\\d+") ? Integer.parseInt(c) : c.startsWith("a") ? 1 : COUNTS.contains(c) ? COUNTS.indexOf(c)
                    : switch (c) {
                        case "fifteen" -> 15;
                        case "twenty" -> 20;
                        case "thirty" -> 30;
                        case "forty" -> 40;
                        case "fifty" -> 50;
                        default -> 60;
                    };
            LocalDate at0 = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "year" -> since.start().plusYears(n);
                case "week" -> since.start().plusWeeks(n);
                case "day" -> since.start().plusDays(n);
                default -> since.start().plusMonths(n);
            };
            int slack = m.group(2).equalsIgnoreCase("year") ? 183 : m.group(2).equalsIgnoreCase("month") ? 16 : 3;
            out.add(new Constraint(at0.minusDays(slack), at0.plusDays(slack), 3, new Evidence(d.id(), from.start(), r.end()), false));
        }
    }

    /** Whether the first verb after a reading, in its sentence, is in the present ("later the capital is"). */
    private static boolean presentAfter(AnnotatedText at, Reading r) {
        for (Token t : at.tokensOf(at.sentences().get(r.sentence()))) {
            if (t.start() < r.timex().end() || !t.isVerb()) continue;
            String pos = t.pos() == null ? "" : t.pos();
            return pos.equals("VBZ") || pos.equals("VBP");
        }
        return false;
    }

    /** What follows a length of time that counts from an act: "four weeks after", "four weeks to the day after". */
    private static final Pattern AFTER_ACT = Pattern.compile("^(?:to the day\\s+)?(?:after|since)\\b");
    /** Least number of content words the act's phrase must share with the sentence that dates it. */
    private static final int MIN_SHARED_WORDS = 2;
    /** Farthest (in characters) a date may follow "after" to be the day counted from ("after the disaster of 6 May"). */
    private static final int AFTER_REACH = 40;
    /**
     * What names a noun's own day: "the disaster of 6 February" ("the results of the vote on Sunday" may date the
     * declaring: "on" attaches to a verb as often as to a noun).
     */
    private static final Pattern NOUN_OF_DATE = Pattern.compile("(\\p{L}+)\\s+of\\s+(?:the\\s+)?$");

    /**
     * A day another article of the story tells, with the words of its sentence: "final results declared on Sunday"
     * in an article of Sunday 2 June dates the declaring for an article that counts "four weeks after the results
     * were declared".
     */
    record ToldDay(Set<String> lemmas, Interval day) {}

    /**
     * The days the articles of known date tell, one per sentence that names a single day outside quotations (a
     * sentence naming two days says nothing about which its words belong to).
     */
    static List<ToldDay> toldDays(List<Document> dated, Map<String, AnnotatedText> annotations, Map<String, List<Reading>> readings) {
        List<ToldDay> out = new ArrayList<>();
        for (Document d : dated) {
            AnnotatedText at = annotations.get(d.id());
            if (at == null || d.published().value() == null) continue;
            LocalDate ref = LocalDate.parse(d.published().value());
            Map<Integer, Set<Interval>> days = new TreeMap<>();
            Map<Integer, Set<String>> owned = new TreeMap<>();
            for (Reading r : readings.getOrDefault(d.id(), List.of())) {
                if (insideQuote(at, r)) continue;
                Interval day = r.absolute();
                if (day == null && r.parts() != null && r.parts().hasMonth() && r.parts().day() != null) {
                    day = r.parts().in(TemporalResolver.yearByTense(r.parts(), ref, r.tense()));
                }
                if (day == null && Relative.handles(r)) day = Relative.at(r, ref);
                if (day == null || !day.isDay()) continue;
                days.computeIfAbsent(r.sentence(), k -> new LinkedHashSet<>()).add(day);
                String owner = ownerNoun(d.text(), at, r);
                if (owner != null) owned.computeIfAbsent(r.sentence(), k -> new HashSet<>()).add(owner);
            }
            for (var e : days.entrySet()) {
                if (e.getValue().size() != 1) continue;
                out.add(new ToldDay(sentenceLemmas(at, e.getKey(), owned.get(e.getKey())), e.getValue().iterator().next()));
            }
        }
        return out;
    }

    /**
     * "Four weeks after a night of martial law, the country has...": a length of time since an act puts the
     * writing that long after the act's day. The day is the date the phrase names itself ("two weeks after the
     * disaster of February 6th"), or that of the sentence, of this article or of one another article of the story
     * tells, sharing most content words with the phrase (the act's verb breaking ties), and at least two (one, if
     * this article dates the very noun: "the catastrophe of the sixth of February"); a tie between sentences of
     * different dates decides nothing. A clause in the past ("the quake came two weeks after") tells an act of that
     * day, after which the writing is; one in the present says the writing is about then.
     */
    private static void elapsedAfterTold(Document d, AnnotatedText at, List<Reading> readings, Integer year,
                                         List<LocalDate> story, List<ToldDay> told, List<Constraint> out) {
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (!"DURATION".equals(r.timex().type()) || insideQuote(at, r)) continue;
            Matcher m = DURATION_MONTHS.matcher(r.timex().value() == null ? "" : r.timex().value());
            String after = d.text().substring(r.timex().end(), Math.min(d.text().length(), r.timex().end() + 20))
                    .strip().toLowerCase(Locale.ROOT);
            if (!m.find() || !AFTER_ACT.matcher(after).find() || VAGUE_LENGTH.matcher(r.timex().text()).find()) continue;
            Interval bestDay = namedAfter(d, readings, k, year, story);
            if (bestDay == null) bestDay = actDay(d, at, readings, r, year, story, told);
            if (bestDay == null) continue;
            int n = Integer.parseInt(m.group(1));
            LocalDate at0 = switch (m.group(2)) {
                case "Y" -> bestDay.start().plusYears(n);
                case "W" -> bestDay.start().plusWeeks(n);
                case "D" -> bestDay.start().plusDays(n);
                default -> bestDay.start().plusMonths(n);
            };
            Evidence ev = new Evidence(d.id(), r.start(), r.end());
            if (r.tense() == Tense.PAST && simplePast(at, r)) {
                out.add(new Constraint(at0, MAX, 3, ev, false));
                continue;
            }
            int slack = m.group(2).equals("Y") ? 183 : m.group(2).equals("M") ? 16 : 3;
            out.add(new Constraint(at0.minusDays(slack), at0.plusDays(slack), 3, ev, false));
        }
    }

    /** A headline's "two weeks after the catastrophe": a count, its unit and the noun of the act counted from. */
    private static final Pattern TITLE_AFTER = Pattern.compile("(?i)\\b(\\d+|" + String.join("|", NUMBER_WORDS)
            + ")\\s+(day|week|month|year)s?\\s+(?:to the day\\s+)?(?:after|since)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(\\p{L}+)");

    /**
     * "New earthquake renews the panic two weeks after the catastrophe": a headline, written in the present of the
     * writing, counting from an act whose day the article gives that very noun ("the catastrophe of the sixth of
     * February") puts the writing about that long after that day.
     */
    private static void titleAfter(Document d, AnnotatedText at, List<Reading> readings, Integer year,
                                   List<LocalDate> story, List<Constraint> out) {
        if (d.title() == null) return;
        Matcher m = TITLE_AFTER.matcher(d.title());
        if (!m.find()) return;
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int n = count.matches("\\d+") ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count);
        String noun = m.group(3).toLowerCase(Locale.ROOT);
        Interval day = null;
        Reading from = null;
        for (Reading r : readings) {
            if (insideQuote(at, r)) continue;
            String owner = ownerNoun(d.text(), at, r);
            Interval i = owner == null ? null : dayOf(r, year, story);
            if (i == null || !(noun.equals(owner) || noun.equals(owner + "s") || noun.equals(owner + "es"))) continue;
            if (day != null && !day.equals(i)) return;
            day = i;
            from = r;
        }
        if (day == null || n <= 0) return;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        LocalDate at0 = switch (unit) {
            case "year" -> day.start().plusYears(n);
            case "week" -> day.start().plusWeeks(n);
            case "day" -> day.start().plusDays(n);
            default -> day.start().plusMonths(n);
        };
        int slack = unit.equals("year") ? 183 : unit.equals("month") ? 16 : 3;
        out.add(new Constraint(at0.minusDays(slack), at0.plusDays(slack), 3, new Evidence(d.id(), from.start(), from.end()), false));
    }

    /**
     * Whether the clause a reading dates is in the simple past ("the quake came two weeks after"), an act of that
     * day; a perfect ("four weeks after, the country has run through two presidents") speaks of the writing's now.
     */
    private static boolean simplePast(AnnotatedText at, Reading r) {
        List<Token> toks = at.tokensIn(r.timex().start(), r.timex().end());
        if (toks.isEmpty()) return false;
        Token last = toks.get(toks.size() - 1);
        Sentence s = at.sentences().get(last.sentence());
        Token verb = Tense.governingVerb(at.tokens(), last, s);
        if (verb == null || verb.pos() == null) return false;
        boolean past = verb.pos().equals("VBD");
        for (Token t : at.tokensOf(s)) {
            if (t.head() != verb.index() || t.deprel() == null || !t.deprel().startsWith("aux") || t.pos() == null) continue;
            if (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) return false;
            if (t.pos().equals("VBD")) past = true;
        }
        return past;
    }

    /** The day a length's "after" phrase names itself ("two weeks after the disaster of February 6th"), or null. */
    private static Interval namedAfter(Document d, List<Reading> readings, int k, Integer year, List<LocalDate> story) {
        Reading r = readings.get(k);
        for (int j = k + 1; j < readings.size() && readings.get(j).sentence() == r.sentence(); j++) {
            Reading next = readings.get(j);
            String between = d.text().substring(r.timex().end(), Math.max(r.timex().end(), next.start()));
            if (between.length() > AFTER_REACH || between.contains(",") || between.contains(";")) return null;
            Interval day = dayOf(next, year, story);
            if (day != null) return day;
        }
        return null;
    }

    /** The day a reading names, its year from the article's or the story's if it gives none; null if no single day. */
    private static Interval dayOf(Reading r, Integer year, List<LocalDate> story) {
        if (r.parts() == null || r.parts().day() == null) return null;
        Interval day = r.absolute();
        if (day == null && r.parts().hasMonth()) {
            Integer y = year != null ? year : storyYear(r, story);
            day = y == null ? null : r.parts().in(y);
        }
        return day != null && day.isDay() ? day : null;
    }

    /** The day of the act after "after", from the sentence of this article or another that tells it best. */
    private static Interval actDay(Document d, AnnotatedText at, List<Reading> readings, Reading r, Integer year,
                                   List<LocalDate> story, List<ToldDay> told) {
        Set<String> phrase = new LinkedHashSet<>();
        String[] headAndVerb = new String[2];
        actWords(at, r, phrase, headAndVerb);
        String head = headAndVerb[0], verb = headAndVerb[1];
        if (phrase.isEmpty()) return null;
        List<ToldDay> candidates = new ArrayList<>();
        for (Reading other : readings) {
            if (other.sentence() == r.sentence() || insideQuote(at, other)) continue;
            Interval day = dayOf(other, year, story);
            if (day == null) continue;
            String owner = ownerNoun(d.text(), at, other);
            candidates.add(new ToldDay(sentenceLemmas(at, other.sentence(), owner == null ? null : Set.of(owner)), day));
        }
        // The article's own dating of the act comes first; the other articles' only if it has none.
        Interval own = bestMatch(candidates, phrase, head, verb);
        return own != null ? own : bestMatch(told, phrase, head, verb);
    }

    /**
     * The day of the candidate sentence sharing most of the phrase's words, and at least {@link #MIN_SHARED_WORDS};
     * null if none does or sentences of different days tie.
     */
    private static Interval bestMatch(List<ToldDay> candidates, Set<String> phrase, String head, String verb) {
        double best = 0;
        Interval bestDay = null;
        boolean tied = false;
        for (ToldDay c : candidates) {
            double shared = 0;
            if (c.lemmas().contains(DATED_NOUN)) {
                // "the catastrophe of the sixth of February" dates the catastrophe, and "after the catastrophe"
                // counts from it; the rest of its sentence may tell acts of other days.
                shared = c.lemmas().contains(head) ? MIN_SHARED_WORDS : 0;
            } else {
                for (String w : phrase) if (c.lemmas().contains(w)) shared++;
            }
            // Sharing the act's verb tells the act from another of the same participants.
            if (verb != null && c.lemmas().contains(verb)) shared += VERB_BONUS;
            if (shared > best) {
                best = shared;
                bestDay = c.day();
                tied = false;
            } else if (shared == best && bestDay != null && !bestDay.equals(c.day())) {
                tied = true;
            }
        }
        return best < MIN_SHARED_WORDS || tied ? null : bestDay;
    }

    /** What sharing the act's verb adds: enough to break a tie, not to match on the verb alone. */
    private static final double VERB_BONUS = 0.5;
    /** A marker (no word) for a sentence whose date is that of a noun the phrase names. */
    private static final String DATED_NOUN = " dated noun";
    /** Verbs that carry no act of their own. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must");

    /**
     * The lemmas of a sentence's words; or, if its date is the own day of nouns ("the election of 29 May"), those
     * nouns alone and a marker saying so.
     */
    private static Set<String> sentenceLemmas(AnnotatedText at, int sentence, Set<String> owners) {
        Set<String> lemmas = new HashSet<>();
        if (owners != null) {
            lemmas.addAll(owners);
            lemmas.add(DATED_NOUN);
            return lemmas;
        }
        for (Token t : at.tokensOf(at.sentences().get(sentence))) {
            if (t.lemma() != null) lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }

    /** The lemma of the noun whose own day a date is ("the disaster of February 6th"), or null. */
    static String ownerNoun(String text, AnnotatedText at, Reading r) {
        Matcher noun = NOUN_OF_DATE.matcher(text.substring(Math.max(0, r.start() - 30), r.start()));
        if (!noun.find()) return null;
        int start = r.start() - noun.group().length();
        for (Token t : at.tokensIn(start, start + noun.group(1).length())) {
            String pos = t.pos() == null ? "" : t.pos();
            // "the evening of December 3" names a part of the day, not an act.
            if (!pos.startsWith("NN") || pos.startsWith("NNP") || t.lemma() == null) return null;
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            return TIME_NOUNS.contains(lemma) ? null : lemma;
        }
        return null;
    }

    /**
     * Collects into {@code out} the content words (nouns, adjectives and the act's verb, by lemma) of the phrase after
     * "after" up to the clause's end or the act's verb; sets {@code headAndVerb} to the lemma of the phrase's head
     * noun (the last of its first noun group: "results" of "the results of the election") and that of its verb.
     */
    private static void actWords(AnnotatedText at, Reading r, Set<String> out, String[] headAndVerb) {
        Sentence s = at.sentences().get(r.sentence());
        boolean started = false, headDone = false;
        for (Token t : at.tokensOf(s)) {
            if (t.start() < r.timex().end()) continue;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!started) {
                if (w.equals("after") || w.equals("since")) started = true; // the "after" itself
                continue;
            }
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.equals(",") || pos.equals(":") || pos.equals(".")) break;
            String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb()) {
                if (AUXILIARIES.contains(lemma)) continue;
                out.add(lemma);
                headAndVerb[1] = lemma;
                return;
            }
            if (pos.startsWith("NN") && !headDone) headAndVerb[0] = lemma;
            else if (headAndVerb[0] != null && !pos.equals("POS")) headDone = true;
            if ((pos.startsWith("NN") || pos.startsWith("JJ")) && !TIME_NOUNS.contains(lemma)) out.add(lemma);
        }
    }

    /** Nouns that name a stretch of time, not the act: "a night of", "the week of". */
    private static final Set<String> TIME_NOUNS = Set.of("night", "day", "morning", "evening", "afternoon", "week",
            "month", "year", "hour", "weekend", "time", "start", "end", "beginning");

    /** "ten months until", "three weeks before", "a month to the vote" (not "seven days to leave"). */
    private static final Pattern UNTIL = Pattern.compile("^(?:to go\\s+)?(?:until|till|before|to\\s+the)\\b");
    /** Farthest (in characters) the dated event may follow the length of time left before it. */
    private static final int UNTIL_REACH = 60;

    /**
     * "now has ten months until the local elections of March 2024": a length of time left before a dated event, said
     * in the writer's own voice, puts the writing that long before the event, and in that year.
     */
    private static void remainingUntil(Document d, AnnotatedText at, List<Reading> readings, List<Constraint> out,
                                       Map<Integer, Double> yearVotes) {
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (!"DURATION".equals(r.timex().type()) || insideQuote(at, r)) continue;
            Matcher m = DURATION_MONTHS.matcher(r.timex().value() == null ? "" : r.timex().value());
            String after = d.text().substring(r.timex().end(), Math.min(d.text().length(), r.timex().end() + 16))
                    .strip().toLowerCase(Locale.ROOT);
            if (!m.find() || !UNTIL.matcher(after).find() || VAGUE_LENGTH.matcher(r.timex().text()).find()) continue;
            for (int j = k + 1; j < readings.size() && readings.get(j).sentence() == r.sentence(); j++) {
                Interval target = readings.get(j).absolute();
                if (readings.get(j).start() - r.end() > UNTIL_REACH) break;
                if (target == null) continue;
                int n = Integer.parseInt(m.group(1));
                int slack = m.group(2).equals("Y") ? 183 : m.group(2).equals("M") ? 16 : 3;
                LocalDate lo = minus(target.start(), n, m.group(2)).minusDays(slack);
                LocalDate hi = minus(target.end(), n, m.group(2)).plusDays(slack);
                out.add(new Constraint(lo, hi, 3, new Evidence(d.id(), r.start(), readings.get(j).end()), false));
                yearVotes.merge(minus(target.start(), n, m.group(2)).getYear(), 2.0, Double::sum);
                break;
            }
        }
    }

    private static final Pattern VAGUE_LENGTH = Pattern.compile("(?i)\\b(?:more than|over|at least|less than|under|nearly|almost|some|several|a few)\\b");

    private static LocalDate minus(LocalDate day, int n, String unit) {
        return switch (unit) {
            case "Y" -> day.minusYears(n);
            case "W" -> day.minusWeeks(n);
            case "D" -> day.minusDays(n);
            default -> day.minusMonths(n);
        };
    }

    /** The best-supported year not contradicted by a past event dated after it. */
    private static Integer chooseYear(Map<Integer, Double> votes, List<Constraint> constraints) {
        LocalDate lower = MIN;
        for (Constraint c : constraints) if (c.to().equals(MAX) && c.from().isAfter(lower) && c.weight() >= 1) lower = c.from();
        Integer best = null;
        double bestScore = 0;
        for (var e : votes.entrySet()) {
            if (e.getKey() < lower.getYear()) continue;
            if (e.getValue() > bestScore || (e.getValue() == bestScore && best != null && e.getKey() > best)) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    static Inferred solve(List<Constraint> constraints, Integer year) {
        List<Constraint> sorted = new ArrayList<>(constraints);
        sorted.sort(Comparator.comparingDouble(Constraint::weight).reversed()
                .thenComparing(Constraint::evidence));
        LocalDate from = MIN, to = MAX;
        boolean futureBound = false;
        List<Evidence> used = new ArrayList<>();
        for (Constraint c : sorted) {
            LocalDate f = c.from().isAfter(from) ? c.from() : from;
            LocalDate t = c.to().isBefore(to) ? c.to() : to;
            if (t.isBefore(f)) continue;
            boolean tightens = !f.equals(from) || !t.equals(to);
            if (!t.equals(to)) futureBound = c.future();
            from = f;
            to = t;
            if (tightens) used.add(c.evidence());
        }
        boolean open = to.equals(MAX);
        // The days the firm statements allow: a window bounded only by a guess (a weekday's recency) is no proof,
        // so shared events may still move the article out of it.
        LocalDate firmFrom = MIN, firmTo = MAX;
        for (Constraint c : sorted) {
            if (c.weight() < 1) continue;
            LocalDate f = c.from().isAfter(firmFrom) ? c.from() : firmFrom;
            LocalDate t = c.to().isBefore(firmTo) ? c.to() : firmTo;
            if (t.isBefore(f)) continue;
            firmFrom = f;
            firmTo = t;
        }
        Interval proven = new Interval(firmFrom, firmTo);
        if (from.equals(MIN) && to.equals(MAX)) {
            if (year == null) return new Inferred(PublicationDate.unknown(), true, proven);
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
            proven = new Interval(from, to);
        } else if (to.equals(MAX)) {
            to = from.plusDays(HORIZON_DAYS);
        } else if (from.equals(MIN)) {
            from = to.minusDays(HORIZON_DAYS);
        }
        LocalDate value = futureBound ? to : from;
        used.sort(null);
        return new Inferred(new PublicationDate(value.toString(), from.toString(), to.toString(),
                PublicationDate.Basis.inferred, new ArrayList<>(new LinkedHashSet<>(used))), open, proven);
    }

    /** Dated articles less than this many days apart belong to one burst of coverage. */
    static final int BURST_GAP_DAYS = 30;
    /** Days after its last dated article that a burst of coverage may still run. */
    static final int BURST_TAIL_DAYS = 14;

    /**
     * The story's own dates as a prior for articles the text leaves open: a collection about one story is written
     * in bursts, so an article whose text only says "after September 2021" (or nothing) most likely belongs to the
     * largest burst of coverage its dated siblings fall in (dates chained less than a month apart). Applies when
     * at least two articles are dated and the burst does not contradict the article's own lower bound.
     */
    static PublicationDate withStoryPrior(Inferred own, List<LocalDate> dated) {
        if (!own.openEnded() || dated.size() < 2) return own.date();
        List<LocalDate> sorted = new ArrayList<>(dated);
        sorted.sort(null);
        int bestCount = 0;
        LocalDate burstFrom = null, burstTo = null, middle = null;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && !sorted.get(j + 1).isAfter(sorted.get(j).plusDays(BURST_GAP_DAYS))) j++;
            if (j - i + 1 > bestCount) {
                bestCount = j - i + 1;
                burstFrom = sorted.get(i);
                burstTo = sorted.get(j);
                middle = sorted.get((i + j) / 2);
            }
            i = j + 1;
        }
        if (bestCount < 2) return own.date();
        LocalDate from = burstFrom.minusDays(3), to = burstTo.plusDays(BURST_TAIL_DAYS);
        PublicationDate p = own.date();
        if (p.earliest() != null) {
            LocalDate lower = LocalDate.parse(p.earliest());
            if (lower.isAfter(to)) return p;
            if (lower.isAfter(from)) from = lower;
        }
        LocalDate value = middle.isBefore(from) ? from : middle;
        return new PublicationDate(value.toString(), from.toString(), to.toString(), PublicationDate.Basis.inferred,
                p.evidence());
    }
}
