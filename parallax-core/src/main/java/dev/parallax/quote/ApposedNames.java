package dev.parallax.quote;

import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.Locale;
import java.util.Set;

/**
 * The person a role noun introduces in apposition, read from the words rather than the parse, which often hangs the
 * name on the body in the role: "The secretary general of the party, Ana Lim, has said", "A hydrologist at the
 * university, Bo Chen, published", "The leader of the liberals, the former minister Ana Lim, assured".
 */
final class ApposedNames extends QuoteRule {

    ApposedNames(QuoteRule same) {
        super(same);
    }

    /** Words that end a role's phrase before the comma: a clause of its own has begun. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "that", "whose", "whom", "and", "or", "but");

    /**
     * The person named between the first comma after a role noun and the next comma, or null: the role's phrase up
     * to that comma holds no verb and no other person's name (at most eight words), and the name ends right at the
     * closing comma after at most a short description of its own ("the former minister").
     */
    String after(Token head, Sentence s) {
        int k = head.index() + 1;
        for (; k < s.endToken() && k <= head.index() + 8; k++) {
            Token t = toks.get(k);
            if (t.word().equals(",")) break;
            if (t.isVerb() || isPunct(t) && !t.word().equals("-") && !t.word().equals("(") && !t.word().equals(")")
                    || CLAUSE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || personAt(t) != null) {
                return null;
            }
        }
        if (k >= s.endToken() || !toks.get(k).word().equals(",")) return null;
        int open = k;
        for (k = open + 1; k < s.endToken() && k <= open + 10; k++) {
            Token t = toks.get(k);
            if (t.word().equals(",")) break;
            // "..., accompanied by his wife Ana Lim,": a clause or another's relative, no apposition.
            if (t.isVerb() && (!"VBN".equals(t.pos()) || k == open + 1) || isPunct(t) && !t.word().equals("-") && !t.word().equals(".")
                    || CLAUSE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || "PRP$".equals(t.pos()) || "PRP".equals(t.pos())
                    || k == open + 1 && "IN".equals(t.pos())) {
                return null;
            }
        }
        if (k >= s.endToken() || k == open + 1 || !toks.get(k).word().equals(",")) return null;
        Token last = toks.get(k - 1);
        EntityMention m = null;
        String person = null;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), last.start(), last.end())) {
            if (h.mention().kind() != EntityMention.Kind.name || h.mention().end() != last.end() || !isPerson(h.entity())) continue;
            m = h.mention();
            person = h.entity().id();
        }
        if (person == null || m.start() < toks.get(open + 1).start()) return null;
        // The name must be the apposition's own: nothing but a short description before it.
        for (Token t : at.tokensIn(toks.get(open + 1).start(), m.start())) {
            if (personAt(t) != null) return null;
        }
        return person;
    }

    private String personAt(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
            if (h.mention().kind() == EntityMention.Kind.name && isPerson(h.entity())) return h.entity().id();
        }
        return null;
    }
}
