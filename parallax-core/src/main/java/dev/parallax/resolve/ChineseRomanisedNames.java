package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Full Chinese names in Pinyin and in Taiwan's Wade-Giles ("Lai Qingde", "Lai Ching-te"): one person. */
final class ChineseRomanisedNames implements JoinRule {

    /**
     * Mainland media write Taiwanese names in Pinyin, others as Taiwan does ({@link ChineseRomanisation}). Two full
     * names join when every syllable of one is a romanisation of the syllable in its place in the other, one of them
     * is written the Taiwanese way (syllables joined by hyphens), and nobody else fits: each has no other partner
     * spelled otherwise, and no article names both in full (an article that does tells two people apart).
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        Map<Integer, Set<String>> keysOf = new HashMap<>();
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i : rep.values()) {
            Set<String> keys = ChineseRomanisation.keys(s.c.get(i).name());
            if (keys.isEmpty()) continue;
            keysOf.put(i, keys);
            for (String k : keys) blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<String>> fullDocs = new HashMap<>();
        for (int i : full) fullDocs.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(s.c.get(i).doc());
        // Each name's partners: other clusters with a name spelled the other way.
        Map<Integer, Set<Integer>> partners = new TreeMap<>();
        Map<Integer, Set<Integer>> partnerRoots = new HashMap<>();
        for (List<Integer> block : blocks.values()) {
            for (int a : block) {
                for (int b : block) {
                    int ra = s.uf.find(a), rb = s.uf.find(b);
                    if (ra == rb || !(ChineseRomanisation.hyphenatedSyllables(s.c.get(a).name())
                            || ChineseRomanisation.hyphenatedSyllables(s.c.get(b).name()))) {
                        continue;
                    }
                    partners.computeIfAbsent(a, x -> new TreeSet<>()).add(b);
                    partnerRoots.computeIfAbsent(a, x -> new HashSet<>()).add(rb);
                }
            }
        }
        for (var e : partners.entrySet()) {
            int a = e.getKey();
            if (partnerRoots.get(a).size() != 1) continue;
            for (int b : e.getValue()) {
                if (partnerRoots.getOrDefault(b, Set.of()).size() != 1) continue;
                Set<String> both = new HashSet<>(fullDocs.getOrDefault(s.uf.find(a), Set.of()));
                both.retainAll(fullDocs.getOrDefault(s.uf.find(b), Set.of()));
                if (!both.isEmpty()) continue;
                int ra = s.uf.find(a), rb = s.uf.find(b);
                s.join(a, b, 0.75);
                Set<String> docs = new HashSet<>(fullDocs.getOrDefault(ra, Set.of()));
                docs.addAll(fullDocs.getOrDefault(rb, Set.of()));
                fullDocs.put(s.uf.find(a), docs);
            }
        }
    }
}
