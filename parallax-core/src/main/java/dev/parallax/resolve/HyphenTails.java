package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Names the tagger cut inside a hyphenated word ("Office for High-" of "Office for High-ranking Officials"). */
final class HyphenTails implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return extend(spans, at.tokens());
    }

    /**
     * A span ending in a hyphen written against the next word takes that word, and then the capitalised words that
     * follow it in the sentence: a compound is never half a name. Spans the longer one now covers are dropped.
     */
    static List<NameSpan> extend(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>();
        int coveredTo = -1;
        for (NameSpan sp : spans) {
            if (sp.end() <= coveredTo) continue;
            int end = sp.end();
            if (end < toks.size() && end - 1 > sp.first() && toks.get(end - 1).word().equals("-") && attached(toks, end - 1, end)
                    && toks.get(end).word().chars().allMatch(Character::isLetter)) {
                end++;
                while (end < toks.size() && toks.get(end).sentence() == toks.get(sp.first()).sentence()
                        && (startsUpper(toks.get(end)) && toks.get(end).word().chars().allMatch(Character::isLetter)
                        || toks.get(end).word().equals("-") && end + 1 < toks.size() && attached(toks, end - 1, end)
                        && attached(toks, end, end + 1))) {
                    end++;
                }
                if (toks.get(end - 1).word().equals("-")) end--;
                coveredTo = end;
            }
            out.add(end == sp.end() ? sp : new NameSpan(sp.first(), end, sp.type()));
        }
        return out;
    }
}
