package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A one-word organisation name that heads or opens a longer one of its article: the article's short reference. */
final class OrganisationHeads implements JoinRule {

    /**
     * "the Senate" after "the Japanese Senate", "Kestrel" after "Kestrel Marine Systems": in one article, a
     * one-word organisation name that is the first or last word of a longer one refers back to it.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> multiByDoc = new HashMap<>();
        Map<String, List<Integer>> headedBy = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.ORG && s.entry[i] == null && s.c.get(i).wordCount() >= 2) {
                multiByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
                List<String> w = Names.words(s.c.get(i).name());
                headedBy.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.entry[i] != null || c.wordCount() != 1 || Names.isAcronym(c.name())) continue;
            if (s.family[i] != Family.ORG && s.family[i] != Family.MISC) continue;
            String w = s.key[i];
            Set<Integer> roots = new HashSet<>();
            Integer nearest = null;
            for (int j : multiByDoc.getOrDefault(c.doc(), List.of())) {
                List<String> words = Names.words(s.c.get(j).name());
                boolean head = words.get(words.size() - 1).equals(w) || words.get(0).equals(w) || headBeforeOf(words, w);
                if (!head || s.c.get(j).start() > c.start()) continue;
                roots.add(s.uf.find(j));
                if (nearest == null || s.c.get(nearest).start() < s.c.get(j).start()) nearest = j;
            }
            if (roots.isEmpty()) {
                // "the Assembly" where the article, or else the corpus, names one assembly only: the name that word heads.
                List<Integer> headed = new ArrayList<>();
                for (int j : multiByDoc.getOrDefault(c.doc(), List.of())) if (endsWith(s.c.get(j).name(), w)) headed.add(j);
                if (headed.isEmpty()) for (int j : headedBy.getOrDefault(w, List.of())) headed.add(j);
                if (headed.size() > MAX_BLOCK) continue;
                Integer only = onlyRoot(s, headed, x -> true);
                if (only != null) s.join(i, only, 0.75);
                continue;
            }
            if (roots.size() == 1) s.join(i, nearest, 0.8);
        }
    }

    /** "Corps" in "Harbour Corps of Surveyors": the word before the name's first "of", "for" or "on" is its head. */
    private static boolean headBeforeOf(List<String> words, String w) {
        for (int k = 1; k < words.size() - 1; k++) {
            if (Set.of("of", "for", "on").contains(words.get(k))) return words.get(k - 1).equals(w);
        }
        return false;
    }

    private static boolean endsWith(String name, String word) {
        List<String> words = Names.words(name);
        return words.get(words.size() - 1).equals(word);
    }
}
