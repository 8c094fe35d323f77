package dev.parallax.quote;

import dev.parallax.corpus.QuoteSpan;

import java.util.ArrayList;
import java.util.List;

/** Quotations in single marks that the annotator left unpaired ("'The plan is a victory for nobody,' he said"). */
final class SingleQuotations extends QuoteRule implements QuoteFinder {

    private final MarkedQuotations marked;

    SingleQuotations(QuoteRule same, MarkedQuotations marked) {
        super(same);
        this.marked = marked;
    }

    @Override
    public List<Found> find(List<Found> known) {
        return singleQuoted(known);
    }

    /**
     * "'The plan is a victory for nobody,' he said": quotations in single marks the annotator left unpaired. An
     * opening mark starts a word; the closing one ends a word (an apostrophe inside a word or a plural possessive is
     * no close) within the paragraph.
     */
    private List<Found> singleQuoted(List<Found> known) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '\'' && c != '‘') continue;
            boolean atStart = k == 0 || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == ':'
                    || text.charAt(k - 1) == '(' || text.charAt(k - 1) == '—';
            if (!atStart || !Character.isLetterOrDigit(text.charAt(k + 1)) || Found.insideAny(known, k + 1)) continue;
            int pe = text.indexOf('\n', k);
            if (pe < 0) pe = text.length();
            int close = closing(c, k + 1, pe);
            if (close < 0) continue;
            if (close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) continue;
            if (Found.overlapsAny(known, k + 1, close) || Found.overlapsAny(out, k + 1, close)) continue;
            Found f = marked.direct(new QuoteSpan(k, close + 1, text.substring(k, close + 1), 0, 0));
            if (f == null || words(f.start(), f.end()) < 3) continue;
            out.add(f);
            k = close;
        }
        return out;
    }
}
