package dev.parallax.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;

/** A one-word name the tagger took for a person where the corpus writes "the X group": that organisation. */
final class GroupWords implements JoinRule {

    /** One-word names the tagger took for people that the corpus writes as "the X group" ({@link GroupNames}). */
    @Override
    public void join(Merges s) {
        Set<Integer> words = GroupNames.groupWords(s.c);
        if (words.isEmpty()) return;
        Map<String, Integer> group = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            String h = GroupNames.head(s.c.get(i));
            if (h != null) group.putIfAbsent(h, i);
        }
        for (int i : words) {
            s.family[i] = Family.ORG;
            s.key[i] = nameKey(s.c.get(i).name());
            s.join(i, group.get(Names.fold(s.c.get(i).name())), 0.8);
        }
    }
}
