package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Merges.*;

/**
 * A full name that is the end of a longer one, opening on a word the corpus uses alone as the person's name ("Lula
 * da Silva" of "Luiz Inácio Lula da Silva", with "Lula" alone elsewhere): a nickname or first surname made part of
 * the name, and one person when one longer name ends so. A name opening on a given name ("Idriss Deby" of "Mahamat
 * Idriss Deby") is a father's name his son carries: nobody calls a man by his given name alone in news, and another
 * full name that opens on the word shows it is a given name.
 */
final class NicknamedSurnames implements JoinRule {

    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        Set<String> usedAlone = new HashSet<>();
        for (int i : s.singleNames()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() == 1) usedAlone.add(w.get(0));
        }
        // The words that open full names, with the rest of each name: a word opening two different names is a given name.
        Map<String, Set<String>> restsAfter = new TreeMap<>();
        Map<Integer, List<String>> wordsOf = new TreeMap<>();
        Map<String, List<Integer>> byLast = new TreeMap<>();
        for (int i : rep.values()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            wordsOf.put(i, w);
            restsAfter.computeIfAbsent(w.get(0), k -> new HashSet<>()).add(String.join(" ", w.subList(1, w.size())));
            byLast.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
        }
        for (var e : wordsOf.entrySet()) {
            int shorter = e.getKey();
            List<String> sw = e.getValue();
            if (!usedAlone.contains(sw.get(0)) || restsAfter.get(sw.get(0)).size() > 1 || s.relatives.contains(s.c.get(shorter))) continue;
            List<Integer> pool = byLast.get(sw.get(sw.size() - 1));
            if (pool.size() > MAX_BLOCK) continue;
            Integer target = onlyRoot(s, pool, x -> {
                List<String> lw = wordsOf.get(x);
                return lw.size() > sw.size() && lw.subList(lw.size() - sw.size(), lw.size()).equals(sw);
            });
            if (target != null) s.join(shorter, target, 0.75);
        }
    }
}
