package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** Rare spellings of a word of full names that are typos of its common spelling ("Okonkow" for "Okonkwo"). */
final class SurnameTypos {

    /** How often each folded word occurs in the names of people, over the whole corpus. */
    static Map<String, Integer> personWordCounts(Merges s) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PERSON) continue;
            for (String w : Names.words(s.c.get(i).name())) out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    /**
     * A rare misspelling of a surname ("Okonkow" once, where "Okonkwo" is used throughout): the one person whose
     * name has a word within a typo of it, when that spelling is clearly the common one. Words under six letters,
     * and spellings as frequent as the other, are left alone: they may be another person's name.
     */
    static Integer misspeltSurname(Merges s, FullWords words, String w, Map<String, Integer> personWords) {
        Set<Integer> roots = new HashSet<>();
        Integer any = null;
        for (String fw : misspeltWords(words, w, personWords)) {
            for (int x : words.byWord().get(fw)) {
                roots.add(s.uf.find(x));
                any = x;
            }
        }
        return roots.size() == 1 ? any : null;
    }

    /** The one common word of full names a rare word is a typo of ({@link #misspeltSurname}), else null. */
    static String misspeltWord(FullWords words, String w, Map<String, Integer> personWords) {
        List<String> fixes = misspeltWords(words, w, personWords);
        return fixes.size() == 1 ? fixes.get(0) : null;
    }

    private static List<String> misspeltWords(FullWords words, String w, Map<String, Integer> personWords) {
        if (w.length() < 6) return List.of();
        int own = personWords.getOrDefault(w, 0);
        if (own > 2) return List.of();
        List<String> out = new ArrayList<>();
        // Only words that can be within a typo of w: same first letter, length within two (Similarity.sameWord).
        for (int len = w.length() - 2; len <= w.length() + 2; len++) {
            for (String fw : words.byShape().getOrDefault(shape(w.charAt(0), len), List.of())) {
                if (fw.equals(w) || personWords.getOrDefault(fw, 0) < 2 * Math.max(own, 1) + 1 || !Similarity.sameWord(w, fw)) continue;
                out.add(fw);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * "Mr Yunis" once in an article that names Yunus: the one person whose surname a rare word of five letters or more
     * is with one vowel changed, among the surnames the same article gives people, when the corpus uses that spelling
     * three times or more. Short surnames differ by a vowel between people ("Patel", "Patil"), so only an article
     * that names the person vouches for the slip.
     */
    static Integer vowelSlipOwner(Merges s, FullWords words, String w, Set<String> articleWords, Map<String, Integer> personWords) {
        return slipOwner(s, words, w, articleWords, personWords, 5);
    }

    /**
     * "Mr Hiu" and "Mr Hue" once each in an article that names Hui throughout: under a courtesy title, a short
     * surname of three letters or more with one vowel changed or two neighbouring letters swapped is the one person of
     * the article whose surname it nearly is, when the corpus uses that spelling three times or more.
     */
    static Integer titledSlipOwner(Merges s, FullWords words, String w, Set<String> articleWords, Map<String, Integer> personWords) {
        return slipOwner(s, words, w, articleWords, personWords, 3);
    }

    private static Integer slipOwner(Merges s, FullWords words, String w, Set<String> articleWords, Map<String, Integer> personWords,
                                     int minLength) {
        if (w.length() < minLength || personWords.getOrDefault(w, 0) > 1) return null;
        boolean swaps = minLength < 5;
        Set<Integer> roots = new HashSet<>();
        Integer any = null;
        for (String fw : words.byShape().getOrDefault(shape(w.charAt(0), w.length()), List.of())) {
            if (!articleWords.contains(fw) || personWords.getOrDefault(fw, 0) < 3) continue;
            if (!Similarity.vowelSlip(w, fw) && !(swaps && Similarity.adjacentTransposition(w, fw))) continue;
            for (int x : words.byWord().get(fw)) {
                roots.add(s.uf.find(x));
                any = x;
            }
        }
        return roots.size() == 1 ? any : null;
    }

    private static String shape(char first, int length) {
        return first + ":" + length;
    }

    /** The words of full names, each with the names that hold it, and grouped by first letter and length. */
    record FullWords(Map<String, Set<Integer>> byWord, Map<String, List<String>> byShape) {
        static FullWords of(Merges s, List<Integer> full) {
            Map<String, Set<Integer>> byWord = new HashMap<>();
            for (int i : full) for (String w : s.key[i].split(" ")) byWord.computeIfAbsent(w, k -> new HashSet<>()).add(i);
            Map<String, List<String>> byShape = new HashMap<>();
            for (String fw : byWord.keySet()) {
                if (!fw.isEmpty()) byShape.computeIfAbsent(shape(fw.charAt(0), fw.length()), k -> new ArrayList<>()).add(fw);
            }
            return new FullWords(byWord, byShape);
        }
    }
}
