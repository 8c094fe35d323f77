package dev.parallax.text;

/** Set arithmetic on sorted arrays of hashes (shingle sets), without boxing. */
public final class SortedLongs {

    private SortedLongs() {}

    /** How many values the two sorted arrays share, counting a repeated value as often as both hold it. */
    public static int common(long[] a, long[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
