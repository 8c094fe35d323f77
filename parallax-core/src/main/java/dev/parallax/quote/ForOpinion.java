package dev.parallax.quote;

import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.Set;

/**
 * "For Ana Lim, researcher at the institute, « the plan has failed »": a quotation in a sentence that opens with
 * "For" and a name gives that source's view without a verb of speech (a form common in French and Spanish news and
 * in their translations). The rules that read a speech verb come first; this one answers only when none did.
 */
final class ForOpinion extends QuoteRule implements AttributionRule {

    private final Speakers speakers;

    ForOpinion(QuoteRule same, Speakers speakers) {
        super(same);
        this.speakers = speakers;
    }

    private static final Set<String> SPEAKING_TYPES = Set.of("PERSON", "ORG", "MEDIA", "GPE");

    @Override
    public Attribution attribute(Found f) {
        if (f.kind() == Quote.Kind.indirect) return null;
        Sentence s = at.sentences().get(f.sentence());
        if (s.endToken() - s.firstToken() < 4 || !toks.get(s.firstToken()).word().equalsIgnoreCase("for")) return null;
        // "For the researcher Ana Lim,": only a determiner, adjectives or a title between "For" and the name.
        for (int k = s.firstToken() + 1; k < Math.min(s.endToken(), s.firstToken() + 5); k++) {
            Token t = toks.get(k);
            EntityMention m = nameAt(t);
            if (m != null) {
                // The name closes the opening phrase (a comma after it, or after its apposition) before the quotation.
                if (m.end() >= f.start() || !commaBefore(m.end(), f.start())) return null;
                MentionIndex.Hit h = index.overlapping(doc.id(), m.start(), m.end()).stream()
                        .filter(x -> x.mention().equals(m)).findFirst().orElse(null);
                if (h == null) return null;
                return new Attribution(speakers.forSeat(h.entity().id(), m.start(), m.end()), m.text(), m.start(), m.end(), toks.get(s.firstToken()).word());
            }
            String pos = t.pos() == null ? "" : t.pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.startsWith("NN")) return null;
        }
        return null;
    }

    /** The name of a speaking entity that starts at a token, or null. */
    private EntityMention nameAt(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
            EntityMention m = h.mention();
            if (m.kind() == EntityMention.Kind.name && m.start() == t.start() && SPEAKING_TYPES.contains(h.entity().type())) return m;
        }
        return null;
    }

    /** Whether a comma stands between the end of the name and the quotation, outside any quotation mark. */
    private boolean commaBefore(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') return true;
            if (QUOTE_MARKS.indexOf(c) >= 0) return false;
        }
        return false;
    }
}
