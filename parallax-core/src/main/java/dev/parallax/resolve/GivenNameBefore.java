package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.parallax.resolve.NameWords.*;

/** Extends a one-word person name to the untagged given name before it. */
final class GivenNameBefore implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return withGivenNames(spans, at.tokens());
    }

    /**
     * "Tarun Veliyath said": the tagger sometimes labels only the surname of a full name whose given name is also
     * an English word. A lone capitalised word right before a one-word person name, untagged, neither a title nor
     * a determiner nor another kind of word, is its given name.
     */
    static List<NameSpan> withGivenNames(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>();
        int prevEnd = 0;
        for (NameSpan s : spans) {
            int g = s.first() - 1;
            if (s.type().equals("PERSON") && s.end() - s.first() == 1 && g >= prevEnd && g >= 0
                    && toks.get(g).sentence() == toks.get(s.first()).sentence() && givenNameLike(toks.get(g))
                    && (g == 0 || toks.get(g - 1).sentence() != toks.get(g).sentence() || !startsUpper(toks.get(g - 1)))) {
                s = new NameSpan(g, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }

    static boolean givenNameLike(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        String w = t.word();
        return "O".equals(t.ner()) && (pos.equals("NNP") || pos.equals("JJ")) && w.length() >= 2
                && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter) && !isRoleWord(t)
                && !Names.isHonorific(w) && !ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }
}
