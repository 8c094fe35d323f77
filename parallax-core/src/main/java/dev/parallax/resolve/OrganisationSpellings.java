package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** One organisation written with or without its country, or romanised two ways: one body, spelled differently. */
record OrganisationSpellings(Gazetteer gazetteer) implements JoinRule {

    /**
     * One organisation's name written with or without the country it belongs to and romanised in different ways
     * ("Sri Lanka Podujana Peramuna", "Podujana Peramuna", "Sri Lanka Pothujana Peramuna"): names of two words or
     * more that are equal once a leading known place is dropped, or that differ in one long word by a typo. A name
     * the tagger took for a person's, with no title or role, joins when it is such an organisation's name without
     * its place (the tagger reads an unknown party's name as a person's or a place's).
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> blocks = new TreeMap<>();
        Map<Integer, List<String>> coreOf = new HashMap<>();
        Set<Integer> placed = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.entry[i] != null || c.metonymOf() != null || c.wordCount() < 2) continue;
            boolean org = s.family[i] == Family.ORG;
            boolean other = s.family[i] == Family.PERSON && unadorned(c) || s.family[i] == Family.PLACE || s.family[i] == Family.MISC;
            if (!org && !other) continue;
            List<String> words = Names.words(nameKey(c.name()));
            List<String> core = org ? withoutLeadingPlace(words) : words;
            // "US Federal Reserve": a country's acronym, which folded reads as a common word ("us"), is a place too.
            if (org && core.size() == words.size() && words.size() >= 3 && Classification.countryAcronymFirst(gazetteer, c.name())) core = words.subList(1, words.size());
            if (core.size() < 2) continue;
            if (org && core.size() < words.size()) placed.add(i);
            coreOf.put(i, core);
            blocks.computeIfAbsent("=" + String.join(" ", core), k -> new ArrayList<>()).add(i);
            for (int j = 0; j < core.size(); j++) {
                if (core.get(j).length() < 8) continue;
                List<String> w = new ArrayList<>(core);
                w.set(j, "*");
                blocks.computeIfAbsent(j + "~" + String.join(" ", w), k -> new ArrayList<>()).add(i);
            }
        }
        for (var block : blocks.entrySet()) {
            List<Integer> members = block.getValue();
            if (members.size() > MAX_BLOCK) continue;
            boolean exact = block.getKey().startsWith("=");
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x), b = members.get(y);
                    if (s.uf.same(a, b)) continue;
                    // A name of another family joins only an organisation whose name had a place to drop.
                    boolean pa = s.family[a] != Family.ORG, pb = s.family[b] != Family.ORG;
                    if (pa && pb || pa && !placed.contains(b) || pb && !placed.contains(a)) continue;
                    if (!exact) {
                        int j = Integer.parseInt(block.getKey().substring(0, block.getKey().indexOf('~')));
                        if (!Similarity.sameWord(coreOf.get(a).get(j), coreOf.get(b).get(j))) continue;
                    }
                    s.join(a, b, 0.8);
                }
            }
        }
    }

    /** The words of a folded name after a leading place the gazetteer knows ("sri lanka podujana peramuna" → podujana peramuna). */
    private List<String> withoutLeadingPlace(List<String> words) {
        for (int n = Math.min(3, words.size() - 2); n >= 1; n--) {
            var e = gazetteer.lookup(String.join(" ", words.subList(0, n)));
            if (e.isPresent() && familyOf(e.get()) == Family.PLACE) return words.subList(n, words.size());
        }
        return words;
    }
}
