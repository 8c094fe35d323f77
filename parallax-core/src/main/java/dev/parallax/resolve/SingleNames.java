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
import static dev.parallax.resolve.SharedSurnames.*;
import static dev.parallax.resolve.SurnameTypos.*;

/** A surname or other single name alone: the person named in full it stands for, in its article or the corpus. */
final class SingleNames implements JoinRule {

    /**
     * A surname alone ("Kishida", "Mr Stoltenbeg") joins the full name in the same article that contains it
     * (the nearest one before it if several), allowing a typo; failing that, the only full name in the corpus
     * that contains it. Otherwise it stays an entity of its own.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames(), single = s.singleNames();
        Map<String, List<Integer>> fullByDoc = new HashMap<>();
        for (int i : full) fullByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new ArrayList<>()).add(i);
        FullWords fullWords = FullWords.of(s, full);
        Map<String, Set<Integer>> fullByWord = fullWords.byWord();
        Map<String, Integer> personWords = personWordCounts(s);
        Map<String, Set<String>> personWordsByDoc = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON) personWordsByDoc.computeIfAbsent(s.c.get(i).doc(), k -> new HashSet<>()).addAll(Names.words(s.c.get(i).name()));
        }
        // Blends per distinct spelling of a full name, and only once a surname needs them.
        Map<String, List<Integer>> byBlend = new HashMap<>();
        boolean[] blendsBuilt = {false};
        java.util.function.Supplier<Map<String, List<Integer>>> blends = () -> {
            if (!blendsBuilt[0]) {
                Map<String, List<Integer>> bySpelling = new java.util.LinkedHashMap<>();
                for (int i : full) bySpelling.computeIfAbsent(s.c.get(i).name(), k -> new ArrayList<>()).add(i);
                bySpelling.forEach((name, is) -> {
                    for (String b : Names.blends(name)) byBlend.computeIfAbsent(b, k -> new ArrayList<>()).addAll(is);
                });
                blendsBuilt[0] = true;
            }
            return byBlend;
        };
        // Full names by the transliteration keys of their surnames, built once a surname needs them.
        Map<String, List<Integer>> surnameKeys = new HashMap<>();
        java.util.function.Supplier<Map<String, List<Integer>>> bySurnameKey = () -> {
            if (surnameKeys.isEmpty()) {
                for (int x : full) {
                    List<String> fw = Names.wordsWithoutParticles(s.c.get(x).name());
                    if (fw.isEmpty()) continue;
                    for (String k : Transliteration.keys(fw.get(fw.size() - 1))) surnameKeys.computeIfAbsent(k, q -> new ArrayList<>()).add(x);
                }
            }
            return surnameKeys;
        };
        List<Integer> leftovers = new ArrayList<>();
        Map<String, Integer> singleCounts = new HashMap<>();
        for (int i : single) {
            List<String> bare = Names.wordsWithoutParticles(s.c.get(i).name());
            if (!bare.isEmpty()) singleCounts.merge(bare.get(bare.size() - 1), 1, Integer::sum);
        }
        People people = People.of(s, full, s.gender);
        // "Mr Rajapaksa" twice in one article is one person, the one its first use named, even where a brother
        // is named in full between the two: a writer keeps one titled handle for one person.
        Map<String, Integer> firstTitled = new HashMap<>();
        for (int i : single) {
            Candidate c = s.c.get(i);
            if (c.honorific() == null) continue;
            firstTitled.merge(titledKey(s, i), i, (a, b) -> s.c.get(a).start() <= s.c.get(b).start() ? a : b);
        }
        // "Mrs. Dupont" before the article introduces "her sister, Anne Dupont": a woman of that surname the corpus
        // never names in full, so "Mrs. Dupont" in other articles is not surely the sister either.
        Set<String> unnamedTitled = new HashSet<>();
        for (int i : single) {
            Candidate c = s.c.get(i);
            int g = GenderEvidence.ofHonorific(c.honorific());
            if (g == 0) continue;
            String w = surnameOf(s, i);
            List<Integer> owners = asSurname(s, w, fullByDoc.getOrDefault(c.doc(), List.of())).stream()
                    .filter(x -> people.genderOf(x) * g >= 0).toList();
            if (!owners.isEmpty() && owners.stream().noneMatch(x -> people.mayStandFor(s, c, x))) unnamedTitled.add(g + "|" + w);
        }
        List<Integer> laterTitled = new ArrayList<>();
        for (int i : single) {
            Candidate c = s.c.get(i);
            if (c.honorific() != null && firstTitled.get(titledKey(s, i)) != i) {
                laterTitled.add(i);
                continue;
            }
            String w = surnameOf(s, i);
            if (givenNameUnderTitle(s, c, w, fullByWord.getOrDefault(w, Set.of()))) {
                leftovers.add(i);
                continue;
            }
            boolean arabic = Names.hasArabicParticle(c.name());
            List<Integer> inDoc = fullByDoc.getOrDefault(c.doc(), List.of()).stream().filter(x -> people.mayStandFor(s, c, x)).toList();
            Integer target;
            List<Integer> docOwners = asSurname(s, w, inDoc);
            Set<Integer> corpusOwners = new HashSet<>(asSurname(s, w, fullByWord.getOrDefault(w, Set.of())));
            corpusOwners.removeIf(x -> !people.mayStandFor(s, c, x));
            Shared shared = sharedSurname(s, c, w, docOwners, corpusOwners, people);
            boolean elsewhere = shared.target() != null && !s.c.get(shared.target()).doc().equals(c.doc())
                    || shared.target() == null && docOwners.isEmpty();
            if (shared.blocked() || elsewhere && unnamedTitled.contains(GenderEvidence.ofHonorific(c.honorific()) + "|" + w)) {
                leftovers.add(i);
                continue;
            }
            target = shared.target() != null ? shared.target() : nearest(s, c, docOwners, x -> true);
            double conf = 1.0;
            if (target == null) {
                // "Yoom" once for "Yoon": a slip of the finger onto the next key, in a spelling no full name has.
                boolean slip = singleCounts.getOrDefault(w, 0) == 1 && !fullByWord.containsKey(w);
                target = nearest(s, c, inDoc, x -> {
                    // "Mr. Al-Hamid" for "Rashid al-Hamed": transliterations of an Arabic name vary in their vowels.
                    boolean translit = arabic || Names.hasArabicParticle(s.c.get(x).name());
                    for (String fw : s.key[x].split(" ")) {
                        if (Similarity.sameWord(w, fw) || Similarity.sameTransliteration(w, fw) || Transliteration.same(w, fw)
                                || translit && Similarity.transliterationVariant(w, fw) || slip && Similarity.keyboardSlip(w, fw)) {
                            return true;
                        }
                    }
                    return false;
                });
                conf = 0.85;
            }
            if (target == null) {
                Set<Integer> roots = new HashSet<>();
                for (int x : fullByWord.getOrDefault(w, Set.of())) if (people.mayStandFor(s, c, x)) roots.add(s.uf.find(x));
                if (roots.size() == 1) {
                    target = roots.iterator().next();
                    conf = 0.9;
                }
            }
            if (target == null && !fullByWord.containsKey(w)) {
                // "Poutine" where the corpus names only "Vladimir Putin": the one person whose surname it romanises.
                // A surname some full name spells exactly has had its answer above.
                Set<Integer> holders = new java.util.TreeSet<>();
                for (String k : Transliteration.keys(w)) holders.addAll(bySurnameKey.get().getOrDefault(k, List.of()));
                if (holders.size() <= MAX_BLOCK) target = onlyRoot(s, new ArrayList<>(holders), x -> true);
                conf = 0.8;
            }
            if (target == null && !Names.fullGivenNames(w).isEmpty()) {
                // "Vlad" for Vladimir: a short form of a given name, first in its article, else the only such person.
                target = nearest(s, c, inDoc, x -> fullNameHasGivenName(s.c.get(x).name(), w));
                if (target == null) target = onlyRoot(s, full, x -> fullNameHasGivenName(s.c.get(x).name(), w));
                conf = 0.75;
            }
            if (target == null && Names.fold(c.name()).length() >= 4 && blends.get().containsKey(Names.fold(c.name()))) {
                // "Jokowi" for Joko Widodo: a clipped nickname of the one full name it can be cut from.
                List<Integer> owners = blends.get().get(Names.fold(c.name()));
                target = nearest(s, c, owners.stream().filter(x -> s.c.get(x).doc().equals(c.doc())).toList(), x -> true);
                if (target == null) target = onlyRoot(s, owners, x -> true);
                conf = 0.7;
            }
            if (target == null) {
                target = misspeltSurname(s, fullWords, w, personWords);
                String fixed = target == null ? misspeltWord(fullWords, w, personWords) : null;
                if (fixed != null) {
                    // "Bazuom" for a surname two people share: decided as the surname spelled right would be.
                    Shared fixedShared = sharedSurname(s, c, fixed, inDoc, fullByWord.getOrDefault(fixed, Set.of()), people);
                    if (!fixedShared.blocked()) target = fixedShared.target();
                }
                conf = 0.75;
            }
            if (target == null && singleCounts.getOrDefault(w, 0) == 1 && !fullByWord.containsKey(w)) {
                target = vowelSlipOwner(s, fullWords, w, personWordsByDoc.getOrDefault(c.doc(), Set.of()), personWords);
                conf = 0.7;
            }
            if (target == null && c.honorific() != null && singleCounts.getOrDefault(w, 0) == 1 && !fullByWord.containsKey(w)) {
                Integer slip = titledSlipOwner(s, fullWords, w, personWordsByDoc.getOrDefault(c.doc(), Set.of()), personWords);
                if (slip != null && people.genderOf(slip) * GenderEvidence.ofHonorific(c.honorific()) >= 0) target = slip;
                conf = 0.7;
            }
            if (target != null) s.join(i, target, conf);
            else leftovers.add(i);
        }
        for (int i : laterTitled) {
            int first = firstTitled.get(titledKey(s, i));
            if (leftovers.contains(first)) leftovers.add(i);
            else s.join(i, first, 1.0);
        }
        // Surnames that stand for no full name are one person across articles ("Mr. Schuster", "Schuster").
        Map<String, Integer> firstSingle = new HashMap<>(), firstLetters = new HashMap<>();
        Map<String, List<Integer>> fullLetters = new HashMap<>();
        for (int x : full) fullLetters.computeIfAbsent(letters(s.c.get(x).name()), k -> new ArrayList<>()).add(x);
        for (int i : leftovers) {
            Integer f = firstSingle.putIfAbsent(s.key[i], i);
            if (f != null) s.join(f, i, 1.0);
            // "Adi-Ul-Karim" and "Adiulkarim": one compound name written with and without its hyphens.
            String letters = letters(s.c.get(i).name());
            if (letters.length() < 6) continue;
            Integer g = firstLetters.putIfAbsent(letters, i);
            if (g != null) s.join(g, i, 0.95);
            Integer owner = onlyRoot(s, fullLetters.getOrDefault(letters, List.of()), x -> true);
            if (owner != null) s.join(i, owner, 0.95);
        }
        joinMisspelledSingles(s, leftovers);
    }

    /**
     * "Imam Reza", "Pope Leo": a form of address before a given name names a figure known by that name alone, not
     * the person whose full name merely begins with it ("Reza Tabrizi"); only a full name that carries the word after
     * its given name has it as a surname. A courtesy title is left to the rules above ("Mr Anwar" for Anwar Ibrahim).
     */
    private static boolean givenNameUnderTitle(Merges s, Candidate c, String w, Set<Integer> holders) {
        if (c.title() == null || c.honorific() != null || Names.words(c.name()).size() != 1) return false;
        if (GenderWords.ofGivenWord(w) == 0 && !ArabicNames.isGivenName(w)) return false;
        for (int x : holders) if (Names.wordsWithoutParticles(s.c.get(x).name()).indexOf(w) > 0) return false;
        return true;
    }

    /** The last word of a surname alone, without its particles ("pen" of "Le Pen"). */
    private static String surnameOf(Merges s, int i) {
        List<String> bare = Names.wordsWithoutParticles(s.c.get(i).name());
        return bare.isEmpty() ? s.key[i] : bare.get(bare.size() - 1);
    }

    /** A titled name alone within its article: its document, its folded title and its key. */
    private static String titledKey(Merges s, int i) {
        Candidate c = s.c.get(i);
        return c.doc() + "|" + Names.fold(c.honorific()) + "|" + s.key[i];
    }

    /** Whether a full name's first word is the given name a short form stands for. */
    private static boolean fullNameHasGivenName(String fullName, String shortForm) {
        List<String> w = Names.words(fullName);
        return w.size() >= 2 && Names.fullGivenNames(shortForm).contains(w.get(0));
    }

    private static void joinMisspelledSingles(Merges s, List<Integer> singles) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : singles) {
            count.merge(s.key[i], 1, Integer::sum);
            rep.putIfAbsent(s.key[i], i);
        }
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String k : rep.keySet()) for (String b : Similarity.blockKeys(k)) blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(k);
        for (List<String> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    String a = block.get(x), b = block.get(y);
                    if (a.equals(b) || s.uf.same(rep.get(a), rep.get(b))) continue;
                    if (Math.min(a.length(), b.length()) >= 6 && Similarity.sameWord(a, b)
                            && Math.min(count.get(a), count.get(b)) <= 2) {
                        s.join(rep.get(a), rep.get(b), 0.8);
                    }
                }
            }
        }
    }
}
