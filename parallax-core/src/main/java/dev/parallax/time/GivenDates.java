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
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyyMMdd"));

    private GivenDates() {}

    /** The ISO date ({@code YYYY-MM-DD}) a string states, or null if it is not a recognisable full date. */
    public static String iso(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
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
