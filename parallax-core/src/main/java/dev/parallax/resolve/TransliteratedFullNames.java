package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Full names equal up to transliteration (particles, vowels of Arabic names, one middle word in one article). */
final class TransliteratedFullNames implements JoinRule {

    /**
     * Transliterations of one name ("Rashid al-Hamed", "Rachid el-Hamed", "Rashid Al Hamid"): without particles,
     * word for word equal up to spelling conventions, or for names marked as Arabic up to vowels; at least one
     * word the same unless every word is long. In one article, a full name with one extra middle word and the
     * same first and last words is the same person ("Rashid Omar al-Hamed" / "Rashid al-Hamed").
     */
    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> rep = new TreeMap<>();
        for (int i : full) rep.putIfAbsent(s.c.get(i).doc() + "|" + Names.fold(s.c.get(i).name()), i);
        Map<String, List<Integer>> blocks = new TreeMap<>();
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        Map<Integer, Boolean> arabicOf = new HashMap<>();
        for (int i : rep.values()) {
            List<String> w = Names.wordsWithoutParticles(s.c.get(i).name());
            wordsOf.put(i, w);
            arabicOf.put(i, Names.hasArabicParticle(s.c.get(i).name()));
            String b = Names.transliterationFold(w.get(0)).substring(0, 1) + Names.transliterationFold(w.get(w.size() - 1)).substring(0, 1);
            blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
        }
        s.forPairs(blocks.values(), (a, b) -> {
            Candidate ca = s.c.get(a), cb = s.c.get(b);
            boolean arabic = arabicOf.get(a) || arabicOf.get(b);
            List<String> wa = wordsOf.get(a), wb = wordsOf.get(b);
            if (wa.size() == wb.size()) {
                int exact = 0;
                boolean all = true, longWords = true;
                for (int k = 0; k < wa.size() && all; k++) {
                    String p = wa.get(k), q = wb.get(k);
                    if (Similarity.sameTransliteration(p, q)) exact++;
                    else if (!((arabic || longVowelVariant(p, q)) && Similarity.transliterationVariant(p, q))) all = false;
                    if (Math.min(p.length(), q.length()) < 5) longWords = false;
                }
                if (all && (exact >= 1 || arabic && longWords)) s.join(a, b, exact >= 1 ? 0.8 : 0.7);
            } else if (Math.abs(wa.size() - wb.size()) == 1 && ca.doc().equals(cb.doc())) {
                List<String> lo = wa.size() > wb.size() ? wa : wb, sh = wa.size() > wb.size() ? wb : wa;
                if (sameNameWord(lo.get(0), sh.get(0), arabic)
                        && sameNameWord(lo.get(lo.size() - 1), sh.get(sh.size() - 1), arabic)) {
                    s.join(a, b, 0.75);
                }
            }
        });
    }

    /**
     * Long name words romanised from languages whose vowels English spellings render freely ("Wickremesinghe" /
     * "Wickramasinghe", "Rajapaksa" / "Rajapakse"): at eight letters and more, a vowel change no longer makes
     * another name the way it does in short given names ("Maria" / "Mario").
     */
    static boolean longVowelVariant(String a, String b) {
        return Math.min(a.length(), b.length()) >= 8;
    }

    private static boolean sameNameWord(String a, String b, boolean arabic) {
        return Similarity.sameTransliteration(a, b) || arabic && Similarity.transliterationVariant(a, b);
    }
}
