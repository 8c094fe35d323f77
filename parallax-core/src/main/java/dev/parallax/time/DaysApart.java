package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of happenings told as whole days or weeks before or after a dated one: "He withdrew the bill on Wednesday, a day
 * after protesters stormed parliament" tells the storming on Tuesday. The span stays a duration among the document's
 * expressions; only the timeline reads the day of the clause it introduces.
 */
final class DaysApart {

    /** "a day", "one day", "two days", "3 days", "a week": a count of whole days or weeks and nothing else. */
    private static final Pattern DAYS = Pattern.compile("(?i)(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(days?|weeks?)");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");
    /** A whole number of days or weeks in a TIMEX3 duration ("P1D", "P2D", "P1W"). */
    private static final Pattern LENGTH = Pattern.compile("P(\\d{1,2})([DW])");

    private DaysApart() {}

    /**
     * The day of the clause or event noun a span of whole days introduces with "after" or "before", counted from the
     * day its sentence gives the happening it is measured from, or null if the expression is no such span or that
     * day is not told in the sentence.
     *
     * @param all the document's expressions
     */
    static Interval day(TemporalExpression span, List<TemporalExpression> all, AnnotatedText at) {
        if (!"DURATION".equals(span.type()) || span.text() == null || at == null) return null;
        Matcher words = DAYS.matcher(span.text().strip());
        Matcher length = span.value() == null ? null : LENGTH.matcher(span.value());
        if (!words.matches() || length == null || !length.matches()) return null;
        int n = Integer.parseInt(length.group(1));
        String count = words.group(1).toLowerCase(Locale.ROOT);
        if (!count.equals("a") && !count.equals(String.valueOf(n)) && COUNTS.indexOf(count) != n) return null;
        // "a week after he was sworn in": seven days.
        int days = length.group(2).equals("W") ? n * 7 : n;
        Sentence s = at.sentenceAt(span.start());
        List<Token> toks = at.tokensIn(span.start(), span.end());
        if (s == null || toks.isEmpty()) return null;
        int first = toks.get(0).index(), last = toks.get(toks.size() - 1).index();
        // "for two days after the storm", "overran by almost a day after": a length, not a distance between two days.
        int before = first - 1;
        while (before >= s.firstToken() && "RB".equals(at.tokens().get(before).pos())) before--;
        if (before >= s.firstToken() && at.tokens().get(before).pos() != null
                && Set.of("IN", "TO").contains(at.tokens().get(before).pos())) return null;
        if (last + 1 >= s.endToken()) return null;
        String link = at.tokens().get(last + 1).word().toLowerCase(Locale.ROOT);
        int sign;
        if (link.equals("after")) sign = -1;
        else if (link.equals("before")) sign = 1;
        else return null;
        Token told = told(at, s, at.tokens().get(last + 1), first, last);
        if (told == null) return null;
        // The day measured from: another expression of the sentence, outside what the span introduces.
        Interval anchor = null;
        for (TemporalExpression t : all) {
            if (t == span || !"DATE".equals(t.type()) && !"TIME".equals(t.type()) || t.value() == null) continue;
            if (t.reason() != null && !t.reason().equals(TemporalResolver.APPROXIMATE)) continue;
            if (t.timex() != null && t.timex().endsWith("_REF")) continue;
            if (at.sentenceAt(t.start()) != s) continue;
            List<Token> tt = at.tokensIn(t.start(), t.end());
            if (tt.isEmpty() || SentenceEvents.dominates(at, told, tt.get(0)) || describes(at, tt.get(0))) continue;
            Interval d = Interval.parse(t.value());
            if (d == null || !d.isDay()) continue;
            if (anchor != null && !anchor.equals(d)) return null;
            anchor = d;
        }
        if (anchor == null) return null;
        LocalDate day = anchor.start().plusDays((long) sign * days);
        return Interval.day(day);
    }

    /**
     * Whether a date sits in a clause that describes a noun ("the talks, which ran to 12 December"): it dates that
     * noun, not the act the span is measured from.
     */
    private static boolean describes(AnnotatedText at, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 12 && cur.head() >= 0; steps++) {
            if (cur.deprel() != null && cur.deprel().startsWith("acl")) return true;
            cur = at.tokens().get(cur.head());
        }
        return false;
    }

    /** The verb or noun the "after" or "before" following the span introduces, or null. */
    private static Token told(AnnotatedText at, Sentence s, Token link, int first, int last) {
        if (link.head() < 0) return null;
        Token head = at.tokens().get(link.head());
        if (head.index() >= first && head.index() <= last) return null;
        return head.index() > link.index() ? head : null;
    }
}
