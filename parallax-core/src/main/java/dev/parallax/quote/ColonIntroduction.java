package dev.parallax.quote;

import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;

/** "He said:" ending the sentence before a quotation introduces it. */
final class ColonIntroduction extends QuoteRule implements AttributionRule {

    private final VerbAttribution verbs;

    ColonIntroduction(QuoteRule same, VerbAttribution verbs) {
        super(same);
        this.verbs = verbs;
    }

    @Override
    public Attribution attribute(Found f) {
        if (f.kind() == Quote.Kind.indirect || f.sentence() <= 0) return null;
        Sentence prev = at.sentences().get(f.sentence() - 1);
        String before = text.substring(prev.start(), f.start()).strip();
        if (before.endsWith(":") || before.endsWith(":\"") || before.endsWith(":“")) return verbs.attributionIn(f, prev.index());
        return null;
    }
}
