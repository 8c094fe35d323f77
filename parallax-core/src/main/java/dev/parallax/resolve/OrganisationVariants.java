package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;

/** Organisation names differing by word order, inflection or a translation's extra word: one body translated. */
final class OrganisationVariants implements JoinRule {

    /** Organisation names that differ only by word order, inflection or a translation's extra word. */
    @Override
    public void join(Merges s) {
        Map<Integer, List<String>> stems = new TreeMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            // Two words are enough for the word-order inversion of a translation ("Defence Ministry" / "Ministry of
            // Defence"); a place name needs three ("Southern Military District" / "Military District of the South").
            int words = s.c.get(i).wordCount();
            boolean org = s.family[i] == Family.ORG && words >= 2, place = s.family[i] == Family.PLACE && words >= 3;
            if (!org && !place || s.entry[i] != null) continue;
            stems.putIfAbsent(s.uf.find(i), Names.contentStems(s.c.get(i).name()));
        }
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (var e : stems.entrySet()) {
            for (String w : new HashSet<>(e.getValue())) blocks.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
        }
        s.forPairs(blocks.values(), (a, b) -> {
            if (Similarity.sameOrganisation(stems.get(a), stems.get(b))) s.join(a, b, 0.85);
        });
    }
}
