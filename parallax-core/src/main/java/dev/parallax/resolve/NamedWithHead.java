package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A one-word organisation name followed by its head word ("the Minjok Party"): the body the one word names. */
final class NamedWithHead implements JoinRule {

    /**
     * "the Minjok Party" where "Minjok" is another name of the Popular Party: a one-word name of an organisation
     * followed by the word that heads that organisation's longer names is that organisation.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> oneWord = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.c.get(i).wordCount() == 1 && !Names.isAcronym(s.c.get(i).name())) {
                oneWord.computeIfAbsent(s.key[i], k -> new ArrayList<>()).add(i);
            }
        }
        if (oneWord.isEmpty()) return;
        Map<Integer, Set<String>> headsByRoot = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.c.get(i).wordCount() < 2) continue;
            List<String> w = Names.words(s.c.get(i).name());
            headsByRoot.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(w.get(w.size() - 1));
        }
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.entry[i] != null || s.c.get(i).wordCount() != 2) continue;
            List<String> w = Names.words(s.c.get(i).name());
            if (!NameWords.ORG_HEADS.contains(w.get(1))) continue;
            List<Integer> named = oneWord.getOrDefault(w.get(0), List.of());
            if (named.size() > MAX_BLOCK) continue;
            Integer only = onlyRoot(s, named, x -> true);
            if (only != null && headsByRoot.getOrDefault(s.uf.find(only), Set.of()).contains(w.get(1))) s.join(i, only, 0.8);
        }
    }
}
