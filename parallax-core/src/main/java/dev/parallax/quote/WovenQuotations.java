package dev.parallax.quote;

import dev.parallax.corpus.Quote;

import java.util.ArrayList;
import java.util.List;

/** Partial quotations woven into reported speech: which of the two is kept, and which is listed first. */
final class WovenQuotations extends QuoteRule {

    WovenQuotations(QuoteRule same) {
        super(same);
    }

    /**
     * "The statement said the arrangement would “set the highest standard”": when the quoted words make up half of a
     * report, or a third and its end, the report is that quotation woven in; it is given once, as the partial
     * quotation. A quoted word inside a paraphrase ("China would “firmly defend” its companies", "has the meaning of
     * “rehabilitation”") leaves both.
     */
    List<Found> withoutMixedQuotations(List<Found> reported, List<Found> quoted) {
        List<Found> out = new ArrayList<>();
        for (Found r : reported) {
            int words = words(r.start(), r.end()), inQuotes = 0;
            for (Found q : quoted) {
                if (q.kind() == Quote.Kind.partial && q.start() >= r.start() && q.end() <= r.end()) inQuotes += words(q.start(), q.end());
            }
            boolean mixed = inQuotes * 2 >= words || inQuotes * 3 >= words && endsWithQuotation(r, quoted);
            if (inQuotes == 0 || !mixed) out.add(r);
        }
        return out;
    }

    /** Whether a report's last words are a quotation ("... has “never been more vital”"). */
    private boolean endsWithQuotation(Found r, List<Found> quoted) {
        for (Found q : quoted) {
            if (q.kind() == Quote.Kind.partial && q.start() >= r.start() && q.end() <= r.end() && words(q.end(), r.end()) == 0) return true;
        }
        return false;
    }

    /**
     * A report with quoted words woven in ("said the plan was “full of holes”") is, first of all, a partial
     * quotation: the quoted words are listed before the report that carries them, so that a reader taking the first
     * quotation at a place gets the speaker's own words.
     */
    static List<Quote> quotedWordsFirst(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        for (int i = 0; i < out.size(); i++) {
            Quote r = out.get(i);
            if (r.kind() != Quote.Kind.indirect) continue;
            for (int j = i + 1; j < out.size(); j++) {
                Quote q = out.get(j);
                if (q.start() >= r.end()) break;
                // The quoted words may run past the report's end ("remained “ironclad.”" ends the report before
                // the full stop the quotation keeps).
                if (q.kind() == Quote.Kind.partial) {
                    out.remove(j);
                    out.add(i, q);
                    i++;
                }
            }
        }
        return out;
    }
}
