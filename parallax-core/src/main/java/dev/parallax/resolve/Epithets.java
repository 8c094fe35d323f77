package dev.parallax.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A one-word name written just before a person's full name: an honorific epithet the text uses as that person's name. */
final class Epithets implements JoinRule {

    /**
     * "her father Bangabandhu Sheikh Mujibur Rahman", "Netaji Subhas Chandra Bose": a one-word person name with no
     * title of its own, written directly before a full name of the same sentence (the tagger cuts it off at the title
     * that follows), is an epithet the text introduces for that person, and its uses alone name that person too. A
     * word already attached to a full name is some person's surname and is left where it is.
     */
    @Override
    public void join(Merges s) {
        Map<String, Integer> fullAt = new HashMap<>();
        Set<Integer> fullRoots = new HashSet<>();
        for (int i : s.fullNames()) {
            fullAt.putIfAbsent(s.c.get(i).doc() + "|" + s.c.get(i).firstToken(), i);
            fullRoots.add(s.uf.find(i));
        }
        for (int i : s.singleNames()) {
            Candidate c = s.c.get(i);
            if (c.wordCount() != 1 || c.honorific() != null || c.title() != null || fullRoots.contains(s.uf.find(i))) continue;
            Integer named = fullAt.get(c.doc() + "|" + c.endToken());
            if (named != null && s.c.get(named).sentence() == c.sentence()) s.join(i, named, 0.75);
        }
    }
}
