package dev.parallax.time;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations told as fractions of a unit, which SUTime does not read: "half a century" (P50Y), "a quarter of a
 * century" (P25Y), "a decade and a half" (P15Y), "half an hour" (PT30M).
 */
final class FractionalDurations {

    private static final Pattern HALF = Pattern.compile(
            "\\b(half an? |a quarter of an? |a quarter[- ])(century|decade|year|hour)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_A_HALF = Pattern.compile(
            "\\b(an?|one) (century|decade|year|hour) and a half\\b", Pattern.CASE_INSENSITIVE);
    /** Length of each unit in its natural smaller unit: years for centuries and decades, months, minutes. */
    private static final Map<String, Integer> UNITS = Map.of("century", 100, "decade", 10, "year", 12, "hour", 60);

    private FractionalDurations() {}

    /**
     * The fractional durations of a document's text that do not cut across an expression in {@code known}; one
     * may contain a shorter expression ("a century" in "half a century"), which the caller then drops.
     */
    static List<TemporalExpression> find(Document d, List<TemporalExpression> known) {
        List<TemporalExpression> out = new ArrayList<>();
        String text = d.text();
        for (Pattern p : List.of(HALF, AND_A_HALF)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                int whole = UNITS.get(unit);
                double fraction = p == AND_A_HALF ? 1.5 : m.group(1).toLowerCase(Locale.ROOT).startsWith("half") ? 0.5 : 0.25;
                double amount = whole * fraction;
                if (amount != Math.rint(amount)) continue;
                String value = switch (unit) {
                    case "century", "decade" -> "P" + (int) amount + "Y";
                    case "year" -> "P" + (int) amount + "M";
                    default -> "PT" + (int) amount + "M";
                };
                int start = m.start(), end = m.end();
                if (known.stream().anyMatch(k -> k.start() < end && start < k.end() && (k.start() < start || k.end() > end))) continue;
                out.add(new TemporalExpression(d.id(), start, end, text.substring(start, end), "DURATION", value, value, null));
            }
        }
        return out;
    }
}
