package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Joins names the tagger split in two. */
final class AdjacentNames implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return mergeAdjacent(spans, at.tokens(), text);
    }

    /** Joins names the tagger split: "People's" + "Republic of China", "Japan" + "Defense Research Institute". */
    static List<NameSpan> mergeAdjacent(List<NameSpan> spans, List<Token> toks, String text) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            if (!out.isEmpty()) {
                NameSpan prev = out.get(out.size() - 1);
                if (prev.end() <= s.first() && toks.get(prev.end() - 1).sentence() == toks.get(s.first()).sentence()) {
                    String gap = text.substring(toks.get(prev.end() - 1).end(), toks.get(s.first()).start());
                    // "SSN-AUKUS" tokenised as three tokens is one name.
                    boolean hyphened = s.first() == prev.end() + 1 && toks.get(prev.end()).word().equals("-")
                            && toks.get(prev.end()).start() == toks.get(prev.end() - 1).end()
                            && toks.get(s.first()).start() == toks.get(prev.end()).end()
                            && !prev.type().equals("PERSON") && !s.type().equals("PERSON");
                    boolean adjacent = s.first() == prev.end() && gap.isBlank() || hyphened;
                    boolean personBoundary = prev.type().equals("PERSON") != s.type().equals("PERSON");
                    boolean orgOfPlace = s.first() == prev.end() + 1
                            && toks.get(prev.end()).word().equals("of")
                            && prev.type().equals("ORGANIZATION")
                            && (s.type().equals("COUNTRY") || s.type().equals("CITY"));
                    // "Prime Minister of Ruritania Anna Vell": a country, then a name with no head word of a place.
                    boolean countryThenName = prev.type().equals("COUNTRY") && s.end() - s.first() >= 2
                            && !s.type().equals("ORGANIZATION") && typeOfPhrase(toks, s.first(), s.end()) == null;
                    // "the Sri Lanka Podujana Peramuna": after an article, a country and a name that is no place's
                    // are one organisation's name, whatever the tagger made of the second part.
                    boolean countryOpensName = countryThenName && prev.first() > 0 && isDeterminer(toks.get(prev.first() - 1))
                            && "DT".equals(toks.get(prev.first() - 1).pos());
                    if ((adjacent && !personBoundary && !countryThenName) || orgOfPlace || adjacent && countryOpensName) {
                        String type = orgOfPlace || countryOpensName ? "ORGANIZATION" : s.type();
                        out.set(out.size() - 1, new NameSpan(prev.first(), s.end(), type));
                        continue;
                    }
                }
            }
            out.add(s);
        }
        return out;
    }
}
