package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A name followed by the word for an open space ("Galle Face Green"): the place the shorter name names. */
final class PlaceFeatures implements JoinRule {

    /** Last words that make a place of a name: an open space or a shore named after its area. */
    private static final Set<String> PLACE_FEATURES = Set.of("green", "park", "square", "gardens", "garden", "beach",
            "grounds", "esplanade", "promenade", "plaza", "common", "waterfront");

    /** Whether a name of two words or more ends with the word for an open space ("Galle Face Green"). */
    static boolean openSpace(String name) {
        List<String> w = Names.words(name);
        return w.size() >= 2 && PLACE_FEATURES.contains(w.get(w.size() - 1));
    }

    /**
     * "Galle Face Green" and "Galle Face": a name of a place or organisation that is another name followed by the
     * word for an open space is that place, when one cluster has the shorter name.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if ((s.family[i] == Family.PLACE || s.family[i] == Family.ORG) && s.entry[i] == null && s.c.get(i).metonymOf() == null) {
                byKey.computeIfAbsent(nameKey(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE && s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 3) continue;
            String key = nameKey(c.name());
            int cut = key.lastIndexOf(' ');
            if (cut < 0 || !PLACE_FEATURES.contains(key.substring(cut + 1))) continue;
            Integer target = onlyRoot(s, byKey.getOrDefault(key.substring(0, cut), List.of()), x -> true);
            if (target != null) s.join(i, target, 0.8);
        }
    }
}
