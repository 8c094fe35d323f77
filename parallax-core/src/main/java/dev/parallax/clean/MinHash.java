package dev.parallax.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Near-duplicate search over word shingles: MinHash signatures estimate Jaccard similarity, and LSH banding finds
 * the candidate pairs without comparing every text with every other; candidates are then checked exactly.
 */
final class MinHash {

    private final int shingle;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    /** {@code shingle} words per shingle; {@code bands × rows} hash functions. */
    MinHash(int shingle, int bands, int rows) {
        this.shingle = shingle;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    /** The sorted, distinct shingle hashes of a text (lower-cased letter-and-digit words). */
    long[] shingles(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return new long[0];
        long[] w = new long[words.size()];
        for (int i = 0; i < w.length; i++) w[i] = mix(words.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL + 1);
        int n = Math.max(1, w.length - shingle + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x27D4EB2F165667C5L;
            for (int j = i; j < Math.min(w.length, i + shingle); j++) h = mix(h ^ w[j]) * 31 + j - i;
            out[i] = h;
        }
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[k++] = out[i];
        return Arrays.copyOf(out, k);
    }

    /** The MinHash signature of a shingle set. */
    long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(x ^ seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /**
     * Pairs (i, j), i &lt; j, whose signatures agree on a whole band, in ascending order. Items that share a band
     * with very many others are only paired with the first few of them, which bounds the work when a text is
     * repeated everywhere (its copies still chain together through those first items).
     */
    List<int[]> candidates(List<long[]> signatures, int[] group) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
        for (int b = 0; b < bands; b++) {
            buckets.clear();
            for (int i = 0; i < signatures.size(); i++) {
                long[] sig = signatures.get(i);
                if (sig == null) continue;
                long key = b;
                for (int r = 0; r < rows; r++) key = mix(key * 31 + sig[b * rows + r]);
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2) continue;
                int heads = Math.min(bucket.size(), 8);
                for (int x = 0; x < heads; x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x), j = bucket.get(y);
                        if (group != null && group[i] == group[j]) continue;
                        pairs.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>(pairs.size());
        for (long p : pairs) out.add(new int[] {(int) (p >>> 32), (int) p});
        return out;
    }

    /** Exact Jaccard similarity of two sorted, distinct shingle sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 1;
        int common = dev.parallax.text.SortedLongs.common(a, b);
        return (double) common / (a.length + b.length - common);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i > start) out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
