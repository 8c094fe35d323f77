package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/**
 * The second pass over a document: occurrences of names the corpus already knows that the tagger missed here, and
 * misspelt surnames of people the corpus names often.
 */
final class Propagation {

    private final CandidateMaker maker;

    Propagation(CandidateMaker maker) {
        this.maker = maker;
    }

    static final int LONGEST_NAME = 7;

    /**
     * The second pass: occurrences of names the corpus already knows that the tagger missed in this document
     * (case-sensitive, whole words, not part of a longer capitalised name), and rare capitalised words within a
     * typo of a frequent surname ("Okonkow" where "Okonkwo" is used throughout), which become person names.
     */
    List<Candidate> propagate(String doc, String text, AnnotatedText at, List<Candidate> found, Lexicon lex) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (Candidate c : found) covered.set(c.firstToken(), c.endToken());
        // The last words of the people this article names in full, with where each is first named in full.
        java.util.Map<String, Integer> surnames = new java.util.HashMap<>();
        for (Candidate c : found) {
            List<String> w = List.of(c.name().strip().split("\\s+"));
            if (c.isPerson() && w.size() >= 2) surnames.merge(w.get(w.size() - 1), c.firstToken(), Math::min);
        }
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (covered.get(i) || !startsUpper(toks.get(i))) {
                    i++;
                    continue;
                }
                // A title before a known name ("Mr Pita") is no part of a longer name: the name is still the known one.
                boolean before = i > s.firstToken() && startsUpper(toks.get(i - 1)) && !covered.get(i - 1)
                        && !Names.isHonorific(toks.get(i - 1).word());
                int matched = -1;
                for (int j = Math.min(s.endToken(), i + LONGEST_NAME); j > i && matched < 0; j--) {
                    if (covered.nextSetBit(i) < j && covered.nextSetBit(i) >= 0) continue;
                    String surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                    String ner = lex.names().get(surface);
                    if (ner == null) continue;
                    boolean after = j < s.endToken() && startsUpper(toks.get(j)) && !covered.get(j);
                    if (!before && !after) matched = j;
                    Candidate c = matched < 0 ? null : maker.candidate(doc, text, toks, new NameSpan(i, j, ner));
                    if (c != null) out.add(c);
                }
                if (matched < 0 && !before && lex.acronyms().contains(toks.get(i).word())) {
                    // "RMN" once, where the corpus names the "Royal Marovian Navy": the acronym of a known name.
                    Candidate c = maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "ORGANIZATION"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.placeHeads().contains(toks.get(i).word())
                        && !(i + 1 < s.endToken() && (startsUpper(toks.get(i + 1)) || isPlaceParticle(toks.get(i + 1).word())))) {
                    Candidate c = maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "CITY"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.surnamesFirst().contains(Names.fold(toks.get(i).word()))
                        && !(i + 1 < s.endToken() && startsUpper(toks.get(i + 1)))) {
                    Candidate c = maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "PERSON"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before) {
                    // "COP27" once, untagged, where the corpus names "COP28": another numbered edition of a name.
                    String ner = otherEdition(toks.get(i).word(), lex);
                    boolean after = i + 1 < s.endToken() && startsUpper(toks.get(i + 1)) && !covered.get(i + 1);
                    Candidate c = ner == null || after ? null : maker.candidate(doc, text, toks, new NameSpan(i, i + 1, ner));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && lex.blends().contains(Names.fold(toks.get(i).word()))
                        && toks.get(i).word().chars().allMatch(Character::isLetter)
                        && !(i + 1 < s.endToken() && startsUpper(toks.get(i + 1)))) {
                    Candidate c = maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "PERSON"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before && surnames.getOrDefault(toks.get(i).word(), Integer.MAX_VALUE) < i
                        && !lex.lowercase().contains(Names.fold(toks.get(i).word()))
                        && !(i + 1 < s.endToken() && startsUpper(toks.get(i + 1)))) {
                    // "Deby, who took power ..." after "President Mahamat Idriss Deby": the surname of a person the
                    // article has named in full, alone where the tagger saw no name.
                    Candidate c = maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "PERSON"));
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                if (matched < 0 && !before) {
                    Candidate c = misspeltSurname(doc, text, toks, s, i, lex);
                    if (c != null) {
                        out.add(c);
                        matched = i + 1;
                    }
                }
                i = matched > i ? matched : i + 1;
            }
        }
        return out;
    }

    Candidate misspeltSurname(String doc, String text, List<Token> toks, Sentence s, int i, Lexicon lex) {
        String w = toks.get(i).word();
        String f = Names.fold(w);
        if (f.length() < 6 || !w.chars().allMatch(Character::isLetter) || lex.lowercase().contains(f)) return null;
        if (i + 1 < s.endToken() && startsUpper(toks.get(i + 1))) return null;
        if (lex.personWords().getOrDefault(f, 0) > 0) return null;
        String match = null;
        for (var e : lex.personWords().entrySet()) {
            if (e.getValue() < 3 || !Similarity.sameWord(f, e.getKey())) continue;
            if (match != null) return null;
            match = e.getKey();
        }
        return match == null ? null : maker.candidate(doc, text, toks, new NameSpan(i, i + 1, "PERSON"));
    }

    /** An acronym, or acronyms joined by hyphens ("SSN-AUKUS"). */
    static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("([A-Z]{2,})-?(\\d{1,3})");

    /** The label of a known name that is {@code word} with another number ("COP28" for "COP27"), else null. */
    static String otherEdition(String word, Lexicon lex) {
        var m = NUMBERED.matcher(word);
        if (!m.matches()) return null;
        for (var e : lex.names().entrySet()) {
            var k = NUMBERED.matcher(e.getKey());
            if (k.matches() && k.group(1).equals(m.group(1)) && !k.group(2).equals(m.group(2))) return e.getValue();
        }
        return null;
    }
}
