package dev.parallax.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision and recall of a clustering against the true entity of every item. */
record ClusterScore(double precision, double recall) {

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code clusterOf[i]} and {@code truthOf[i]} are the predicted and true group of item i. */
    static ClusterScore of(int[] clusterOf, int[] truthOf) {
        Map<Integer, Integer> clusterSize = new HashMap<>(), truthSize = new HashMap<>();
        Map<Long, Integer> both = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            clusterSize.merge(clusterOf[i], 1, Integer::sum);
            truthSize.merge(truthOf[i], 1, Integer::sum);
            both.merge(((long) clusterOf[i] << 32) | (truthOf[i] & 0xffffffffL), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (int i = 0; i < clusterOf.length; i++) {
            int shared = both.get(((long) clusterOf[i] << 32) | (truthOf[i] & 0xffffffffL));
            p += shared / (double) clusterSize.get(clusterOf[i]);
            r += shared / (double) truthSize.get(truthOf[i]);
        }
        return new ClusterScore(p / clusterOf.length, r / clusterOf.length);
    }

    static int[] index(List<List<Integer>> clusters, int n) {
        int[] out = new int[n];
        for (int c = 0; c < clusters.size(); c++) for (int i : clusters.get(c)) out[i] = c;
        return out;
    }
}
