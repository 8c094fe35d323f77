package dev.parallax.time;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written forms of dates and lengths that SUTime misses or misreads: a range of years in figures ("2019-20",
 * "2025-2031", which SUTime takes for a length in hours), years named as "the years 2020 and 2021" (a calque of the
 * Romance "les années"), a count of units with an adjective between ("18 consecutive months"), a count and a half
 * ("two and a half years"), and the press shorthand of a day and the initial of its month ("28J", "11-M") for a date
 * the text has named in full.
 */
final class WrittenDates {

    /** "2019-20", "2025-2031", "1998–2002": a year, a dash and a later year in two or four figures. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d/.\\-–])((?:1[89]|20)\\d{2})\\s?[-–]\\s?(\\d{4}|\\d{2})(?![\\d/\\-–]|[.,]\\d|\\s?%)");
    /** "the years 2020 and 2021", "the years 1970": a calque of "les années", "los años", "gli anni". */
    private static final Pattern THE_YEARS = Pattern.compile("(?i)\\bthe\\s+years\\s+((?:1[89]|20)\\d{2})\\b(\\s*(?:and|,|to|-)\\s*(?:1[89]|20)\\d{2}\\b)?");
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
    /** "18 consecutive months", "three straight years": a length with an adjective between the count and the unit. */
    private static final Pattern QUALIFIED_LENGTH = Pattern.compile("(?i)\\b" + COUNT
            + "\\s+(?:consecutive|straight|successive|full|whole|entire|long)\\s+(days?|weeks?|months?|years?|decades?)\\b");
    /** "two and a half years", "three and a half hours": a count of whole units and a half. */
    private static final Pattern COUNT_AND_A_HALF = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
            + "\\s+and\\s+a\\s+half\\s+(years|decades|centuries|hours)\\b");
    /** "28J", "11-M", "1-O": a day and the initial of its month, as the Spanish-language press names a date it made famous. */
    private static final Pattern DAY_INITIAL = Pattern.compile("(?<![\\p{L}\\d/.\\-$€£¥])([1-9]|[12]\\d|3[01])-?([EFMAJSOND])(?![\\p{L}\\d\\-])");
    /** The initial of each month, in Spanish and Portuguese ("E" enero, "J" junio/julio, "A" abril/agosto). */
    private static final String SPANISH_INITIALS = "EFMAMJJASOND";
    private static final String ENGLISH_INITIALS = "JFMAMJJASOND";
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-(\\d{2})-(\\d{2})$");

    private WrittenDates() {}

    /**
     * {@code known} with the written forms this class reads put in: each replaces the expressions it contains and is
     * skipped where it would cut across one.
     */
    static List<TemporalExpression> add(Document d, List<TemporalExpression> known) {
        String text = d.text();
        List<TemporalExpression> found = new ArrayList<>();
        Matcher m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
            // "2019-20" is a season or a fiscal year; "2024-07" a month, "1998-2002" a span: the end must come after.
            if (to <= from || to - from > 50) continue;
            found.add(expr(d, m.start(), m.end(), "DATE", from + "/" + to));
        }
        m = THE_YEARS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            // "the years 2020 and 2021" names two years; "the years 1970" alone is the decade (les années 1970).
            if (m.group(2) != null) found.add(expr(d, m.start(), m.end(1), "DATE", String.valueOf(year)));
            else if (year % 10 == 0) found.add(expr(d, m.start(), m.end(), "DATE", year + "-01-01/" + (year + 9) + "-12-31"));
        }
        m = QUALIFIED_LENGTH.matcher(text);
        while (m.find()) {
            int n = TemporalResolver.count(m.group(1).toLowerCase(Locale.ROOT));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (n <= 0) continue;
            String value = unit.startsWith("decade") ? "P" + 10 * n + "Y" : "P" + n + Character.toUpperCase(unit.charAt(0));
            found.add(expr(d, m.start(), m.end(), "DURATION", value));
        }
        m = COUNT_AND_A_HALF.matcher(text);
        while (m.find()) {
            int n = TemporalResolver.count(m.group(1).toLowerCase(Locale.ROOT));
            if (n <= 0) continue;
            String value = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "years" -> "P" + n + "Y6M";
                case "decades" -> "P" + (10 * n + 5) + "Y";
                case "centuries" -> "P" + (100 * n + 50) + "Y";
                default -> "PT" + n + "H30M";
            };
            found.add(expr(d, m.start(), m.end(), "DURATION", value));
        }
        List<TemporalExpression> out = merged(known, found);
        return merged(out, dayInitials(d, out));
    }

    /**
     * "28J" for a date the text names in full ("the elections of the 28 of July"): the day and an initial that is
     * the month's in Spanish or English; a shorthand that matches no date told, or two, is left unread.
     */
    static List<TemporalExpression> dayInitials(Document d, List<TemporalExpression> known) {
        List<TemporalExpression> out = new ArrayList<>();
        Matcher m = DAY_INITIAL.matcher(d.text());
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            char initial = m.group(2).charAt(0);
            String value = null;
            boolean ambiguous = false;
            for (TemporalExpression k : known) {
                Matcher v = k.value() == null || !"DATE".equals(k.type()) ? null : DAY_VALUE.matcher(k.value());
                if (v == null || !v.matches() || Integer.parseInt(v.group(2)) != day) continue;
                int month = Integer.parseInt(v.group(1));
                if (SPANISH_INITIALS.charAt(month - 1) != initial && ENGLISH_INITIALS.charAt(month - 1) != initial) continue;
                if (value != null && !value.equals(k.value())) ambiguous = true;
                value = k.value();
            }
            if (value != null && !ambiguous) out.add(expr(d, m.start(), m.end(), "DATE", value));
        }
        return out;
    }

    /** {@code known} with each found expression put in place of those it contains, unless it cuts across one. */
    static List<TemporalExpression> merged(List<TemporalExpression> known, List<TemporalExpression> found) {
        if (found.isEmpty()) return known;
        List<TemporalExpression> out = new ArrayList<>(known);
        for (TemporalExpression f : found) {
            boolean cuts = false, inside = false;
            for (TemporalExpression k : out) {
                if (k.start() >= f.end() || f.start() >= k.end()) continue;
                // A range or a date SUTime joined to a neighbour and could not value ("1445 this year") gives way.
                if (f.start() <= k.start() && k.end() <= f.end() || k.value() == null) continue;
                // Already read within a longer expression ("almost two and a half years" read whole) or across it.
                if (k.start() <= f.start() && f.end() <= k.end() && f.value().equals(k.value())) inside = true;
                else cuts = true;
            }
            if (cuts || inside) continue;
            out.removeIf(k -> k.start() < f.end() && f.start() < k.end() && (f.start() <= k.start() && k.end() <= f.end() || k.value() == null));
            out.add(f);
        }
        out.sort(java.util.Comparator.comparingInt(TemporalExpression::start).thenComparingInt(TemporalExpression::end));
        return out;
    }

    private static TemporalExpression expr(Document d, int start, int end, String type, String value) {
        return new TemporalExpression(d.id(), start, end, d.text().substring(start, end), type, value, value, null);
    }
}
