package dev.parallax.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;
import static dev.parallax.resolve.SurnameTypos.*;

/**
 * A rare surname the tagger took for a place or body: the one person whose common surname it nearly is, or the one
 * person its article has named in full with it.
 */
final class MistaggedSurnames implements JoinRule {

    /**
     * A rare misspelt surname the tagger took for a place or an organisation ("According to Okonkow, ..."):
     * joined to the one person whose common surname it is within a typo of. Names the gazetteer knows, acronyms,
     * names the context calls a place or outlet, and spellings used more than twice are not touched.
     */
    /**
     * "Celso Amorim, the adviser, ..." then "Amorim has declared": the surname of one person the article has already
     * named in full, spelt exactly so, is that person's, whatever label the tagger gave it; else null.
     */
    private static Integer surnameOfTheArticle(Merges s, int i, List<Integer> full) {
        Candidate c = s.c.get(i);
        String w = s.key[i];
        java.util.Set<Integer> roots = new java.util.TreeSet<>();
        Integer any = null;
        for (int x : full) {
            Candidate o = s.c.get(x);
            if (!o.doc().equals(c.doc())) continue;
            List<String> words = Names.wordsWithoutParticles(o.name());
            if (words.indexOf(w) <= 0) continue;
            if (o.start() > c.start()) return null;
            roots.add(s.uf.find(x));
            any = x;
        }
        return roots.size() == 1 ? any : null;
    }

    @Override
    public void join(Merges s) {
        List<Integer> full = s.fullNames();
        Map<String, Integer> personWords = personWordCounts(s);
        FullWords fullWords = FullWords.of(s, full);
        Map<String, Integer> spelling = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) spelling.merge(nameKey(s.c.get(i).name()), 1, Integer::sum);
        for (int i = 0; i < s.c.size(); i++) {
            Candidate c = s.c.get(i);
            if (s.family[i] == Family.PERSON || s.family[i] == Family.NORP || s.entry[i] != null || c.metonymOf() != null
                    || c.longForm() != null || c.wordCount() != 1 || Names.isAcronym(c.name())) {
                continue;
            }
            if (isContextLabel(c.ner()) || spelling.get(nameKey(c.name())) > 2) continue;
            Integer target = misspeltSurname(s, fullWords, s.key[i], personWords);
            if (target == null) target = surnameOfTheArticle(s, i, full);
            if (target != null) s.join(i, target, 0.7);
        }
    }
}
