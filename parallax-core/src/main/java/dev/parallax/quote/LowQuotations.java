package dev.parallax.quote;

import dev.parallax.corpus.QuoteSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in the marks of German, Czech, Polish and other central European usage, which the annotator does not
 * pair: low-high marks („…“, „…”, ‚…‘) and inward guillemets (»…«). A translated article keeps them, and its speech
 * is then quoted nowhere else.
 */
final class LowQuotations extends QuoteRule implements QuoteFinder {

    private final MarkedQuotations marked;

    LowQuotations(QuoteRule same, MarkedQuotations marked) {
        super(same);
        this.marked = marked;
    }

    @Override
    public List<Found> find(List<Found> known) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            String closers = switch (text.charAt(k)) {
                case '„' -> "“”\"";
                case '‚' -> "‘’";
                case '»' -> "«";
                default -> null;
            };
            if (closers == null || Found.insideAny(known, k + 1)) continue;
            // An opening mark starts a word and a closing one ends a word: the closing » of a French « … » is no opening.
            boolean opens = Character.isLetterOrDigit(text.charAt(k + 1)) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)));
            if (!opens) continue;
            // The quotation closes within its paragraph; an unclosed one is left to the paragraph rule's kind.
            int pe = text.indexOf("\n", k);
            if (pe < 0) pe = text.length();
            int close = -1;
            for (int i = k + 1; i < pe && close < 0; i++) {
                char c = text.charAt(i);
                boolean inWord = c == '’' && i + 1 < pe && Character.isLetter(text.charAt(i + 1));
                if (closers.indexOf(c) >= 0 && !inWord && !Character.isWhitespace(text.charAt(i - 1))) close = i;
            }
            if (close < 0) continue;
            if (Found.overlapsAny(known, k + 1, close) || Found.overlapsAny(out, k + 1, close)) continue;
            Found f = marked.direct(new QuoteSpan(k, close + 1, text.substring(k, close + 1), 0, 0));
            if (f != null) out.add(f);
            k = close;
        }
        return out;
    }
}
