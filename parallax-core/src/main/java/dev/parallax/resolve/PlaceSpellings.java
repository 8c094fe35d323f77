package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A place name in another language's spelling convention ("Kairo"): the one place of the corpus it equals. */
record PlaceSpellings(Gazetteer gazetteer) implements JoinRule {

    /**
     * A place name spelled in another language's convention ("Tokio" in a German text for Tokyo, "Kairo" for Cairo,
     * "Kiew" for Kiev): letters that only differ by convention (y/i, c/k, w/v, ph/f, doubled letters) folded away,
     * a place name the gazetteer does not know is the one other place of the corpus it then equals.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> byFold = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PLACE || s.c.get(i).metonymOf() != null) continue;
            byFold.computeIfAbsent(placeFold(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null || Names.fold(c.name()).length() < 4) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            Set<Integer> roots = new HashSet<>();
            Integer other = null;
            for (int j : byFold.getOrDefault(placeFold(c.name()), List.of())) {
                if (s.uf.same(i, j)) continue;
                roots.add(s.uf.find(j));
                other = j;
            }
            if (roots.size() == 1) s.join(i, other, 0.8);
        }
    }

    /** A place name with the letters that vary between spelling conventions unified. */
    static String placeFold(String name) {
        String f = Names.fold(name).replace("ph", "f").replace('y', 'i').replace('c', 'k').replace('w', 'v').replace("ou", "u");
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) if (i == 0 || f.charAt(i) != f.charAt(i - 1)) b.append(f.charAt(i));
        return b.toString();
    }
}
