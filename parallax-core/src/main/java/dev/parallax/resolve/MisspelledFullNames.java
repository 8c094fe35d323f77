package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Merges.*;

/** Full names within a typo of each other, one rare or both in one article: a misspelling of one person. */
final class MisspelledFullNames implements JoinRule {

    /** "Jens Stoltenbeg" and "Jens Stoltenberg": one of them rare, or both in one article. */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> keyRep = new TreeMap<>();
        Map<String, Integer> keyCount = new HashMap<>();
        Map<String, Set<String>> keyDocs = new HashMap<>();
        for (int i : full) {
            keyRep.putIfAbsent(s.key[i], i);
            keyCount.merge(s.key[i], 1, Integer::sum);
            keyDocs.computeIfAbsent(s.key[i], k -> new HashSet<>()).add(s.c.get(i).doc());
        }
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String k : keyRep.keySet()) {
            for (String w : k.split(" ")) for (String b : Similarity.blockKeys(w)) blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
        }
        for (List<String> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    String a = block.get(x), b = block.get(y);
                    int ia = keyRep.get(a), ib = keyRep.get(b);
                    if (a.equals(b) || s.uf.same(ia, ib)) continue;
                    if (!Similarity.sameName(List.of(a.split(" ")), List.of(b.split(" ")))) continue;
                    boolean rare = Math.min(keyCount.get(a), keyCount.get(b)) <= 2;
                    Set<String> shared = new HashSet<>(keyDocs.get(a));
                    shared.retainAll(keyDocs.get(b));
                    if (rare || !shared.isEmpty()) s.join(ia, ib, 0.85);
                }
            }
        }
    }
}
