package dev.parallax.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the other end of a date range that SUTime drops: "June 29 to 30" (SUTime keeps "June 29"),
 * "from 11th to 12th July 2023" (it keeps "12th July 2023"). Returns the widened span and day bounds.
 */
final class Ranges {

    /** A range around an expression: the span covering the whole phrase, first and last day, and a year if stated. */
    record Found(int start, int end, int firstDay, int lastDay, Integer year) {}

    private static final Pattern TRAILING_YEAR = Pattern.compile("^,?\\s+(\\d{4})\\b");

    private static final Pattern AFTER = Pattern.compile(
            "^\\s*(?:to|until|till|through|thru|and|-|–|—)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent|per cent|[ap]\\.?m\\b|:))");
    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:from\\s+|between\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|until|till|through|and|-|–|—)\\s*$");
    private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private Ranges() {}

    /**
     * The range an expression [start, end) with day {@code day} belongs to, or null. {@code text} is the document.
     */
    static Found around(String text, int start, int end, int day) {
        String after = text.substring(end, Math.min(text.length(), end + 20));
        Matcher m = AFTER.matcher(after);
        if (m.find()) {
            int last = Integer.parseInt(m.group(1));
            if (last > day && last <= 31) {
                int stop = end + m.end(1) + suffixLength(after, m.end(1));
                // "June 11 to 12, 2024": the year after the range end belongs to the whole range.
                Matcher y = TRAILING_YEAR.matcher(text.substring(stop, Math.min(text.length(), stop + 8)));
                if (y.find()) return new Found(start, stop + y.end(1), day, last, Integer.parseInt(y.group(1)));
                return new Found(start, stop, day, last, null);
            }
        }
        String exprStart = text.substring(start, Math.min(end, start + 4));
        if (LEADING_DAY.matcher(exprStart).find()) {
            String before = text.substring(Math.max(0, start - 24), start);
            m = BEFORE.matcher(before);
            if (m.find()) {
                int first = Integer.parseInt(m.group(1));
                int begin = start - before.length() + m.start(1);
                if (first < day && first >= 1) return new Found(begin, end, first, day, null);
            }
        }
        return null;
    }

    private static int suffixLength(String s, int at) {
        int n = 0;
        while (at + n < s.length() && n < 2 && Character.isLetter(s.charAt(at + n))) n++;
        return n;
    }
}
