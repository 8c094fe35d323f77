package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Extends a name to a capitalised "The" before it inside a sentence ("told The Gulf Dispatch"). */
final class CapitalisedArticle implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return withCapitalisedArticle(spans, at.tokens());
    }

    /**
     * "told The Gulf Dispatch": an article capitalised inside a sentence belongs to the name after it, as in the
     * titles of newspapers ("The Morning Ledger"). Not for people or demonyms.
     */
    static List<NameSpan> withCapitalisedArticle(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        int prevEnd = 0;
        for (NameSpan s : spans) {
            int a = s.first() - 1;
            if (a >= prevEnd && isNamePartArticle(toks, a) && toks.get(a).sentence() == toks.get(s.first()).sentence()
                    && !s.type().equals("PERSON") && !s.type().equals("NATIONALITY")) {
                s = new NameSpan(a, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }
}
