package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A one-word name that cuts short the given name of one person named in its article ("Gota"): that person. */
final class ClippedGivenNames implements JoinRule {

    /**
     * "Gota" in an article that names Gotabaya Rajapaksa: a one-word name, a person's or the tagger's "some name",
     * that is the given name of a person named in full in the same article cut short, and of only one such person
     * there. A surname already attached to a full name is left where it is.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, List<Integer>> byClip = new HashMap<>();
        Set<Integer> fullRoots = new HashSet<>();
        for (int i : full) {
            fullRoots.add(s.uf.find(i));
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            for (String clip : Names.clippings(w.get(0))) byClip.computeIfAbsent(s.c.get(i).doc() + "|" + clip, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PERSON && s.family[i] != Family.MISC || s.entry[i] != null || c.wordCount() != 1
                    || Names.isAcronym(c.name()) || fullRoots.contains(s.uf.find(i))) {
                continue;
            }
            List<Integer> owners = byClip.get(c.doc() + "|" + Names.fold(c.name()));
            if (owners == null) continue;
            Integer target = onlyRoot(s, owners, x -> true);
            if (target != null) s.join(i, target, 0.7);
        }
    }
}
