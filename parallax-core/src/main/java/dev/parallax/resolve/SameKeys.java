package dev.parallax.resolve;

import java.util.HashMap;
import java.util.Map;

import static dev.parallax.resolve.Resolver.*;
import static dev.parallax.resolve.Merges.*;

/** Names equal once folded (case, accents, word order of people), spelled with the same letters, or one gazetteer entry. */
final class SameKeys implements JoinRule {

    @Override
    public void join(Merges s) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            // A surname alone is joined per article to the full name it stands for (SingleNames): joined
            // across articles first, "Lange" would tie Bernd Lange of one article to Miriam Lange of another.
            if (s.family[i] == Family.PERSON && surnameAlone(s.c.get(i)) && !s.key[i].startsWith("gaz:")) continue;
            String k = s.family[i] + "|" + s.key[i];
            Integer f = first.putIfAbsent(k, i);
            if (f != null) s.join(f, i, 1.0);
        }
        // "Wang Wen Bin" and "Wang Wenbin": full names spelled with the same letters in the same order.
        Map<String, Integer> joined = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (s.family[i] != Family.PERSON || surnameAlone(s.c.get(i))) continue;
            String letters = letters(s.c.get(i).name());
            if (letters.length() < 6) continue;
            Integer f = joined.putIfAbsent(letters, i);
            if (f != null) s.join(f, i, 0.95);
        }
        // A gazetteer entity is one entity whatever family the tagger gave its mentions.
        Map<String, Integer> gaz = new HashMap<>();
        for (int i = 0; i < s.c.size(); i++) {
            if (!s.key[i].startsWith("gaz:")) continue;
            Integer f = gaz.putIfAbsent(s.key[i], i);
            if (f != null) s.join(f, i, 1.0);
        }
    }

    /** One word, or one besides its particles ("Le Pen", "Al Hamed"): a surname alone, whoever it stands for. */
    private static boolean surnameAlone(Candidate c) {
        return c.wordCount() < 2 || Names.wordsWithoutParticles(c.name()).size() < 2;
    }
}
