package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Merges.*;

/** A full name and the same name with a middle name added, across articles: one person when only one fits. */
final class MiddleNames implements JoinRule {

    /**
     * A full name and the same name with a middle name added ("Ada Obi" and "Ada Nkem Obi"), in different articles:
     * one person when the first and last words agree, the shorter name's other words appear in order in the longer
     * one, and no other person of the corpus fits the shorter name ("George Bush" beside "George W. Bush" and
     * "George H. W. Bush" stays apart). A name that ends another one with a word before it ("Idriss Deby" of
     * "Mahamat Idriss Deby") has another first word, so a son named after his father is never joined here.
     * In one article {@link TransliteratedFullNames} has joined them already.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, List<Integer>> byEnds = new TreeMap<>();
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        for (int i : rep.values()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() < 2) continue;
            wordsOf.put(i, w);
            String ends = Names.transliterationFold(w.get(0)) + "|" + Names.transliterationFold(w.get(w.size() - 1));
            byEnds.computeIfAbsent(ends, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> block : byEnds.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) continue;
            for (int shorter : block) {
                List<String> sw = wordsOf.get(shorter);
                Set<Integer> roots = new java.util.TreeSet<>();
                Integer any = null;
                for (int longer : block) {
                    List<String> lw = wordsOf.get(longer);
                    if (lw.size() <= sw.size() || !inOrder(sw, lw)) continue;
                    roots.add(s.uf.find(longer));
                    if (any == null) any = longer;
                }
                if (roots.size() == 1) s.join(shorter, any, 0.8);
            }
        }
    }

    /** Whether the words of {@code shorter} occur in {@code longer} in order, first with first and last with last. */
    private static boolean inOrder(List<String> shorter, List<String> longer) {
        if (!Similarity.sameTransliteration(shorter.get(0), longer.get(0))
                || !Similarity.sameTransliteration(shorter.get(shorter.size() - 1), longer.get(longer.size() - 1))) {
            return false;
        }
        int k = 1;
        for (int j = 1; j < shorter.size() - 1; j++) {
            while (k < longer.size() - 1 && !Similarity.sameTransliteration(shorter.get(j), longer.get(k))) k++;
            if (k >= longer.size() - 1) return false;
            k++;
        }
        return true;
    }
}
