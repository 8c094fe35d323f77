package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days written in figures with a slash, "since the 28/07", "on 5/11/2023", which SUTime does not read. Most of the
 * world writes the day first; a figure above 12 settles the order, else the order of the text's dates with month
 * names ("28 July" or "July 28") does, and if the text has none either way the figures are left unread.
 */
final class NumericDays {

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})/(\\d{1,2})(?:/((?:19|20)\\d{2}))?(?![\\d/]|\\.\\d|\\s*%)");
    /** Words a date follows: "since the 28/07", "on 5/11", "(28/07)". */
    private static final Pattern DATE_WORD_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|on|since|until|till|from|of|by|before|after|between|to|and|in|until|desde|até|el|la|le|du|au)\\s+|\\()$");
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b");

    private NumericDays() {}

    /** {@code timexes} with the days written in figures added where no expression covers them. */
    static List<Timex> add(String text, AnnotatedText at, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>(timexes);
        Matcher m = NUMERIC.matcher(text);
        Boolean dayFirst = null;
        boolean added = false;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            boolean withYear = m.group(3) != null;
            if (!withYear && !DATE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) continue;
            int start = m.start(), end = m.end();
            boolean covered = false;
            for (Timex t : out) covered |= t.start() < end && start < t.end();
            if (covered) continue;
            int day, month;
            if (a > 12 && b <= 12) {
                day = a;
                month = b;
            } else if (b > 12 && a <= 12) {
                day = b;
                month = a;
            } else {
                if (dayFirst == null) dayFirst = dayFirst(text);
                if (a > 12 || dayFirst == null) continue;
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
            }
            if (day < 1 || day > 31 || month < 1 || month > 12) continue;
            String value = (withYear ? m.group(3) : "XXXX") + String.format(java.util.Locale.ROOT, "-%02d-%02d", month, day);
            var sentence = at == null ? null : at.sentenceAt(start);
            out.add(new Timex(start, end, m.group(), "DATE", value, null, sentence == null ? 0 : sentence.index()));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return out;
    }

    /** Whether the text writes its named dates day first ("28 July"), month first ("July 28"), or null if it does not tell. */
    private static Boolean dayFirst(String text) {
        int d = 0, m = 0;
        for (Matcher x = DAY_MONTH.matcher(text); x.find(); ) d++;
        for (Matcher x = MONTH_DAY.matcher(text); x.find(); ) m++;
        return d == m ? null : d > m;
    }
}
