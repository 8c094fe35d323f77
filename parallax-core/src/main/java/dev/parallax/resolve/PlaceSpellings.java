package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** A place name in another language's spelling convention ("Kairo"): the one place of the corpus it equals. */
record PlaceSpellings(Gazetteer gazetteer) implements JoinRule {

    /**
     * A place name spelled in another language's convention ("Tokio" in a German text for Tokyo, "Kairo" for Cairo,
     * "Kiew" for Kiev): letters that only differ by convention (y/i, c/k, w/v, ph/f, doubled letters) folded away,
     * a place name the gazetteer does not know is the one other place of the corpus it then equals.
     */
    @Override
    public void join(Merges s) {
        Map<String, List<Integer>> byFold = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PLACE || s.c.get(i).metonymOf() != null) continue;
            byFold.computeIfAbsent(placeFold(s.c.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null || Names.fold(c.name()).length() < 4) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            Set<Integer> roots = new HashSet<>();
            Integer other = null;
            for (int j : byFold.getOrDefault(placeFold(c.name()), List.of())) {
                if (s.uf.same(i, j)) continue;
                roots.add(s.uf.find(j));
                other = j;
            }
            if (roots.size() == 1) s.join(i, other, 0.8);
        }
        joinSkeletons(s);
    }

    /**
     * Arabic, Persian and Kurdish place names romanised by different conventions ("Qamishli" / "Kamishly",
     * "Kobani" / "Kobane", "Tell al-Abyad" / "Tal Abyad"): the vowels and the article vary, the consonants stay.
     * Two places the gazetteer does not know are one when their consonants agree (three at least), begin with one
     * letter (or both with a vowel: "Irbil", "Erbil"), and no article names both spellings (two spellings side by
     * side are two places); only a skeleton shared by exactly two clusters joins them.
     */
    private void joinSkeletons(Merges s) {
        Map<String, List<Integer>> bySkeleton = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] != Family.PLACE || s.entry[i] != null || c.metonymOf() != null) continue;
            if (gazetteer.lookup(c.name()).isPresent() || gazetteer.seatOf(c.name()).isPresent()) continue;
            String k = skeleton(c.name());
            if (k.replace(" ", "").length() >= 3) bySkeleton.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : bySkeleton.values()) {
            Map<Integer, Set<String>> docs = new HashMap<>();
            Map<Integer, Integer> member = new HashMap<>();
            for (int i : group) {
                docs.computeIfAbsent(s.uf.find(i), x -> new HashSet<>()).add(s.c.get(i).doc());
                member.putIfAbsent(s.uf.find(i), i);
            }
            if (docs.size() != 2) continue;
            List<Integer> roots = new ArrayList<>(new java.util.TreeSet<>(docs.keySet()));
            Set<String> shared = new HashSet<>(docs.get(roots.get(0)));
            shared.retainAll(docs.get(roots.get(1)));
            String a = Names.fold(s.c.get(member.get(roots.get(0))).name()), b = Names.fold(s.c.get(member.get(roots.get(1))).name());
            if (shared.isEmpty() && (a.charAt(0) == b.charAt(0) || vowel(a.charAt(0)) && vowel(b.charAt(0)))) s.join(member.get(roots.get(0)), member.get(roots.get(1)), 0.7);
        }
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The consonants of a place name's words, without articles, apostrophes, vowels or a final "h" after a vowel. */
    static String skeleton(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Names.words(name)) {
            if (Names.PARTICLES.contains(w)) continue;
            String f = placeFold(w).replace('q', 'k');
            if (f.length() > 2 && f.endsWith("h") && "aeiou".indexOf(f.charAt(f.length() - 2)) >= 0) f = f.substring(0, f.length() - 1);
            String k = f.replaceAll("[aeiou]", "");
            StringBuilder b = new StringBuilder(k.length());
            for (int i = 0; i < k.length(); i++) if (i == 0 || k.charAt(i) != k.charAt(i - 1)) b.append(k.charAt(i));
            if (b.length() > 0) out.add(b.toString());
        }
        return String.join(" ", out);
    }

    /** A place name with the letters that vary between spelling conventions unified, Japanese words in Hepburn's. */
    static String placeFold(String name) {
        List<String> words = new ArrayList<>();
        for (String w : Names.fold(name).split(" ")) words.add(JapaneseRomanisation.hepburn(w));
        String f = String.join(" ", words).replace("ph", "f").replace('y', 'i').replace('c', 'k').replace('w', 'v').replace("ou", "u");
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) if (i == 0 || f.charAt(i) != f.charAt(i - 1)) b.append(f.charAt(i));
        return b.toString();
    }
}
