package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/** Extends a name to the ship prefix or misread surname in front of it. */
final class NamePrefixes implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return withNamePrefixes(spans, at.tokens());
    }

    /** Ship prefixes: "USS Halford" is a ship, not the place or person its name also is. */
    static final Set<String> SHIP_PREFIXES = Set.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS");

    /**
     * Words that belong in front of the name after them: a ship prefix ("USS Halford", a MISC name), and a
     * capitalised pronoun read as a surname before a tagged given name ("He Yadong, a spokesman, said": no English
     * sentence puts a pronoun right before a name).
     */
    static List<NameSpan> withNamePrefixes(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        java.util.BitSet covered = new java.util.BitSet();
        for (NameSpan s : spans) covered.set(s.first(), s.end());
        for (NameSpan s : spans) {
            int p = s.first() - 1;
            if (p >= 0 && !covered.get(p) && attachedBySpace(toks, p, s.first()) && toks.get(p).sentence() == toks.get(s.first()).sentence()) {
                Token t = toks.get(p);
                if (SHIP_PREFIXES.contains(t.word())) {
                    s = new NameSpan(p, s.end(), "MISC");
                } else if (s.type().equals("PERSON") && t.isPronoun() && t.word().equals("He") && s.end() - s.first() == 1
                        && (p == 0 || toks.get(p - 1).sentence() != t.sentence()) && s.end() < toks.size()
                        && toks.get(s.end()).word().equals(",")) {
                    s = new NameSpan(p, s.end(), "PERSON");
                }
            }
            out.add(s);
        }
        // A ship prefix before an untagged capitalised word: "the submarine USS Halford".
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!SHIP_PREFIXES.contains(toks.get(i).word()) || covered.get(i) || covered.get(i + 1)) continue;
            if (startsUpper(toks.get(i + 1)) && toks.get(i + 1).sentence() == toks.get(i).sentence()) out.add(new NameSpan(i, i + 2, "MISC"));
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }
}
