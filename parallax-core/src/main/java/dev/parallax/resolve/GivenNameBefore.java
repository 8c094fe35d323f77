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
     * an English word, or leaves out the first of several given names it does not know. A lone capitalised word right before a one-word person name, untagged, neither a title nor
     * a determiner nor another kind of word, is its given name.
     */
    static List<NameSpan> withGivenNames(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>();
        int prevEnd = 0;
        for (NameSpan s : spans) {
            int g = s.first() - 1;
            // "President Recep Tayyip Erdogan": a first given name the tagger left out of a longer name; a
            // capitalised word is taken only when it is a proper noun, since an adjective there is a modifier.
            // Only at the start of the sentence or of the phrase, or after a title: "the Climate Wopke Hoekstra" is
            // the end of a portfolio's name.
            boolean fits = s.end() - s.first() == 1 || g >= 0 && "NNP".equals(toks.get(g).pos())
                    && (g == 0 || toks.get(g - 1).sentence() != toks.get(g).sentence() || titleBeforeName(toks, g - 1)
                    || toks.get(g - 1).word().chars().noneMatch(Character::isLetterOrDigit));
            if (s.type().equals("PERSON") && fits && g >= prevEnd && g >= 0
                    && toks.get(g).sentence() == toks.get(s.first()).sentence() && givenNameLike(toks.get(g))
                    && (g == 0 || toks.get(g - 1).sentence() != toks.get(g).sentence() || !startsUpper(toks.get(g - 1))
                    || isTitle(toks.get(g - 1)))) {
                s = new NameSpan(g, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }

    /** A title or courtesy title before a name ("President", "Mr"): it starts the name's phrase, not a run of capitals. */
    private static boolean isTitle(Token t) {
        return isRoleWord(t) || Names.isHonorific(t.word());
    }

    /**
     * A title at {@code t} that heads a person's name ("President Recep ..."), not a word inside the name of a body
     * ("the General Staff", "Chief of General Staff Waleri ..."): not after a determiner, nor after "of" that
     * follows a capitalised word.
     */
    private static boolean titleBeforeName(List<Token> toks, int t) {
        if (!isTitle(toks.get(t))) return false;
        if (t == 0 || toks.get(t - 1).sentence() != toks.get(t).sentence()) return true;
        Token before = toks.get(t - 1);
        if (isDeterminer(before)) return false;
        return !(before.word().equals("of") && t >= 2 && toks.get(t - 2).sentence() == before.sentence() && startsUpper(toks.get(t - 2)));
    }

    static boolean givenNameLike(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        String w = t.word();
        return "O".equals(t.ner()) && (pos.equals("NNP") || pos.equals("JJ")) && w.length() >= 2
                && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter) && !isRoleWord(t)
                && !Names.isHonorific(w) && !ROLE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT));
    }
}
