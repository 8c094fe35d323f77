package dev.parallax.quote;

import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.QuoteSpan;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Quotations in the quote marks the annotator paired: direct when they stand as speech, partial when woven into a sentence. */
final class MarkedQuotations extends QuoteRule implements QuoteFinder {

    MarkedQuotations(QuoteRule same) {
        super(same);
    }

    @Override
    public List<Found> find(List<Found> known) {
        List<Found> found = new ArrayList<>();
        for (QuoteSpan q : at.quoteSpans()) {
            if (closesLowMark(q.start())) continue;
            Found f = direct(q);
            if (f != null) found.add(f);
        }
        return found;
    }

    /**
     * Whether a straight double quote closes a low mark opened before it in its paragraph („…"): the annotator,
     * which pairs straight marks only, takes it for an opening one; the low-mark rule pairs it instead.
     */
    private boolean closesLowMark(int pos) {
        if (pos <= 0 || pos >= text.length() || text.charAt(pos) != '"') return false;
        char prev = text.charAt(pos - 1);
        if (!Character.isLetterOrDigit(prev) && ".,!?;…".indexOf(prev) < 0) return false;
        int from = Math.max(0, text.lastIndexOf('\n', pos) + 1);
        int low = text.lastIndexOf('„', pos);
        return low >= from && text.indexOf('"', low) == pos;
    }

    /** A quotation from quote marks, without the marks: direct if it stands as speech, partial if woven into a sentence. */
    Found direct(QuoteSpan q) {
        int s = q.start(), e = q.end();
        while (s < e && (QUOTE_MARKS.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) s++;
        while (e > s && (QUOTE_MARKS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) e--;
        while (e > s && ",;".indexOf(text.charAt(e - 1)) >= 0) e--;
        if (e <= s) return null;
        List<Token> inside = at.tokensIn(s, e);
        if (inside.isEmpty()) return null;
        int words = (int) inside.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
        int before = q.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        char prev = before < 0 ? '\n' : text.charAt(before);
        boolean standsAlone = prev == '\n' || prev == ':' || prev == '.' || prev == ',' || prev == '?' || prev == '!'
                || prev == '—' || prev == '–';
        Quote.Kind kind = standsAlone && words >= 4 || wholeUtterance(q, s, e, inside, standsAlone) ? Quote.Kind.direct : Quote.Kind.partial;
        if (kind == Quote.Kind.partial && (isName(s, e) || isTitleCase(inside))) return null;
        return new Found(s, e, kind, inside.get(0).sentence(), inside.get(inside.size() - 1).sentence());
    }

    /**
     * Whether short quoted words are a whole utterance though woven into the sentence: a capitalised exclamation or
     * question ("shouted “Enough!”"), capitalised words right after a verb of speech ("saying “We lost two
     * presidents”"), or the opening of a quotation an attribution interrupts ("“The rest,” she said, “…”"), which
     * ends with a comma inside its marks.
     */
    private boolean wholeUtterance(QuoteSpan q, int s, int e, List<Token> inside, boolean standsAlone) {
        if (!Character.isUpperCase(text.charAt(s))) return false;
        char last = text.charAt(e - 1);
        if (last == '!' || last == '?') return true;
        int close = q.end() - 1;
        while (close > s && (QUOTE_MARKS.indexOf(text.charAt(close)) >= 0 || Character.isWhitespace(text.charAt(close)))) close--;
        if (standsAlone && text.charAt(close) == ',') return true;
        Token first = inside.get(0);
        if (first.index() == 0) return false;
        Token before = toks.get(first.index() - 1);
        if (QUOTE_MARKS.indexOf(before.word().charAt(0)) >= 0 || before.word().equals("``")) {
            before = first.index() >= 2 ? toks.get(first.index() - 2) : before;
        }
        return inside.size() >= 4 && SpeechVerbs.is(before, toks) && !isTitleCase(inside);
    }

    /** A name in quote marks ("‘Cyber Defense Center of Excellence (CCDCOE)’") is a name, not a quotation. */
    private boolean isName(int start, int end) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), start, end)) {
            // Most of the quotation ("Cyber Defense Center (CCDCOE)"), not a name opening a chant ("Lim go home").
            boolean most = h.mention().end() - h.mention().start() >= 0.6 * (end - start);
            if (h.mention().start() <= start + 1 && h.mention().end() >= end - 8 && most && h.mention().kind() == EntityMention.Kind.name) return true;
        }
        return false;
    }

    /** The title of a work or document ("70 Years of Postwar Talk"): every content word capitalised. */
    private static boolean isTitleCase(List<Token> inside) {
        int content = 0, caps = 0;
        for (Token t : inside) {
            String w = t.word();
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) continue;
            if (Set.of("of", "the", "a", "an", "and", "for", "in", "on", "to").contains(w)) continue;
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) caps++;
        }
        return content >= 2 && content <= 10 && caps == content;
    }
}
