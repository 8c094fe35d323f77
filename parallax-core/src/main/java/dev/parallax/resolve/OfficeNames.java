package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/**
 * Names of places and bodies named after an office ("the President's House", "the Prime Minister's Office", "the
 * President's Media Division"): the tagger labels the title and leaves only the words after the possessive, which
 * alone ("House", "Media Division") name nothing. The capitalised title and its possessive join the name.
 */
final class OfficeNames implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return withOffices(spans, at.tokens());
    }

    static List<NameSpan> withOffices(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>();
        int prevEnd = 0;
        for (NameSpan s : spans) {
            int pos = s.first() - 1;
            if (!s.type().equals("PERSON") && pos - 1 >= prevEnd && isPossessiveMark(toks.get(pos))
                    && toks.get(pos).sentence() == toks.get(s.first()).sentence()) {
                int first = pos;
                while (first - 1 >= prevEnd && toks.get(first - 1).sentence() == toks.get(pos).sentence()
                        && isCapitalised(toks.get(first - 1)) && isRoleWord(toks.get(first - 1))) {
                    first--;
                }
                // Only a title standing for its office: after "the" or at the start of a sentence, so that "Acme's
                // Chairman's Award" or "President Ode's House" stay as they are.
                boolean opens = first == 0 || toks.get(first - 1).sentence() != toks.get(first).sentence()
                        || isDeterminer(toks.get(first - 1));
                if (first < pos && opens) s = new NameSpan(first, s.end(), s.type());
            }
            out.add(s);
            prevEnd = s.end();
        }
        return out;
    }
}
