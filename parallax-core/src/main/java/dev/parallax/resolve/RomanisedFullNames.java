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

/** Full names whose words share romanisation keys in order ("Prigozhin", "Prigojine"): one person romanised twice. */
final class RomanisedFullNames implements JoinRule {

    /**
     * One person romanised by different conventions in translated articles ("Yevgeny Prigozhin", "Evgueni
     * Prigojine", "Jewgeni Prigoschin"): full names of as many words whose words share {@link Transliteration} keys
     * in order, given name included, so that two people sharing a surname stay apart. Never joins two clusters that
     * both name their person in full in one article: the article tells them apart. Pairs whose roles or
     * affiliations agree are joined first, so that where the guard leaves a choice the role decides.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        Map<Integer, List<Set<String>>> keysOf = new HashMap<>();
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i : rep.values()) {
            List<Set<String>> keys = new ArrayList<>();
            for (String w : Names.wordsWithoutParticles(s.c.get(i).name())) keys.add(Transliteration.keys(w));
            keysOf.put(i, keys);
            for (String k : keys.get(keys.size() - 1)) blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            // "Kisida Humio": a two-word name may be written family name first, so it also meets names ending in its first word.
            if (keys.size() == 2) for (String k : keys.get(0)) blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        // The documents in which each cluster names its person in full, and the roles it is given.
        Map<Integer, Set<String>> fullDocs = new HashMap<>();
        for (int i : full) fullDocs.computeIfAbsent(s.uf.find(i), k -> new HashSet<>()).add(s.c.get(i).doc());
        Map<Integer, List<Candidate>> roles = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Family.PERSON && s.c.get(i).role() != null) {
                roles.computeIfAbsent(s.uf.find(i), k -> new ArrayList<>()).add(s.c.get(i));
            }
        }
        for (boolean byRole : new boolean[] {true, false}) {
            for (List<Integer> block : blocks.values()) {
                if (block.size() > MAX_BLOCK) continue;
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        int a = block.get(x), b = block.get(y);
                        int ra = s.uf.find(a), rb = s.uf.find(b);
                        if (ra == rb || !sameKeysInEitherOrder(keysOf.get(a), keysOf.get(b))) continue;
                        Set<String> da = fullDocs.getOrDefault(ra, Set.of()), db = fullDocs.getOrDefault(rb, Set.of());
                        Set<String> both = new java.util.TreeSet<>(da);
                        both.retainAll(db);
                        if (!both.isEmpty() && !spelledAlikeIn(s, full, ra, rb, both)) continue;
                        List<Candidate> qa = roles.getOrDefault(ra, List.of()), qb = roles.getOrDefault(rb, List.of());
                        if (byRole && !TranslationVariants.rolesSimilar(qa, qb)) continue;
                        s.join(a, b, byRole ? 0.8 : 0.75);
                        int r = s.uf.find(a);
                        Set<String> docs = new HashSet<>(da);
                        docs.addAll(db);
                        fullDocs.put(r, docs);
                        List<Candidate> rs = new ArrayList<>(qa);
                        rs.addAll(qb);
                        roles.put(r, rs);
                    }
                }
            }
        }
    }

    /**
     * Whether every full name two clusters give in the articles that name both is a romanisation of the other in the
     * other name order: an article that gives a name in English order and then in its own language's order and
     * romanisation ("Seong-mun Kwon ... Koreans write it Kwŏn Sŏng-mun") spells one person. Two spellings in one
     * order ("Ivan Petrenko", "Iwan Petrenko") still tell two people apart.
     */
    private static boolean spelledAlikeIn(Merges s, List<Integer> full, int ra, int rb, Set<String> docs) {
        Map<String, List<List<Set<String>>>> inA = new TreeMap<>(), inB = new TreeMap<>();
        for (int i : full) {
            Candidate c = s.c.get(i);
            if (!docs.contains(c.doc())) continue;
            int r = s.uf.find(i);
            if (r != ra && r != rb) continue;
            List<Set<String>> keys = new ArrayList<>();
            for (String w : Names.wordsWithoutParticles(c.name())) keys.add(Transliteration.keys(w));
            (r == ra ? inA : inB).computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(keys);
        }
        for (String d : docs) {
            for (List<Set<String>> x : inA.getOrDefault(d, List.of())) {
                for (List<Set<String>> y : inB.getOrDefault(d, List.of())) {
                    if (!sameKeys(surnameFirst(x), y) && !sameKeys(x, surnameFirst(y))) return false;
                }
            }
        }
        return true;
    }

    /** The words of a name with its last one moved to the front ("Seong Mun Kwon" → "Kwon Seong Mun"). */
    private static <T> List<T> surnameFirst(List<T> words) {
        List<T> out = new ArrayList<>(words.size());
        out.add(words.get(words.size() - 1));
        out.addAll(words.subList(0, words.size() - 1));
        return out;
    }

    /** Whether two names' word keys meet word for word, a two-word name's also in the other order ("Kisida Humio", "Fumio Kishida"). */
    private static boolean sameKeysInEitherOrder(List<Set<String>> a, List<Set<String>> b) {
        return sameKeys(a, b) || a.size() == 2 && sameKeys(a, List.of(b.get(b.size() - 1), b.get(0)));
    }

    /** Whether two names' word keys meet word for word. */
    private static boolean sameKeys(List<Set<String>> a, List<Set<String>> b) {
        if (a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).stream().noneMatch(b.get(k)::contains)) return false;
        }
        return true;
    }
}
