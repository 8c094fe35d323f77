package dev.parallax.resolve;

/** Disjoint sets over 0..n-1 with path halving and union by size; the root of a set is its smallest member. */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins two sets; returns false if they were already one. */
    boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return false;
        // Keep the smaller index as root so that results do not depend on the order of unions.
        if (rb < ra) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }
}
