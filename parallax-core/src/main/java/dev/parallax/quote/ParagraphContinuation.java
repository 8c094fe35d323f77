package dev.parallax.quote;

import dev.parallax.corpus.Quote;

/** A direct quotation standing alone goes on in the voice of the quotation before it. */
final class ParagraphContinuation extends QuoteRule implements AttributionRule {

    private final SpeakerChain chain;

    ParagraphContinuation(QuoteRule same, SpeakerChain chain) {
        super(same);
        this.chain = chain;
    }

    @Override
    public Attribution attribute(Found f) {
        if (f.kind() != Quote.Kind.direct) return null;
        // "“…,” said Ana Lim, who asked that her name not be printed. “…”": a report without a speaker inside the
        // attribution does not interrupt the voice of the direct quotation before it in the paragraph.
        if (chain.lastQuoteSpeaker == null && chain.lastDirectSpeaker != null && chain.lastDirectEnd < chain.lastQuoteEnd
                && chain.lastDirectEnd <= f.start() && paragraphEnd(chain.lastDirectEnd) >= f.end()) {
            return new Attribution(chain.lastDirectSpeaker, null, null, null, null);
        }
        if (chain.lastQuoteSpeaker == null) return null;
        // A paragraph that is only a quotation, right after a quoted paragraph.
        if (startsParagraph(f.start()) && paragraphStart(f.start()) <= chain.lastQuoteParagraphEnd + 2) {
            return new Attribution(chain.lastQuoteSpeaker, null, null, null, null);
        }
        // "“…,” Mr Albanese said. “It will make Australia safer.”": a bare quotation after an attributed one in the
        // same paragraph goes on in the same voice.
        if (chain.lastQuoteEnd >= 0 && chain.lastQuoteEnd <= f.start() && paragraphEnd(chain.lastQuoteEnd) >= f.end()) {
            return new Attribution(chain.lastQuoteSpeaker, null, null, null, null);
        }
        return null;
    }
}
