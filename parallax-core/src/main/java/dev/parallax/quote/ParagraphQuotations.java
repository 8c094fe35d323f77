package dev.parallax.quote;

import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

/** Quotations running over paragraphs, each paragraph reopening the quote marks ("said: 'The plan failed.⏎'It always would.'"). */
final class ParagraphQuotations extends QuoteRule implements QuoteFinder {

    ParagraphQuotations(QuoteRule same) {
        super(same);
    }

    @Override
    public List<Found> find(List<Found> known) {
        return openParagraphQuotes(known);
    }

    private static final String OPENING = "'‘\"“«";

    /**
     * A quotation running over paragraphs: a paragraph opens a quotation it does not close, and the next paragraph
     * opens it again ("said: 'The plan failed.⏎'It always would.'"). The annotator leaves such marks unpaired; each
     * paragraph's part is a direct quotation.
     */
    private List<Found> openParagraphQuotes(List<Found> known) {
        List<Found> out = new ArrayList<>();
        List<int[]> paras = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int nl = text.indexOf('\n', p);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(p, end).isBlank()) paras.add(new int[] {p, end});
            p = end + 1;
        }
        boolean continues = false;
        for (int i = 0; i < paras.size(); i++) {
            int ps = paras.get(i)[0], pe = paras.get(i)[1];
            while (ps < pe && Character.isWhitespace(text.charAt(ps))) ps++;
            while (pe > ps && Character.isWhitespace(text.charAt(pe - 1))) pe--;
            int open = -1;
            for (int k = ps; k < pe - 1; k++) {
                char c = text.charAt(k);
                if (OPENING.indexOf(c) < 0) continue;
                boolean atStart = k == ps || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == ':';
                if (atStart && Character.isLetterOrDigit(text.charAt(k + 1)) && (k == ps ? continues || !closes(k, pe) : true)) {
                    open = k;
                    break;
                }
            }
            boolean wasContinued = continues;
            continues = false;
            if (open < 0) continue;
            char mark = text.charAt(open);
            int close = closing(mark, open + 1, pe);
            boolean nextReopens = i + 1 < paras.size() && text.charAt(firstNonSpace(paras.get(i + 1)[0])) == mark;
            if (close < 0 && nextReopens) {
                continues = true;
                close = pe;
            } else if (!(wasContinued && open == ps && close > 0)) {
                continue;
            }
            int qs = open + 1, qe = close;
            while (qe > qs && (QUOTE_MARKS.indexOf(text.charAt(qe - 1)) >= 0 || Character.isWhitespace(text.charAt(qe - 1)))) qe--;
            if (qe <= qs || Found.overlapsAny(known, qs, qe)) continue;
            List<Token> inside = at.tokensIn(qs, qe);
            if (inside.size() < 4) continue;
            out.add(new Found(qs, qe, Quote.Kind.direct, inside.get(0).sentence(), inside.get(inside.size() - 1).sentence()));
        }
        return out;
    }
}
