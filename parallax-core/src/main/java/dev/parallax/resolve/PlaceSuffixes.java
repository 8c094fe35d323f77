package dev.parallax.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;

/** A place or body name followed by a known city or country: the same place, located for the reader. */
record PlaceSuffixes(Gazetteer gazetteer) implements JoinRule {

    /**
     * "Harbour Park Lisbon" and "Harbour Park": a name of a place or organisation that is another name of the same
     * family followed by a known city or country, or a place the corpus names alone, is that one, when only one cluster has the shorter name.
     */
    @Override
    public void join(Merges s) {
        Map<String, Set<Integer>> byKey = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PLACE && s.c.get(i).metonymOf() == null) places.add(nameKey(s.c.get(i).name()));
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || s.c.get(i).wordCount() < 2) continue;
            byKey.computeIfAbsent(s.family[i] + "|" + nameKey(s.c.get(i).name()), k -> new HashSet<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 3) continue;
            String name = c.name().strip();
            int cut = name.lastIndexOf(' ');
            if (cut < 0) continue;
            String last = name.substring(cut + 1), shorter = name.substring(0, cut);
            if (gazetteer.lookup(last).isEmpty() && gazetteer.seatOf(last).isEmpty() && !places.contains(nameKey(last))) continue;
            Set<Integer> roots = new HashSet<>();
            Integer any = null;
            for (Family f : List.of(Family.PLACE, Family.ORG)) {
                for (int j : byKey.getOrDefault(f + "|" + nameKey(shorter), Set.of())) {
                    roots.add(s.uf.find(j));
                    any = j;
                }
            }
            if (roots.size() == 1) s.join(i, any, 0.8);
        }
    }
}
