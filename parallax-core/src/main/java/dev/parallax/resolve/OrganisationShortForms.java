package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** An organisation name cut before its "for"/"of"/"on": the article's short form of the longer name. */
final class OrganisationShortForms implements JoinRule {

    /**
     * "the Family Federation" after "the Family Federation for World Peace and Unification": in one article, an
     * organisation name of two words or more that is the part of a longer one before its "for"/"of"/"on" refers
     * back to it, when only one such longer name precedes it.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> longByDoc = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.c.get(i).wordCount() >= 4) longByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.ORG || s.entry[i] != null || c.wordCount() < 2) continue;
            List<String> words = Names.words(c.name());
            if (words.get(0).equals("the")) words = words.subList(1, words.size());
            Set<Integer> roots = new HashSet<>();
            Integer nearest = null;
            for (int j : longByDoc.getOrDefault(c.doc(), List.of())) {
                if (s.c.get(j).start() > c.start()) continue;
                List<String> lw = Names.words(s.c.get(j).name());
                if (lw.get(0).equals("the")) lw = lw.subList(1, lw.size());
                int n = words.size();
                if (lw.size() <= n + 1 || !lw.subList(0, n).equals(words) || !Set.of("for", "of", "on").contains(lw.get(n))) continue;
                roots.add(s.uf.find(j));
                if (nearest == null || s.c.get(nearest).start() < s.c.get(j).start()) nearest = j;
            }
            if (roots.size() == 1) s.join(i, nearest, 0.8);
        }
    }
}
