package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A one-word compound name and its abbreviation in brackets, as German writes them ("Grundgesetz (GG)",
 * "Bundesverfassungsgericht (BVerfG)"): the abbreviation's letters are the compound's parts' initials and more,
 * in order, so it can be mixed-case and longer than the name has words. Both are names, the abbreviation linked
 * to the compound.
 */
final class CompoundAbbreviations {

    private CompoundAbbreviations() {}

    /** Candidates for such compounds and their abbreviations in one document. */
    static List<Candidate> definitions(String doc, String text, List<Token> toks, List<NameSpan> spans, CandidateMaker maker) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i + 2 < toks.size(); i++) {
            Token word = toks.get(i - 1), abbr = toks.get(i + 1);
            if (!Brackets.isOpen(toks.get(i)) || !Brackets.isClose(toks.get(i + 2)) || !compound(word) || !abbreviates(abbr.word(), word.word())) continue;
            String type = "MISC";
            boolean longer = false;
            for (NameSpan s : spans) {
                if (s.end() != i) continue;
                if (s.end() - s.first() > 1) longer = true;
                else type = s.type();
            }
            // A name of several words before the brackets is AcronymDefinitions' to read.
            if (longer || "PERSON".equals(type)) continue;
            Candidate name = maker.candidate(doc, text, toks, new NameSpan(i - 1, i, type));
            if (name == null) continue;
            out.add(name);
            out.add(new Candidate(doc, abbr.start(), abbr.end(), abbr.word(), abbr.word(), type, abbr.sentence(), i + 1, i + 2,
                    null, null, null, List.of(), name.name(), null));
        }
        return out;
    }

    /** A long capitalised word of letters only: a compound. */
    private static boolean compound(Token t) {
        String w = t.word();
        return w.length() >= 8 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether an abbreviation of two capitals or more and letters only can be read from a word: same first letter,
     * the others in order after it.
     */
    static boolean abbreviates(String abbr, String word) {
        if (abbr.length() < 2 || abbr.length() > 8 || !abbr.chars().allMatch(Character::isLetter)) return false;
        if (abbr.chars().filter(Character::isUpperCase).count() < 2 || !Character.isUpperCase(abbr.charAt(0))) return false;
        String a = Names.fold(abbr), w = Names.fold(word);
        if (a.isEmpty() || w.isEmpty() || a.charAt(0) != w.charAt(0)) return false;
        int at = 1;
        for (int k = 1; k < a.length(); k++) {
            int found = w.indexOf(a.charAt(k), at);
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }
}
