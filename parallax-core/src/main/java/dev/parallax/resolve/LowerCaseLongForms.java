package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A body's name a translation wrote in lower case before its acronym ("the government of union national (GUN)",
 * "the office of the United Nations for the coordination of humanitarian affairs (OCHA)"): the words whose initials
 * can spell the acronym, from its first letter to its last, make a name, linked to the acronym.
 */
final class LowerCaseLongForms {

    private LowerCaseLongForms() {}

    /** Candidates for such long forms and their acronyms in one document. */
    static List<Candidate> definitions(String doc, String text, List<Token> toks, List<NameSpan> spans, CandidateMaker maker) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!Brackets.isOpen(toks.get(i)) || !Brackets.isClose(toks.get(i + 2))) continue;
            Token acr = toks.get(i + 1);
            if (!Names.isAcronym(acr.word()) || acr.word().contains(".")) continue;
            int nameEnd = i;
            boolean named = false;
            for (NameSpan s : spans) named |= s.end() == nameEnd && !"PERSON".equals(s.type()) && s.end() - s.first() >= 2;
            if (named || !Character.isLowerCase(toks.get(nameEnd - 1).word().charAt(0))) continue;
            String letters = acr.word().toLowerCase(Locale.ROOT);
            int first = spelledFrom(toks, nameEnd, letters, acr.sentence());
            if (first < 0) continue;
            Candidate longForm = maker.candidate(doc, text, toks, new NameSpan(first, nameEnd, "ORGANIZATION"));
            if (longForm == null || longForm.firstToken() != first || longForm.endToken() != nameEnd) continue;
            out.add(longForm);
            out.add(new Candidate(doc, acr.start(), acr.end(), acr.word(), acr.word(), "ORGANIZATION", acr.sentence(), i + 1, i + 2,
                    null, null, null, List.of(), longForm.name(), null));
        }
        return out;
    }

    /**
     * The first token of the shortest run of words before {@code end} whose first content word starts with the
     * acronym's first letter, whose last starts with its last, whose initials hold its letters in order with at
     * most two more, and which has a body's head word; else -1.
     */
    private static int spelledFrom(List<Token> toks, int end, String letters, int sentence) {
        List<Character> initials = new ArrayList<>();
        boolean head = false;
        for (int k = end - 1; k >= 0 && end - k <= 2 * letters.length() + 5; k--) {
            Token t = toks.get(k);
            String w = t.word();
            if (t.sentence() != sentence || !w.chars().allMatch(Character::isLetter)) return -1;
            String lower = w.toLowerCase(Locale.ROOT);
            if (Names.FUNCTION_WORDS.contains(lower)) continue;
            initials.add(0, lower.charAt(0));
            head |= NameWords.ORG_HEADS.contains(lower) || lower.equals("government");
            if (initials.size() > letters.length() + 2) return -1;
            if (initials.get(0) == letters.charAt(0) && initials.get(initials.size() - 1) == letters.charAt(letters.length() - 1)
                    && subsequence(letters, initials) && head) {
                return k;
            }
        }
        return -1;
    }

    private static boolean subsequence(String letters, List<Character> initials) {
        int at = 0;
        for (char c : initials) if (at < letters.length() && letters.charAt(at) == c) at++;
        return at == letters.length();
    }
}
