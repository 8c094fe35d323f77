package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/**
 * What the first pass over the corpus learnt: the names found (surface form → the tagger's label) and how
 * often each folded word is used in people's names; {@code lowercase} holds the folded words the corpus also
 * writes in lower case (ordinary words, whatever their capitals at a sentence start).
 */
record Lexicon(java.util.Map<String, String> names, java.util.Map<String, Integer> personWords, Set<String> lowercase,
               Set<String> acronyms, Set<String> surnamesFirst, Set<String> placeHeads, Set<String> blends) {

    static Lexicon of(java.util.Collection<Candidate> found, java.util.Collection<AnnotatedText> texts) {
        Set<String> lower = new java.util.HashSet<>();
        for (AnnotatedText at : texts) {
            for (Token t : at.tokens()) {
                String w = t.word();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lower.add(Names.fold(w));
            }
        }
        java.util.Map<String, java.util.Map<String, Integer>> votes = new java.util.HashMap<>();
        java.util.Map<String, Integer> personWords = new java.util.HashMap<>();
        for (Candidate c : found) {
            if (c.metonymOf() != null || c.ner().equals("NATIONALITY") || c.ner().equals("RELIGION")
                    || c.ner().equals("IDEOLOGY")) {
                continue;
            }
            if (c.isPerson()) for (String w : Names.words(c.name())) personWords.merge(w, 1, Integer::sum);
            String n = c.name();
            if (n.length() < 2) continue;
            if (c.wordCount() == 1 && (lower.contains(Names.fold(n)) || n.length() < 3 && !Names.isAcronym(n))) continue;
            votes.computeIfAbsent(n, k -> new java.util.TreeMap<>()).merge(c.ner(), 1, Integer::sum);
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        votes.forEach((n, v) -> names.put(n, v.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey()));
        // The acronyms the corpus's organisation names of three words or more would have, if only one has it.
        java.util.Map<String, Set<String>> acronyms = new java.util.HashMap<>();
        for (Candidate c : found) {
            // "AU" for the "African Union": two letters only for a name of exactly two words.
            if (c.ner().equals("ORGANIZATION") && c.wordCount() == 2) {
                String two = Names.initials(c.name()).toUpperCase(Locale.ROOT);
                if (two.length() == 2 && !lower.contains(Names.fold(two))) {
                    acronyms.computeIfAbsent(two, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
                }
            }
            if (!c.ner().equals("ORGANIZATION") || c.wordCount() < 3) continue;
            String letters = Names.initials(c.name()).toUpperCase(Locale.ROOT);
            if (letters.length() >= 3) acronyms.computeIfAbsent(letters, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
        }
        Set<String> unique = new java.util.HashSet<>();
        acronyms.forEach((a, ns) -> {
            if (ns.size() == 1) unique.add(a);
        });
        // "Xi Jinping": an East Asian name puts the surname first, and the surname alone names the person.
        Set<String> surnamesFirst = new java.util.HashSet<>();
        for (Candidate c : found) {
            List<String> w = Names.words(c.name());
            if (c.isPerson() && (w.size() == 2 || w.size() == 3) && Names.isSurnameFirst(w.get(0))) surnamesFirst.add(w.get(0));
        }
        // "Rio de Janeiro": the word before the particle of a place name is used alone for the place ("Rio").
        Set<String> placeHeads = new java.util.HashSet<>();
        for (Candidate c : found) {
            String[] w = c.name().strip().split(" ");
            if (w.length >= 3 && Resolver.familyOf(c.ner()) == Resolver.Family.PLACE && isPlaceParticle(w[1])
                    && w[0].length() >= 3 && !lower.contains(Names.fold(w[0]))) {
                placeHeads.add(w[0]);
            }
            String[] h = c.name().strip().split("-");
            if (Resolver.familyOf(c.ner()) == Resolver.Family.PLACE && PlaceTails.hyphenHead(c.name(), Names.fold(h[0]))
                    && !lower.contains(Names.fold(h[0]))) {
                placeHeads.add(h[0]);
            }
        }
        // "Jokowi" for Joko Widodo: clipped nicknames of exactly one full name, not words of the corpus.
        java.util.Map<String, Set<String>> blendOwners = new java.util.HashMap<>();
        for (Candidate c : found) {
            if (!c.isPerson() || c.metonymOf() != null) continue;
            for (String b : Names.blends(c.name())) blendOwners.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(Names.fold(c.name()));
        }
        Set<String> blends = new java.util.HashSet<>();
        blendOwners.forEach((b, owners) -> {
            if (owners.size() == 1 && !lower.contains(b) && !personWords.containsKey(b)) blends.add(b);
        });
        return new Lexicon(names, personWords, lower, unique, surnamesFirst, placeHeads, blends);
    }
}
