package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.parallax.resolve.Resolver.*;

/**
 * A body named with and without a qualifier that says whose or where it is ("Libyan Red Crescent" / "Red Crescent",
 * "Military Police of the Federal District" / "Military Police", "Supreme Federal Court" / "Supreme Court"), and its
 * name with the words of a translation in another order or another generic word ("Red Crescent Libyan", "Supreme
 * Federal Tribunal"): one body when the corpus qualifies that name one way only.
 */
final class QualifiedNames implements JoinRule {

    /**
     * Generic words translations render by one word or the other ("Tribunal" for "Court" from Portuguese and Spanish
     * "tribunal", "Bureau" for "Office", "Unity" for "Union" from "unión", "union"), each with the word it stands for.
     */
    private static final Map<String, String> SYNONYMS = Map.of("tribunal", "court", "bureau", "office", "unity", "union",
            "nation", "national");

    /** Qualifiers a name takes between its words for the level of government it belongs to ("Supreme Federal Court"). */
    private static final Set<String> LEVELS = Set.of("federal");

    @Override
    public void join(Merges s) {
        Map<Integer, Set<String>> full = new TreeMap<>(), core = new TreeMap<>();
        Set<String> places = new java.util.HashSet<>();
        for (int i = 0; i < s.c.size(); i++) if (s.family[i] == Family.PLACE) places.add(nameKey(s.c.get(i).name()));
        for (int i = 0; i < s.c.size(); i++) {
            if (!bodyLike(s, i)) continue;
            Set<String> f = stems(s.c.get(i).name());
            Set<String> c = core(s.c.get(i).name(), places);
            if (f.size() < 2 || c.size() < 2) continue;
            full.put(i, f);
            core.put(i, c);
        }
        // "Red Crescent Libyan" / "Libyan Red Crescent", "Supreme Federal Tribunal" / "Supreme Federal Court".
        Map<Set<String>, List<Integer>> byFull = new HashMap<>();
        for (var e : full.entrySet()) byFull.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        for (List<Integer> same : byFull.values()) {
            if (same.size() > Merges.MAX_BLOCK) continue;
            for (int k = 1; k < same.size(); k++) s.join(same.get(0), same.get(k), 0.8);
        }
        // A bare name and the one qualified version of it: a country's first ("Brazilian Supreme Court"), so that the
        // bare name then meets a name qualified otherwise ("Supreme Federal Court") as one.
        for (boolean country : new boolean[] {true, false}) {
            Map<Set<String>, List<Integer>> qualified = new HashMap<>();
            for (var e : core.entrySet()) {
                int i = e.getKey();
                if (!full.get(i).equals(e.getValue()) && countryQualified(s.c.get(i).name(), places) == country) {
                    qualified.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(i);
                }
            }
            for (var e : core.entrySet()) {
                int i = e.getKey();
                if (!full.get(i).equals(e.getValue())) continue;
                List<Integer> owners = qualified.get(e.getValue());
                if (owners == null || owners.size() > Merges.MAX_BLOCK) continue;
                Integer only = Merges.onlyRoot(s, owners, x -> !s.uf.same(x, i));
                if (only != null) s.join(i, only, 0.75);
            }
        }
    }

    /** Names of bodies and other things: organisations, and names the tagger gave no kind or took for a nationality. */
    private static boolean bodyLike(Merges s, int i) {
        Candidate c = s.c.get(i);
        Family f = s.family[i];
        return (f == Family.ORG || f == Family.MISC || f == Family.NORP) && s.entry[i] == null && c.metonymOf() == null
                && c.wordCount() >= 2 && !Names.isAcronym(c.name());
    }

    /** The content words of a name, stemmed, with translation synonyms unified and demonyms as their countries. */
    static Set<String> stems(String name) {
        Set<String> out = new TreeSet<>();
        for (String w : Names.contentStems(name)) out.add(SYNONYMS.getOrDefault(w, w));
        return out;
    }

    /** The stems of a name without its qualifiers: a country, a level of government, an "of" and a place ending it. */
    static Set<String> core(String name, Set<String> places) {
        Set<String> out = new TreeSet<>();
        for (String w : Names.contentStems(withoutPlace(name, places))) {
            if (LEVELS.contains(w) || isCountry(w)) continue;
            out.add(SYNONYMS.getOrDefault(w, w));
        }
        return out;
    }

    private static boolean countryQualified(String name, Set<String> places) {
        for (String w : Names.contentStems(withoutPlace(name, places))) if (isCountry(w)) return true;
        return false;
    }

    /** "Military Police of the Federal District" without "of the Federal District", a place the corpus names. */
    private static String withoutPlace(String name, Set<String> places) {
        String n = name.strip();
        int of = n.lastIndexOf(" of ");
        if (of <= 0) return n;
        String tail = n.substring(of + 4).strip();
        if (tail.startsWith("the ")) tail = tail.substring(4);
        boolean place = places.contains(nameKey(tail)) || Gazetteer.standard().lookup(tail)
                .filter(e -> "GPE".equals(e.type()) || "LOC".equals(e.type())).isPresent();
        return place ? n.substring(0, of) : n;
    }

    private static boolean isCountry(String foldedWord) {
        return Gazetteer.standard().lookup(foldedWord).filter(e -> "country".equals(e.kind())).isPresent();
    }
}
