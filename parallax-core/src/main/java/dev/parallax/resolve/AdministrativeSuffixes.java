package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/**
 * A place named with the word for its kind of division or feature ("Ishikawa Prefecture", "Wajima City", "Wajima-shi",
 * "Noto Peninsula"): the place the corpus also names without it ("Ishikawa", "Wajima").
 */
record AdministrativeSuffixes(Gazetteer gazetteer) implements JoinRule {

    /** Last words naming the kind of an administrative division, or a feature a place is called by alone. */
    private static final Set<String> SPACED = Set.of("prefecture", "province", "city", "county", "district", "town",
            "village", "municipality", "oblast", "governorate", "peninsula");

    /** Japanese, Korean and Chinese division suffixes written after a hyphen ("Wajima-shi", "Ishikawa-ken", "Suwon-si"). */
    private static final Set<String> HYPHENED = Set.of("shi", "ken", "fu", "cho", "machi", "mura", "gun", "ku", "si",
            "do", "gu", "sheng");

    /** Whether a name ends with the word for an administrative division ("Mie Prefecture", "Shika Town", "Wajima-shi"). */
    static boolean division(String name) {
        return stem(name) != null && !Names.fold(name).endsWith(" peninsula");
    }

    /**
     * The name without its division word, or null when it has none: "Ishikawa" of "Ishikawa Prefecture" and of
     * "Ishikawa-ken". A name that is only the division word ("City") has none.
     */
    static String stem(String name) {
        String n = name.strip();
        int sp = n.lastIndexOf(' ');
        if (sp > 0 && SPACED.contains(n.substring(sp + 1).toLowerCase(Locale.ROOT))) return n.substring(0, sp).strip();
        int h = n.lastIndexOf('-');
        if (h > 0 && h == n.indexOf('-') && sp < 0 && HYPHENED.contains(n.substring(h + 1).toLowerCase(Locale.ROOT))) {
            return n.substring(0, h);
        }
        return null;
    }

    /**
     * Every place named with a division word joins the one cluster that names the same place (in any romanisation,
     * {@link PlaceSpellings#placeFold}) without it; with no such cluster, the names of one stem with the same
     * division word ("Wajima City", "Wazima City") join each other. Names the gazetteer knows, or whose stem it knows
     * ("Mexico City", "Kuwait City": the bare form is a country), are left to it. A bare name the tagger took for a
     * person's joins too when nothing else says it is one.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> bare = new TreeMap<>(), suffixed = new TreeMap<>(), taggedPerson = new TreeMap<>();
        Set<String> personWords = new java.util.HashSet<>();
        for (int i : s.fullNames()) personWords.addAll(Names.words(s.c.get(i).name()));
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            // "Wazima" tagged a person, where another article has "Wazima City": one word with nothing that makes it
            // a person's (no title, no role, in no full name) is the place's bare name.
            if (s.family[i] == Family.PERSON && c.wordCount() == 1 && unadorned(c) && s.entry[i] == null
                    && !personWords.contains(Names.fold(c.name()))) {
                taggedPerson.computeIfAbsent(PlaceSpellings.placeFold(c.name()), k -> new ArrayList<>()).add(i);
            }
            if (s.family[i] != Family.PLACE || c.metonymOf() != null) continue;
            String stem = stem(c.name());
            if (stem == null) {
                if (s.entry[i] == null) bare.computeIfAbsent(PlaceSpellings.placeFold(c.name()), k -> new ArrayList<>()).add(i);
                continue;
            }
            if (s.entry[i] != null || gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()
                    || gazetteer.lookup(stem).isPresent() || gazetteer.seatOf(stem).isPresent()) {
                continue;
            }
            suffixed.computeIfAbsent(PlaceSpellings.placeFold(stem), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : suffixed.entrySet()) {
            Integer target = onlyRoot(s, bare.getOrDefault(e.getKey(), List.of()), x -> true);
            if (target != null || !bare.containsKey(e.getKey())) {
                for (int p : taggedPerson.getOrDefault(e.getKey(), List.of())) s.join(p, e.getValue().get(0), 0.75);
            }
            Map<String, Integer> firstBySuffix = new TreeMap<>();
            for (int i : e.getValue()) {
                if (target != null) {
                    s.join(i, target, 0.8);
                    continue;
                }
                String name = Names.fold(s.c.get(i).name());
                Integer f = firstBySuffix.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), i);
                if (f != null) s.join(f, i, 0.8);
            }
        }
    }
}
