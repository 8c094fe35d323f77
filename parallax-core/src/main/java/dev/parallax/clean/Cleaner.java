package dev.parallax.clean;

import dev.parallax.corpus.Removal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans one article: splits it into paragraphs, removes boilerplate and repeated paragraphs, and returns the
 * cleaned text (paragraphs separated by blank lines) with every removed piece and its reason.
 */
public final class Cleaner {

    /** The cleaned text of one article and what was taken out of it. */
    public record Result(String text, List<Removal> removed, String dateline, String title) {}

    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*)?"
                    + "\\((\\p{Lu}[\\p{L}&. ]{1,30})\\)\\s*[—–-]{1,2}\\s*"
                    // "BEIJING -- ...", "Jakarta - ...": a place, a dash, then the story.
                    + "|^(?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]{2,30}(?:\\s\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,2}"
                    + "|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)(?:,\\s*\\p{Lu}[\\p{L}.]+)?\\s+(?:--?|—|–)\\s+(?=\\p{Lu})");

    /** A paragraph repeated with at most this many extra leading words ("(Agency) —") is a repeat. */
    private static final int MAX_REPEAT_PREFIX_WORDS = 6;
    private static final double NEAR_DUPLICATE_JACCARD = 0.8;
    private static final int BODY_MIN_WORDS = 10;
    private static final int MAX_MASTHEAD_LINES = 3;
    private static final int MAX_MASTHEAD_WORDS = 8;

    private final Boilerplate boilerplate;

    public Cleaner(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    public Cleaner() {
        this(Boilerplate.standard());
    }

    public Result clean(String raw, String title) {
        List<Paragraphs.Paragraph> paragraphs = Paragraphs.split(raw);
        int n = paragraphs.size();
        String[] reason = new String[n];
        for (int i = 0; i < n; i++) reason[i] = boilerplate.reasonFor(paragraphs.get(i).text());
        markTitle(paragraphs, reason, title);
        markNavigationRuns(paragraphs, reason);
        markRepeats(paragraphs, reason);
        markAuthorBios(paragraphs, reason);
        markTail(paragraphs, reason);
        String headline = markHeader(paragraphs, reason, title == null);
        if (headline == null && title == null) headline = markHeadline(paragraphs, reason);

        StringBuilder text = new StringBuilder();
        List<Removal> removed = new ArrayList<>();
        String dateline = null;
        boolean first = true;
        for (int i = 0; i < n; i++) {
            Paragraphs.Paragraph p = paragraphs.get(i);
            if (reason[i] == null) {
                if (text.length() > 0) text.append("\n\n");
                String kept = p.text();
                if (first) {
                    // "VILNIUS, July 11 (Reuters) — ..." opens a wire story: the place, date and agency are a dateline.
                    java.util.regex.Matcher m = WIRE_DATELINE.matcher(kept);
                    if (m.find() && m.end() < kept.length()) {
                        String line = m.group().strip();
                        int rawAt = raw.indexOf(line, p.rawStart());
                        if (rawAt >= 0 && rawAt < p.rawEnd()) {
                            removed.add(new Removal(line, "dateline", rawAt, rawAt + line.length()));
                            kept = kept.substring(m.end());
                        }
                    }
                }
                first = false;
                text.append(kept);
            } else {
                removed.add(new Removal(raw.substring(p.rawStart(), p.rawEnd()), reason[i], p.rawStart(), p.rawEnd()));
                if (dateline == null && reason[i].equals("dateline")) dateline = p.text();
            }
        }
        return new Result(text.toString(), removed, dateline, headline);
    }

    /**
     * An article read without a title often starts, once page furniture is gone, with its headline: a short
     * first paragraph that is not a sentence, followed by the body.
     */
    private static String markHeadline(List<Paragraphs.Paragraph> ps, String[] reason) {
        int first = -1, next = -1;
        for (int i = 0; i < ps.size(); i++) {
            if (reason[i] != null) continue;
            if (first < 0) first = i;
            else {
                next = i;
                break;
            }
        }
        if (first < 0 || next < 0) return null;
        String p = ps.get(first).text();
        int words = Boilerplate.wordCount(p);
        char last = p.charAt(p.length() - 1);
        if (words < 3 || words > 25 || ".,;:".indexOf(last) >= 0 || !isProse(ps.get(next).text())) return null;
        reason[first] = "title";
        return p;
    }

    /** A closing credit naming who took a caption's picture: "... news conference. (Courier)". */
    private static final java.util.regex.Pattern SHORT_CREDIT = java.util.regex.Pattern.compile(
            "[.!?]\\s*\\(\\p{Lu}[\\p{L}&.'’-]*(?:\\s\\p{Lu}[\\p{L}&.'’-]*){0,2}\\)\\s*$");
    private static final int MAX_CAPTION_WORDS = 40;

    /**
     * The lines above the first body paragraph, when they hold a byline, have a known layout: masthead lines, the
     * headline right above the byline, and below it an optional standfirst and a caption with a bare credit. Only
     * lines between page furniture are touched, so a short opening paragraph stays.
     * Returns the headline when the article came without one or with a wrong one, else null.
     */
    private static String markHeader(List<Paragraphs.Paragraph> ps, String[] reason, boolean wantHeadline) {
        int byline = -1;
        int i = 0;
        for (; i < ps.size(); i++) {
            if ("byline".equals(reason[i])) byline = i;
            if (reason[i] == null && isProse(ps.get(i).text()) && !isHeaderCaption(ps.get(i).text())
                    && !isAboveByline(ps, reason, i)) break;
        }
        int body = i;
        if (byline < 0 || body >= ps.size()) return null;
        String headline = null;
        int h = byline - 1;
        while (h >= 0 && reason[h] != null && !"title".equals(reason[h])) h--;
        int given = -1;
        for (int k = 0; k < h; k++) if ("title".equals(reason[k])) given = k;
        // A title guessed from a pasted page's first line may be the outlet's name: when furniture (a section
        // path, a date line) separates it from the line right above the byline, that line is the headline.
        boolean guessedWrong = given >= 0 && h - given > 1;
        // A standfirst may sit between the headline and the byline: two sentences under a headline that has none.
        if (h > 0 && reason[h] == null && reason[h - 1] == null && hasInnerSentenceEnd(ps.get(h).text())
                && isHeadlineShape(ps.get(h - 1).text()) && !hasInnerSentenceEnd(ps.get(h - 1).text())) {
            h--;
            guessedWrong = given >= 0 && h - given > 1;
        }
        if (wantHeadline || guessedWrong) {
            if (h >= 0 && reason[h] == null && isHeadlineShape(ps.get(h).text())) {
                if (guessedWrong) reason[given] = "masthead";
                reason[h] = "title";
                headline = ps.get(h).text();
                markShortLinesAbove(ps, reason, h);
            }
        }
        // A standfirst ("Four weeks after the vote, the country still has no government") stays: the newsroom wrote
        // it about the story, and it often carries the only clue to when an undated article was written.
        for (int k = byline + 1; k < body; k++) {
            if (reason[k] == null && isHeaderCaption(ps.get(k).text())) reason[k] = "caption";
        }
        return headline;
    }

    /** A headline ending in a quotation ("... : «We were betrayed»") looks like prose, but the body never sits above the byline. */
    private static boolean isAboveByline(List<Paragraphs.Paragraph> ps, String[] reason, int i) {
        return i + 1 < ps.size() && "byline".equals(reason[i + 1]) && Boilerplate.wordCount(ps.get(i).text()) <= 25;
    }

    private static final java.util.regex.Pattern INNER_SENTENCE_END = java.util.regex.Pattern.compile("[.!?]\\s+\\p{Lu}");

    private static boolean hasInnerSentenceEnd(String p) {
        return INNER_SENTENCE_END.matcher(p).find();
    }

    private static boolean isHeadlineShape(String p) {
        int words = Boilerplate.wordCount(p);
        return words >= 3 && words <= 25 && ".,;:".indexOf(p.charAt(p.length() - 1)) < 0;
    }

    private static boolean isHeaderCaption(String p) {
        return Boilerplate.wordCount(p) <= MAX_CAPTION_WORDS && SHORT_CREDIT.matcher(p).find();
    }

    /** The headline repeated inside the body (often with a breadcrumb trail before it). */
    private static void markTitle(List<Paragraphs.Paragraph> ps, String[] reason, String title) {
        if (title == null || title.isBlank()) return;
        String t = normalize(title);
        for (int i = 0; i < ps.size(); i++) {
            if (reason[i] != null) continue;
            String p = normalize(ps.get(i).text());
            if (p.equals(t)) {
                reason[i] = "title";
                markMasthead(ps, reason, i);
            } else if (p.endsWith(" " + t) && Boilerplate.wordCount(p) - Boilerplate.wordCount(t) <= 4) reason[i] = "breadcrumb";
        }
    }

    /** Short lines above a headline near the top (the outlet's name, a section label) are page furniture. */
    private static void markMasthead(List<Paragraphs.Paragraph> ps, String[] reason, int title) {
        if (title <= MAX_MASTHEAD_LINES) markShortLinesAbove(ps, reason, title);
    }

    private static void markShortLinesAbove(List<Paragraphs.Paragraph> ps, String[] reason, int headline) {
        for (int k = 0; k < headline; k++) {
            String p = ps.get(k).text();
            if (reason[k] == null && Boilerplate.wordCount(p) <= MAX_MASTHEAD_WORDS && !Boilerplate.endsSentence(p)) {
                reason[k] = "masthead";
            }
        }
    }

    /** Three or more consecutive one-to-three-word labels are a menu, not article text. */
    private static void markNavigationRuns(List<Paragraphs.Paragraph> ps, String[] reason) {
        int i = 0;
        while (i < ps.size()) {
            int j = i;
            while (j < ps.size() && isLabel(ps.get(j).text())) j++;
            if (j - i >= 3) {
                for (int k = i; k < j; k++) if (reason[k] == null) reason[k] = "navigation";
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isLabel(String p) {
        return Boilerplate.wordCount(p) <= 3 && !Boilerplate.endsSentence(p);
    }

    /** A paragraph that repeats an earlier one (exactly, after a short prefix, or nearly) is removed. */
    private static void markRepeats(List<Paragraphs.Paragraph> ps, String[] reason) {
        List<String> keptNorm = new ArrayList<>();
        List<Set<String>> keptShingles = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            String norm = normalize(ps.get(i).text());
            if (norm.isEmpty()) continue;
            boolean repeat = false;
            Set<String> shingles = shingles(norm);
            for (int k = 0; k < keptNorm.size() && !repeat; k++) {
                repeat = isRepeat(norm, shingles, keptNorm.get(k), keptShingles.get(k));
            }
            if (repeat) {
                if (reason[i] == null) reason[i] = "duplicate";
            } else {
                keptNorm.add(norm);
                keptShingles.add(shingles);
            }
        }
    }

    private static boolean isRepeat(String norm, Set<String> shingles, String earlier, Set<String> earlierShingles) {
        if (norm.equals(earlier)) return true;
        int words = Boilerplate.wordCount(earlier);
        if (words >= 5 && norm.endsWith(" " + earlier)
                && Boilerplate.wordCount(norm) - words <= MAX_REPEAT_PREFIX_WORDS) {
            return true;
        }
        if (words < 8 || shingles.size() < 6) return false;
        int inter = 0;
        for (String s : shingles) if (earlierShingles.contains(s)) inter++;
        double jaccard = inter / (double) (shingles.size() + earlierShingles.size() - inter);
        return jaccard >= NEAR_DUPLICATE_JACCARD;
    }

    /** "Jane Doe is the Europe correspondent for …" among the last paragraphs is the author's biography. */
    private void markAuthorBios(List<Paragraphs.Paragraph> ps, String[] reason) {
        int kept = 0;
        for (int i = ps.size() - 1; i >= 0 && kept < 3; i--) {
            if (reason[i] != null) continue;
            if (boilerplate.isAuthorBio(ps.get(i).text())) reason[i] = "author-bio";
            else kept++;
        }
    }

    /**
     * After the last paragraph that reads as article prose, short non-sentence paragraphs are page furniture
     * (widgets, link lists, policy labels).
     */
    private static void markTail(List<Paragraphs.Paragraph> ps, String[] reason) {
        int lastBody = -1;
        for (int i = 0; i < ps.size(); i++) {
            if (reason[i] == null && isProse(ps.get(i).text())) lastBody = i;
        }
        if (lastBody < 0) return;
        for (int i = lastBody + 1; i < ps.size(); i++) {
            String p = ps.get(i).text();
            if (reason[i] == null && Boilerplate.wordCount(p) < BODY_MIN_WORDS && !Boilerplate.endsSentence(p)) {
                reason[i] = "trailing-boilerplate";
            }
        }
    }

    private static boolean isProse(String p) {
        return Boilerplate.wordCount(p) >= BODY_MIN_WORDS && Boilerplate.endsSentence(p);
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> shingles(String norm) {
        String[] w = norm.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= w.length; i++) out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
        return out;
    }
}
