package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.parallax.resolve.Merges.*;

/**
 * A full name written without some of its parts, as Spanish and Portuguese names are (given names, paternal surname,
 * maternal surname): one person when only one longer name of the corpus fits.
 */
final class DoubleSurnames implements JoinRule {

    /**
     * Two shortenings of a long name. First, the given name kept and later words dropped ("Ana Ruiz" of "Ana Ruiz
     * Paredes", "Luis Soto" of "Luis Miguel Soto Vera"): the shorter name's words appear in order in the longer one,
     * first with first, and a dropped last word is never used alone in the corpus (a writer who calls somebody by
     * the last word of his name makes it his surname: "Martin Luther" is not "Martin Luther King"). Second, the two
     * surnames alone ("Ruiz Paredes", "Mr Soto Vera"): the last words of the longer name, when the text shows they
     * are surnames, the first of them closing a shorter form of the same person's name ("Ana Ruiz") or the pair
     * titled like a surname after a name of four words (two given names, two surnames). A name that ends another
     * one is otherwise left alone: "Idriss Deby" of "Mahamat Idriss Deby" is a father's name his son carries.
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(Names.fold(s.c.get(i).name()), i);
        // "Ana Ruiz Bridge" is also written as a place's name somewhere: not a person's name to shorten.
        Set<Integer> mixedRoots = new HashSet<>();
        Set<String> mixedNames = new HashSet<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] == Resolver.Family.PERSON) continue;
            mixedRoots.add(s.uf.find(i));
            mixedNames.add(Names.fold(s.c.get(i).name()));
        }
        Map<Integer, List<String>> wordsOf = new TreeMap<>();
        for (var e : rep.entrySet()) {
            int i = e.getValue();
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (w.size() < 2 || s.relatives.contains(s.c.get(i)) || mixedNames.contains(e.getKey())
                    || mixedRoots.contains(s.uf.find(i))) {
                continue;
            }
            wordsOf.put(i, w);
        }
        Set<String> usedAlone = new HashSet<>();
        for (int i : s.singleNames()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            if (!w.isEmpty()) usedAlone.add(Names.transliterationFold(w.get(w.size() - 1)));
        }
        for (var e : wordsOf.entrySet()) {
            List<String> sw = e.getValue();
            Integer target = onlyLonger(s, e.getKey(), wordsOf, lw -> givenNameKept(sw, lw, usedAlone));
            if (target != null) s.join(e.getKey(), target, 0.75);
        }
        for (var e : wordsOf.entrySet()) {
            List<String> sw = e.getValue();
            int shorter = e.getKey();
            Integer target = onlyLonger(s, shorter, wordsOf, lw -> endsWith(lw, sw));
            if (target != null && surnamesShown(s, shorter, target, sw, wordsOf)) s.join(shorter, target, 0.75);
        }
    }

    /** The one cluster of longer names {@code fits}, other than the shorter name's own, else null. */
    private static Integer onlyLonger(Merges s, int shorter, Map<Integer, List<String>> wordsOf,
                                      java.util.function.Predicate<List<String>> fits) {
        int size = wordsOf.get(shorter).size();
        Set<Integer> roots = new TreeSet<>();
        Integer any = null;
        for (var e : wordsOf.entrySet()) {
            if (e.getValue().size() <= size || !fits.test(e.getValue())) continue;
            if (s.uf.same(e.getKey(), shorter)) continue;
            roots.add(s.uf.find(e.getKey()));
            if (any == null) any = e.getKey();
        }
        return roots.size() == 1 ? any : null;
    }

    /** Whether the shorter name is the longer one with words dropped after its first, a dropped last word never alone. */
    private static boolean givenNameKept(List<String> shorter, List<String> longer, Set<String> usedAlone) {
        String lastLong = longer.get(longer.size() - 1);
        if (!same(shorter.get(shorter.size() - 1), lastLong) && usedAlone.contains(Names.transliterationFold(lastLong))) {
            return false;
        }
        if (!same(shorter.get(0), longer.get(0))) return false;
        int k = 1;
        for (int j = 1; j < shorter.size(); j++) {
            while (k < longer.size() && !same(shorter.get(j), longer.get(k))) k++;
            if (k >= longer.size()) return false;
            k++;
        }
        return true;
    }

    /** Whether the longer name ends with the shorter one's words. */
    private static boolean endsWith(List<String> longer, List<String> shorter) {
        int off = longer.size() - shorter.size();
        for (int j = 0; j < shorter.size(); j++) if (!same(shorter.get(j), longer.get(off + j))) return false;
        return true;
    }

    /**
     * Whether the words a shorter name ends a longer one with are surnames: a shorter form of the longer name's person
     * ends with the first of them, the longer name joins them with a hyphen, or, after a name of four words or more, the
     * pair is titled as surnames are.
     */
    private static boolean surnamesShown(Merges s, int shorter, int longer, List<String> sw, Map<Integer, List<String>> wordsOf) {
        List<String> lw = wordsOf.get(longer);
        // "Amir-Abdollahian" of "Hossein Amir-Abdollahian": the longer name writes the words as one hyphenated surname.
        for (String token : s.c.get(longer).name().strip().split("\\s+")) {
            List<String> hw = Names.wordsWithoutParticles(token);
            if (token.indexOf('-') > 0 && hw.size() == sw.size() && endsWith(sw, hw)) return true;
        }
        for (var e : wordsOf.entrySet()) {
            List<String> mw = e.getValue();
            if (e.getKey() == longer || mw.size() >= lw.size() || !s.uf.same(e.getKey(), longer)) continue;
            if (same(mw.get(0), lw.get(0)) && same(mw.get(mw.size() - 1), sw.get(0))) return true;
        }
        if (lw.size() < sw.size() + 2) return false;
        int root = s.uf.find(shorter);
        for (int i = 0; i < s.c.size(); i++) {
            if (s.uf.find(i) == root && s.c.get(i).honorific() != null) return true;
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return Similarity.sameTransliteration(a, b);
    }
}
