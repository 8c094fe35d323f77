package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Full names of one person romanised from Arabic or Persian by different conventions across articles ("Abdul Hamid
 * Dbeibah" / "Abdelhamid Dbeibah" / "Abdulhamid Dbeiba", "Osama Hammad" / "Usama Hammad", "Khalifa Haftar" /
 * "Khalifa Hifter"): every name part the same up to romanisation ({@link ArabicNames}), given name included, so that
 * a father and his son sharing the family name stay apart. A name with extra patronymic parts ("Saddam Khalifa
 * Hifter") is the shorter one's ("Saddam Haftar") only when no other person's name it could also be. Never joins
 * two clusters that both name their person in full in one article: the article tells them apart.
 */
final class ArabicRomanisedNames implements JoinRule {

    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        Map<Integer, List<String>> partsOf = new HashMap<>();
        Map<Integer, Boolean> arabic = new HashMap<>();
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i : rep.values()) {
            List<String> parts = ArabicNames.parts(s.c.get(i).name());
            if (parts.size() < 2) continue;
            partsOf.put(i, parts);
            arabic.put(i, ArabicNames.looksArabic(s.c.get(i).name(), parts));
            blocks.computeIfAbsent(ArabicNames.skeleton(parts.get(parts.size() - 1)), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<String>> fullDocs = new HashMap<>();
        Set<Integer> tails = tails(s, full);
        for (int i : full) if (!tails.contains(i)) fullDocs.computeIfAbsent(s.uf.find(i), k -> new TreeSet<>()).add(s.c.get(i).doc());
        // Names of as many parts first; then a longer name to the one shorter cluster it extends.
        Map<Integer, Set<Integer>> extended = new TreeMap<>();
        s.forPairs(blocks.values(), (a, b) -> {
            if (!arabic.get(a) && !arabic.get(b)) return;
            List<String> pa = partsOf.get(a), pb = partsOf.get(b);
            if (!ArabicNames.sameParts(pa, pb)) return;
            if (pa.size() != pb.size()) {
                int longer = pa.size() > pb.size() ? a : b, shorter = longer == a ? b : a;
                extended.computeIfAbsent(longer, k -> new TreeSet<>()).add(shorter);
                return;
            }
            joinApart(s, fullDocs, a, b, 0.75);
        });
        // "Hamad Al Thani" could be "Hamad bin Khalifa Al Thani" or "Hamad bin Jassim Al Thani": only a shorter name
        // one longer cluster extends, and a longer name that extends one shorter cluster, are joined.
        Map<Integer, Set<Integer>> extenders = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : extended.entrySet()) {
            for (int x : e.getValue()) extenders.computeIfAbsent(s.uf.find(x), k -> new HashSet<>()).add(s.uf.find(e.getKey()));
        }
        List<int[]> pairs = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> e : extended.entrySet()) {
            Set<Integer> roots = new HashSet<>();
            for (int x : e.getValue()) roots.add(s.uf.find(x));
            int shorter = e.getValue().iterator().next();
            if (roots.size() == 1 && extenders.get(s.uf.find(shorter)).size() == 1) pairs.add(new int[] {e.getKey(), shorter});
        }
        for (int[] p : pairs) joinApart(s, fullDocs, p[0], p[1], 0.7);
    }

    /**
     * The full names that end a longer full name of their article ("Emir Abdullahiyan" after "Huseyin Emir
     * Abdullahiyan"): the article's shortened handle of one person, not a second person it names in full.
     */
    private static Set<Integer> tails(Merges s, List<Integer> full) {
        Map<String, List<Integer>> byDoc = new TreeMap<>();
        for (int i : full) byDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        Set<Integer> out = new HashSet<>();
        for (List<Integer> inDoc : byDoc.values()) {
            for (int i : inDoc) {
                List<String> pi = Names.words(s.c.get(i).name());
                for (int j : inDoc) {
                    List<String> pj = Names.words(s.c.get(j).name());
                    if (pj.size() > pi.size() && pj.subList(pj.size() - pi.size(), pj.size()).equals(pi)) {
                        out.add(i);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Joins two clusters unless one article names both in full; keeps the documents up to date. */
    private static void joinApart(Merges s, Map<Integer, Set<String>> fullDocs, int a, int b, double conf) {
        int ra = s.uf.find(a), rb = s.uf.find(b);
        if (ra == rb) return;
        Set<String> da = fullDocs.getOrDefault(ra, Set.of()), db = fullDocs.getOrDefault(rb, Set.of());
        for (String d : da) if (db.contains(d)) return;
        s.join(a, b, conf);
        Set<String> docs = new TreeSet<>(da);
        docs.addAll(db);
        fullDocs.put(s.uf.find(a), docs);
    }
}
