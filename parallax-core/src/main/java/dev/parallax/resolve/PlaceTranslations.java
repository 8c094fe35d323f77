package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;

/** One place in several languages' connecting words ("Rostov-on-Don", "Rostow am Don"): translations meet. */
final class PlaceTranslations implements JoinRule {

    /**
     * One place in several languages' words ("Rostov-on-Don", "Rostov-on-the-Don", "Rostow am Don", "Rostov del
     * Don"): place names whose words meet by {@link Transliteration#placeKey} once the connecting words are dropped.
     * A name of another family joins only when it has such a connecting word and a place holds its key: the tagger
     * reads "Rostov del Don" as a person with a particle.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> places = new TreeMap<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (c.metonymOf() != null || c.wordCount() < 2) continue;
            if (s.family[i] == Family.PLACE) {
                String k = Transliteration.placeKey(c.name());
                if (k != null) places.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            } else if (s.family[i] != Family.NORP && s.entry[i] == null && c.wordCount() >= 3 && Transliteration.hasConnective(c.name())) {
                others.add(i);
            }
        }
        for (List<Integer> same : places.values()) for (int i : same) s.join(same.get(0), i, 0.85);
        for (int i : others) {
            String key = Transliteration.placeKey(s.c.get(i).name());
            List<Integer> same = key == null ? null : places.get(key);
            if (same != null) s.join(same.get(0), i, 0.75);
        }
    }
}
