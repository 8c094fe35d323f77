package dev.parallax.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-body extraction score of the Scrapinghub benchmark: per page, 4-token shingle multisets of truth and
 * prediction give normalised tp/fp/fn; precision and recall are means over pages, F1 is taken of those means.
 */
public final class ExtractionMetric {

    /** Shingle length used by the benchmark. */
    public static final int SHINGLE = 4;

    /** One page's counts, normalised to sum to 1 (all zero when both texts are empty), and token-list identity. */
    public record PageScore(double tp, double fp, double fn, boolean identical) {

        /** tp/(tp+fp); 1 when the texts agree completely, 0 when nothing was predicted. */
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        /** tp/(tp+fn); 1 when the texts agree completely, 0 when nothing was found. */
        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    /** Means over a page set. */
    public record Summary(int pages, double precision, double recall, double f1, double accuracy) {}

    private final List<PageScore> pages = new ArrayList<>();

    /** Scores one page and adds it to this run's summary. */
    public PageScore add(String truth, String predicted) {
        PageScore s = score(truth, predicted);
        pages.add(s);
        return s;
    }

    public List<PageScore> pages() {
        return List.copyOf(pages);
    }

    /** Precision, recall, F1 (of the means) and accuracy over the pages added so far. */
    public Summary summary() {
        return summarize(pages);
    }

    public static Summary summarize(List<PageScore> scores) {
        if (scores.isEmpty()) return new Summary(0, 0, 0, 0, 0);
        double p = 0, r = 0, identical = 0;
        for (PageScore s : scores) {
            p += s.precision();
            r += s.recall();
            if (s.identical()) identical++;
        }
        int n = scores.size();
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Summary(n, p, r, f1, identical / n);
    }

    /** Scores one page: shingle multiset overlap of the predicted body with the true one. */
    public static PageScore score(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<List<String>, int[]> counts = new HashMap<>();
        for (List<String> s : shingles(t)) counts.computeIfAbsent(s, k -> new int[2])[0]++;
        for (List<String> s : shingles(p)) counts.computeIfAbsent(s, k -> new int[2])[1]++;
        double tp = 0, fp = 0, fn = 0;
        for (int[] c : counts.values()) {
            tp += Math.min(c[0], c[1]);
            fp += Math.max(0, c[1] - c[0]);
            fn += Math.max(0, c[0] - c[1]);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(tp, fp, fn, t.equals(p));
    }

    /**
     * The benchmark's tokens: maximal runs of word characters as Python's {@code re} defines {@code \w} for
     * Unicode text (letters, numbers, underscore; unlike Java's {@code \w}, combining marks split words).
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int i = 0, n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWord(cp)) break;
                i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    static boolean isWord(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Runs of {@link #SHINGLE} tokens; a shorter non-empty token list is a single shingle, an empty one none. */
    static List<List<String>> shingles(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < SHINGLE) {
            out.add(tokens);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) out.add(tokens.subList(i, i + SHINGLE));
        return out;
    }
}
