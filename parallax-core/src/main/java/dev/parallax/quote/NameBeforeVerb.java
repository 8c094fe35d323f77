package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A partial quotation right after a name and a present-tense speech verb the tagger took for a plural noun. */
final class NameBeforeVerb extends QuoteRule implements AttributionRule {

    NameBeforeVerb(QuoteRule same) {
        super(same);
    }

    @Override
    public Attribution attribute(Found f) {
        return f.kind() == Quote.Kind.partial ? nameAndVerbBefore(f) : null;
    }

    /**
     * "... that Kyiv judges « a failure »": a name right before a present-tense speech verb right before the quoted
     * words, where the tagger took the verb for a plural noun.
     */
    private Attribution nameAndVerbBefore(Found f) {
        List<Token> before = at.tokensIn(Math.max(0, f.start() - 80), f.start());
        int k = before.size() - 1;
        while (k >= 0 && before.get(k).word().chars().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0 || c == '`')) k--;
        if (k < 1) return null;
        Token verb = before.get(k);
        String w = verb.word().toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || w.length() < 4) return null;
        String stem = w.endsWith("es") && SpeechVerbs.LEMMAS.contains(w.substring(0, w.length() - 2)) ? w.substring(0, w.length() - 2)
                : w.substring(0, w.length() - 1);
        if (!SpeechVerbs.LEMMAS.contains(stem)) return null;
        Token name = before.get(k - 1);
        for (MentionIndex.Hit h : index.overlapping(doc.id(), name.start(), name.end())) {
            if (h.mention().kind() != EntityMention.Kind.name || h.mention().end() != name.end()) continue;
            String type = h.entity().type();
            if (!Set.of("PERSON", "ORG", "GPE", "MEDIA").contains(type)) continue;
            // A seat of government speaks for its country ("Kyiv judges" is Ukraine's judgement).
            // (The tagger may have typed the city as anything.)
            String id = gazetteer.seatOf(h.entity().name()).map(g -> index.byName(g.name())).map(Entity::id).orElse(h.entity().id());
            return new Attribution(id, h.mention().text(), h.mention().start(), h.mention().end(), verb.word());
        }
        return null;
    }
}
