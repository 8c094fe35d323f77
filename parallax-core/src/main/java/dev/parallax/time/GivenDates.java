package dev.parallax.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates that inputs state (metadata fields, HTTP headers) into ISO calendar dates. */
public final class GivenDates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    /** "2024.01.05", "2024/1/5": year first with dots or slashes, as Korean, Japanese and Chinese sites write it. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})\\.?(?!\\d)");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyyMMdd"));

    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");

    private GivenDates() {}

    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([/-]|\\.\\s?)(\\d{1,2})\\2(\\d{4})$");
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTHS + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*\\d)");
    /** "at 18h42": a clock written with an h, as French, Italian or Portuguese news do, who write the day first. */
    private static final Pattern H_CLOCK = Pattern.compile("\\b\\d{1,2}h\\d{2}\\b");
    /** "Published the 11/08": "the" before a numeric date is "le 11/08", translated word for word. */
    private static final Pattern THE_NUMERIC = Pattern.compile("(?i)\\bthe\\s+\\d{1,2}/\\d{1,2}/");

    /**
     * Whether a numeric date line ("11/08/2023") writes the day first, judged by its own conventions (a clock
     * written "18h42", "the 11/08") and by how the article writes its other dates ("26 July" against "July 26");
     * null if nothing tells.
     */
    public static Boolean dayFirst(String line, String text) {
        if (line != null && (H_CLOCK.matcher(line).find() || THE_NUMERIC.matcher(line).find())) return true;
        if (text == null) return null;
        int dm = count(DAY_MONTH.matcher(text)), md = count(MONTH_DAY.matcher(text));
        return dm > md ? Boolean.TRUE : md > dm ? Boolean.FALSE : null;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * The ISO date a string states, reading an all-numeric "11/08/2023" day first or month first as told (a part
     * over 12 decides by itself, and "11.08.2023" is always day first); null if the order is needed and unknown.
     */
    public static String iso(String raw, Boolean dayFirst) {
        Matcher m = raw == null ? null : NUMERIC.matcher(raw.strip());
        if (m == null || !m.find()) return iso(raw);
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), y = Integer.parseInt(m.group(4));
        boolean df;
        // "05.03.2024": dots are the German, French, Russian... way of writing a date, always day first; no
        // month-first convention writes one with dots.
        if (raw.strip().charAt(m.end(1)) == '.') df = b <= 12;
        else if (a > 12 && b <= 12) df = true;
        else if (b > 12 && a <= 12) df = false;
        else if (a == b) df = true;
        else if (dayFirst == null) return null;
        else df = dayFirst;
        try {
            return (df ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The ISO date ({@code YYYY-MM-DD}) a string states, or null if it is not a recognisable full date. */
    public static String iso(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        Matcher y = YEAR_FIRST.matcher(s);
        if (y.find()) {
            try {
                return LocalDate.of(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(3)),
                        Integer.parseInt(y.group(4))).toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
        // "8th July 2024", "July 8th, 2024", "8th of July 2024": the ordinal's letters and "of" say nothing of the day.
        s = ORDINAL_DAY.matcher(s).replaceFirst("$1").replaceFirst("(?i)^(\\d{1,2})\\s+of\\s+", "$1 ");
        try {
            return OffsetDateTime.parse(s).toLocalDate().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                if (f == DateTimeFormatter.RFC_1123_DATE_TIME) return ZonedDateTime.parse(s, f).toLocalDate().toString();
                return LocalDate.parse(s, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
