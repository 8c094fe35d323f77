package dev.parallax.quote;

import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reports cited to a source with "according to X": the clause qualified and the source that speaks. */
final class AccordingTo extends QuoteRule {

    AccordingTo(QuoteRule same) {
        super(same);
    }

    Found accordingTo(Sentence s, int according, List<Found> direct) {
        // "X is Y, according to Z, because W": the content is the sentence without the attribution phrase.
        Token head = null;
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.isProperNoun() || t.pos() != null && t.pos().startsWith("NN") || "PRP".equals(t.pos())) head = t;
            if (t.word().equals(",") || t.word().equals(".")) break;
        }
        if (head == null || !isSource(head)) return null;
        int phraseStart = according, phraseEnd = head.index() + 1;
        int first = s.firstToken(), last = s.endToken() - 1;
        while (last > first && isPunct(toks.get(last))) last--;
        int start, end;
        if (phraseStart - first >= 4) {
            int e = phraseStart - 1;
            while (e > first && isPunct(toks.get(e))) e--;
            start = toks.get(first).start();
            end = toks.get(e).end();
        } else {
            int b = phraseEnd;
            while (b < last && isPunct(toks.get(b))) b++;
            start = toks.get(b).start();
            end = toks.get(last).end();
        }
        if (end <= start || Found.overlapsAny(direct, start, end)) return null;
        return new Found(start, end, Quote.Kind.indirect, s.index(), s.index());
    }

    private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials", "diplomat",
            "diplomats", "report", "reports", "expert", "experts", "analyst", "analysts", "people", "person",
            "government", "ministry", "spokesperson", "spokesman", "spokeswoman", "media", "statement", "survey",
            "poll", "data", "figures", "estimates", "documents", "insiders", "aides", "witnesses", "residents");

    /** Whether "according to X" cites a speaker (a named entity, a pronoun, or "sources"), not a text ("Article 10"). */
    private boolean isSource(Token head) {
        if (head.isPronoun() || SOURCE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) return true;
        // A name the tagger saw, even if resolution left it out ("according to Dombrovskis" misspelt).
        if (head.isProperNoun() && head.ner() != null && Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION",
                "STATE_OR_PROVINCE").contains(head.ner())) {
            return true;
        }
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            String type = h.entity().type();
            if (type.equals("PERSON") || type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE")) return true;
        }
        return false;
    }

    Token accordingHead(Sentence s, int according) {
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.word().equals(",") || t.word().equals(".")) break;
            if (t.isProperNoun() || (t.pos() != null && t.pos().startsWith("NN")) || t.isPronoun()) {
                Token next = k + 1 < s.endToken() ? toks.get(k + 1) : null;
                if (next == null || !(next.isProperNoun())) return t;
            }
        }
        return null;
    }
}
