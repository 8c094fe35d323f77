package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A party's name without its head word ("Green Dawn" of "Green Dawn Party"): that party, however tagged. */
final class NamesWithoutHead implements JoinRule {

    /** Head words of the names of parties and political groupings, which are rarely named after one person. */
    private static final Set<String> PARTY_HEADS = Set.of("party", "alliance", "front", "movement", "league", "coalition", "bloc");

    /**
     * "Green Dawn" beside "the Green Dawn Party": a name of two words or more that is a party's name without its head
     * word is that party, whatever family the tagger gave it (it often takes such names for people or nationalities),
     * when one party of the corpus has that name. Titled names and places are left alone.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.ORG || s.entry[i] != null) continue;
            List<String> w = Names.words(s.c.get(i).name());
            if (w.size() >= 3 && PARTY_HEADS.contains(w.get(w.size() - 1))) {
                byStem.computeIfAbsent(String.join(" ", w.subList(0, w.size() - 1)), k -> new ArrayList<>()).add(i);
            }
        }
        if (byStem.isEmpty()) return;
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PLACE || s.entry[i] != null || c.metonymOf() != null) continue;
            if (s.family[i] == Family.PERSON && !unadorned(c)) continue;
            List<Integer> owners = byStem.get(String.join(" ", Names.words(c.name())));
            if (owners == null || owners.size() > MAX_BLOCK) continue;
            Integer only = onlyRoot(s, owners, x -> true);
            if (only != null) s.join(i, only, 0.8);
        }
    }
}
