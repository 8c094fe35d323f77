package dev.parallax.resolve;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** String and name similarity used to decide whether two spellings are one name. */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    private Similarity() {}

    /**
     * Whether two folded name words are spellings of one word: equal, or long enough that a small edit
     * (at most two, one for words under eight letters) with a high Jaro-Winkler score is a typo rather than
     * another name ("stoltenbeg" / "stoltenberg", but not "jon" / "joe").
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        int min = Math.min(a.length(), b.length());
        if (min < 5) return false;
        int d = LEVENSHTEIN.apply(a, b);
        if (d < 0) return false;
        if (d == 2 && adjacentTransposition(a, b)) d = 1; // Damerau: "Okonkow" / "Okonkwo" is one slip

        int allowed = min >= 8 ? 2 : 1;
        // One slip in a long word ("albenese" / "albanese") scores only 0.875 when it sits mid-word.
        double needed = d == 1 && min >= 8 ? 0.85 : 0.9;
        return d <= allowed && JARO_WINKLER.apply(a, b) >= needed && a.charAt(0) == b.charAt(0);
    }

    /** Rows of a QWERTY keyboard: a typing slip puts a letter's neighbour in its place. */
    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Whether two words of one length differ in one letter only, a vowel written for another ("Yunis" / "Yunus"). */
    static boolean vowelSlip(String a, String b) {
        if (a.length() != b.length()) return false;
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        return diff >= 0 && "aeiou".indexOf(a.charAt(diff)) >= 0 && "aeiou".indexOf(b.charAt(diff)) >= 0;
    }

    /**
     * Whether two folded words of four letters or more differ in one letter after the first, whose two versions are
     * neighbouring keys ("yoom" / "yoon"): a typing slip, which callers accept only with other evidence.
     */
    static boolean keyboardSlip(String a, String b) {
        if (a.length() != b.length() || a.length() < 4 || a.charAt(0) != b.charAt(0)) return false;
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        if (diff < 0) return false;
        for (String row : KEY_ROWS) {
            int x = row.indexOf(a.charAt(diff)), y = row.indexOf(b.charAt(diff));
            if (x >= 0 && y >= 0 && Math.abs(x - y) == 1) return true;
        }
        return false;
    }

    /**
     * Whether two folded words are transliterations of one Arabic name word: equal once spelling conventions are
     * unified ("djaber" / "jaber", "soultan" / "sultan"), or differing only in vowels, with the same first letter,
     * by at most two letters ("jabir" / "jaber", "salmane" / "salman"). Callers allow the second only for names
     * that are marked as Arabic, since vowels tell other names apart ("Maria" / "Mario").
     */
    static boolean transliterationVariant(String a, String b) {
        String x = Names.transliterationFold(a), y = Names.transliterationFold(b);
        if (x.equals(y)) return true;
        if (Math.min(x.length(), y.length()) < 4 || x.charAt(0) != y.charAt(0)) return false;
        int d = LEVENSHTEIN.apply(x, y);
        return d >= 0 && d <= 2 && Names.consonantSkeleton(x).equals(Names.consonantSkeleton(y));
    }

    /** Whether two folded words are one word up to transliteration conventions only (no vowel changes). */
    static boolean sameTransliteration(String a, String b) {
        return Names.transliterationFold(a).equals(Names.transliterationFold(b));
    }

    /** Whether {@code b} is {@code a} with two neighbouring letters swapped. */
    static boolean adjacentTransposition(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Whether two multi-word names align word by word with equal or typo-close words, at least one equal. */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) return false;
        List<String> rest = new ArrayList<>(b);
        int exact = 0;
        for (String w : a) {
            int found = rest.indexOf(w);
            if (found >= 0) {
                exact++;
                rest.remove(found);
                continue;
            }
            int best = -1;
            // Short words in a full name are given names: "Maria" and "Mario" are two people, not a typo.
            for (int i = 0; i < rest.size(); i++) {
                if (Math.min(w.length(), rest.get(i).length()) >= 6 && sameWord(w, rest.get(i))) best = i;
                // Two neighbouring letters swapped ("Rabei" / "Rabie") is a slip of the keys, not another name.
                if (Math.min(w.length(), rest.get(i).length()) >= 5 && adjacentTransposition(w, rest.get(i))) best = i;
                // "Bill" and "William": a common short form of a given name.
                if (Names.sameGivenName(w, rest.get(i))) best = i;
            }
            if (best < 0) return false;
            rest.remove(best);
        }
        return exact >= 1 || a.size() == 1;
    }

    /** Blocking keys of a word: its first three letters and its phonetic code, so typos still meet. */
    static Set<String> blockKeys(String word) {
        Set<String> keys = new HashSet<>();
        keys.add("p:" + word.substring(0, Math.min(3, word.length())));
        String code = METAPHONE.get().doubleMetaphone(word);
        if (code != null && !code.isEmpty()) keys.add("m:" + code);
        return keys;
    }

    /** Jaccard overlap of two sets. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return inter.size() / (double) (a.size() + b.size() - inter.size());
    }

    /**
     * Whether two organisation names are translation or wording variants of one name: same content words up to
     * order and inflection, or one's words contained in the other's with at least three words in common
     * ("Japan Institute for Security Strategies" / "Japan Security Strategy Research Institute").
     */
    static boolean sameOrganisation(List<String> stemsA, List<String> stemsB) {
        Set<String> a = new HashSet<>(stemsA), b = new HashSet<>(stemsB);
        if (a.size() < 2 || b.size() < 2) return false;
        if (a.equals(b)) return true;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        boolean subset = inter.size() == Math.min(a.size(), b.size());
        double j = jaccard(a, b);
        return inter.size() >= 3 && (subset ? j >= 0.6 : j >= 0.75);
    }
}
