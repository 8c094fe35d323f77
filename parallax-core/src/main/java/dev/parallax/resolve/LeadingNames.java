package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.parallax.resolve.Merges.*;

/** A two-word full name that opens a name of four words or more: the short name South Asian and Arabic usage gives. */
final class LeadingNames implements JoinRule {

    /**
     * "Asif Mahmud" and "Asif Mahmud Shojib Bhuyain": a person named by four words or more is often called by the
     * first two, the given names, while a father's or family name comes last. A two-word full name joins the one
     * person of the corpus whose longer name (three words or more) opens with its two words, when that person has a
     * name of four words or more; two people whose longer names open alike leave it alone.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, List<Integer>> byOpening = new TreeMap<>();
        Map<String, Boolean> hasLong = new TreeMap<>();
        for (int i : full) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() < 3) continue;
            String opening = w.get(0) + " " + w.get(1);
            byOpening.computeIfAbsent(opening, k -> new ArrayList<>()).add(i);
            if (w.size() >= 4) hasLong.put(opening, true);
        }
        for (int i : full) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() != 2) continue;
            String opening = w.get(0) + " " + w.get(1);
            if (!hasLong.containsKey(opening) || byOpening.get(opening).size() > MAX_BLOCK) continue;
            Integer target = onlyRoot(s, byOpening.get(opening), x -> true);
            if (target != null) s.join(i, target, 0.75);
        }
    }
}
