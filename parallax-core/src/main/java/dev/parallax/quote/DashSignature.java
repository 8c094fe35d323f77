package dev.parallax.quote;

import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;

/** A pull quotation signed after a dash ("“…” — Ana Lim, chair of the board"). */
final class DashSignature extends QuoteRule implements AttributionRule {

    DashSignature(QuoteRule same) {
        super(same);
    }

    @Override
    public Attribution attribute(Found f) {
        return f.kind() == Quote.Kind.direct ? dashAttribution(f) : null;
    }

    /**
     * A pull quotation signed after a dash ("“…” — Ana Lim, chair of the board, in remarks to ..."): the person or
     * organisation named right after the dash.
     */
    private Attribution dashAttribution(Found f) {
        int i = f.end();
        while (i < text.length() && (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0 || " \t\n,.".indexOf(text.charAt(i)) >= 0)) i++;
        if (i >= text.length() || "—–-".indexOf(text.charAt(i)) < 0) return null;
        i++;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), i, Math.min(text.length(), i + 1))) {
            String type = h.entity().type();
            if (h.mention().start() != i || h.mention().kind() != EntityMention.Kind.name) continue;
            if (!type.equals("PERSON") && !type.equals("ORG")) continue;
            return new Attribution(h.entity().id(), h.mention().text(), h.mention().start(), h.mention().end(), "—");
        }
        return null;
    }
}
