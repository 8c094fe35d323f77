package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nguni (Zulu, Xhosa, Ndebele, Swati) noun-class and case prefixes glued in lower case to a capitalised name
 * ("uZuma", "kaZuma", "nguZuma", "noZuma"): the name is a person's, the prefix a grammatical mark like a courtesy
 * title before it. Articles translated from these languages keep the form, and the tagger labels none of them.
 */
final class NounClassPrefixes {

    /**
     * Person prefixes: u- (the name as subject or object), ka- (of), ku-/kuwo- (to), ngu-/wu- (it is), no- (and),
     * ngo- (by), njengo- (like), nango- (here is). Longest first, so "ngu" is not read as "n" + "gu".
     */
    private static final Pattern PREFIXED = Pattern.compile("(njengo|nango|kuwo|ngu|ngo|ka|ku|no|wu|u)(\\p{Lu}\\p{Ll}{2,})");

    private NounClassPrefixes() {}

    /** The prefix and name of a token such as "uZuma", or null. */
    static String[] split(String word) {
        Matcher m = PREFIXED.matcher(word);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /**
     * Adds a person candidate for each prefixed token whose name is the last word of a person's full name somewhere
     * in the corpus ("Jacob Zuma"): with that check a prefixed place or body ("eThekwini", "uMkhonto") stays out.
     * The prefix is kept as the honorific, so the form as written becomes an alias. A candidate the tagger made of
     * the whole token becomes that person's.
     */
    static List<Candidate> apply(List<Candidate> all, Map<String, AnnotatedText> annotations) {
        Set<String> surnames = new HashSet<>();
        for (Candidate c : all) {
            List<String> w = Names.words(c.name());
            if (c.isPerson() && w.size() >= 2 && c.honorific() == null) surnames.add(w.get(w.size() - 1));
        }
        Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
        for (Candidate c : all) byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        List<Candidate> out = new ArrayList<>(all.size());
        for (var e : byDoc.entrySet()) {
            AnnotatedText at = annotations.get(e.getKey());
            if (at == null) {
                out.addAll(e.getValue());
                continue;
            }
            Set<Integer> taken = new HashSet<>();
            for (Candidate c : e.getValue()) {
                String[] p = c.endToken() - c.firstToken() == 1 && c.honorific() == null ? split(c.name()) : null;
                if (p != null && surnames.contains(Names.fold(p[1]))) {
                    out.add(prefixed(e.getKey(), at.tokens().get(c.firstToken()), c.firstToken(), p));
                } else {
                    out.add(c);
                }
                for (int k = c.firstToken(); k < c.endToken(); k++) taken.add(k);
            }
            List<Token> toks = at.tokens();
            for (int k = 0; k < toks.size(); k++) {
                String[] p = taken.contains(k) ? null : split(toks.get(k).word());
                if (p != null && surnames.contains(Names.fold(p[1]))) out.add(prefixed(e.getKey(), toks.get(k), k, p));
            }
        }
        return out;
    }

    private static Candidate prefixed(String doc, Token t, int index, String[] p) {
        return new Candidate(doc, t.start(), t.end(), t.word(), p[1], "PERSON", t.sentence(), index, index + 1, p[0],
                null, null, List.of(), null, null);
    }
}
