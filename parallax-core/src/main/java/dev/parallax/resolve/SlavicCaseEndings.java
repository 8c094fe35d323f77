package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A foreign surname with the case ending a Slavic language gives it ("Lindnera", "Scholzowi", "Merzem" in a
 * translation from Polish; "Bidena" from Czech or Russian): the tagger takes the word for a new name, often a place.
 * A word alone that is a surname of the corpus plus such an ending, where no person's full name uses the word itself,
 * in an article written in a Slavic language's letters is that surname, and a person's.
 */
final class SlavicCaseEndings {

    private SlavicCaseEndings() {}

    /** Endings of the genitive, dative, accusative, instrumental and locative of masculine nouns, longest first. */
    private static final List<String> ENDINGS = List.of("owi", "ovi", "iem", "ego", "emu", "em", "om", "ie", "ym",
            "a", "u");

    /** Letters only Slavic Latin alphabets write: an article that has them was written or translated in one. */
    private static final String SLAVIC_LETTERS = "łżźśćńęąčšžřěůťďľĺŕ";

    /** Whether a text shows the letters of a Slavic language more than once. */
    static boolean slavic(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 3; i++) if (SLAVIC_LETTERS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) n++;
        return n >= 3;
    }

    static List<Candidate> apply(List<Candidate> all, java.util.Map<String, String> texts) {
        Set<String> surnames = new HashSet<>(), words = new HashSet<>();
        for (Candidate c : all) {
            if (!c.isPerson()) continue;
            List<String> w = List.of(c.name().strip().split("[\\s]+"));
            if (Names.wordsWithoutParticles(c.name()).size() < 2) continue;
            words.addAll(Names.words(c.name()));
            String last = w.get(w.size() - 1);
            if (last.length() >= 4 && last.chars().allMatch(Character::isLetter)) surnames.add(last);
        }
        if (surnames.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>(all.size());
        java.util.Map<String, Boolean> slavicDocs = new java.util.HashMap<>();
        for (Candidate c : all) {
            boolean slavic = slavicDocs.computeIfAbsent(c.doc(), d -> texts.containsKey(d) && slavic(texts.get(d)));
            String base = slavic && c.metonymOf() == null && c.longForm() == null ? base(c.name().strip(), surnames, words) : null;
            out.add(base == null ? c : c.withName(base).withNer("PERSON"));
        }
        return out;
    }

    /** Whether a candidate is an inflected surname this class named by its base form: the text is an alias too. */
    static boolean inflected(Candidate c) {
        String t = c.text().strip();
        return c.honorific() == null && t.length() > c.name().length() && t.startsWith(c.name())
                && t.chars().allMatch(Character::isLetter) && ENDINGS.contains(t.substring(c.name().length()));
    }

    /** The surname a single word inflects, or null. */
    private static String base(String word, Set<String> surnames, Set<String> fullNameWords) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLetter) || fullNameWords.contains(Names.fold(word))) return null;
        for (String e : ENDINGS) {
            if (word.length() > e.length() && word.endsWith(e) && surnames.contains(word.substring(0, word.length() - e.length()))) {
                return word.substring(0, word.length() - e.length());
            }
        }
        return null;
    }
}
