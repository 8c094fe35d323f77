package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Splits a tagged organisation or place name at an inner "the" that starts a second name. */
final class InnerArticleSplit implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return splitAtInnerArticle(spans, at.tokens());
    }

    /**
     * "told the Gazette the Northern Union ...", tagged as one organisation: a "the" right after a capitalised word
     * inside a tagged name (not after "of", "for" ...) starts a second name. People's names are left alone.
     */
    static List<NameSpan> splitAtInnerArticle(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int cut = -1;
            if (!s.type().equals("PERSON")) {
                for (int k = s.first() + 1; k + 1 < s.end() && cut < 0; k++) {
                    if (toks.get(k).word().equals("the") && startsUpper(toks.get(k - 1)) && startsUpper(toks.get(k + 1))) cut = k;
                }
            }
            if (cut < 0) {
                out.add(s);
                continue;
            }
            out.add(new NameSpan(s.first(), cut, s.type()));
            out.add(new NameSpan(cut + 1, s.end(), s.type()));
        }
        return out;
    }
}
