package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static dev.parallax.resolve.NameWords.*;

/** Adds capitalised phrases ending in a head word of a programme, event, organisation or place. */
final class HeadedChunks implements SpanRule {

    private final Gazetteer gazetteer;

    HeadedChunks(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return addChunks(spans, at, text);
    }

    /** Capitalised phrases ending in a head word ("... Partnership Program", "Taiwan Strait") the tagger missed. */
    List<NameSpan> addChunks(List<NameSpan> spans, AnnotatedText at, String text) {
        List<Token> toks = at.tokens();
        List<NameSpan> chunks = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token ti = toks.get(i);
                boolean initial = i == s.firstToken();
                if (!(initial ? isCapitalised(ti) : startsUpper(ti)) || isDeterminer(ti) || isRoleWord(ti)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken()) {
                    Token t = toks.get(j);
                    if (isTemporal(t)) break;
                    if (startsUpper(t) || t.word().equals("-") || t.word().equals("–")) {
                        j++;
                    } else if (t.word().equalsIgnoreCase("of") && j + 1 < s.endToken() && j > i
                            && toks.get(j + 1).word().matches("\\d{1,3}") && "CD".equals(toks.get(j + 1).pos())) {
                        j += 2; // "Group of 77"
                        break;
                    } else if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.word().equalsIgnoreCase("the")
                            && j + 1 < s.endToken() && startsUpper(toks.get(j + 1)) && !isTemporal(toks.get(j + 1))) {
                        // "the" joins names only after another connector ("Bank of the North"): "told the Herald the
                        // African Union ..." is two names.
                        j++;
                    } else if (isPluralPossessive(toks, j) && j + 1 < s.endToken() && startsUpper(toks.get(j + 1))) {
                        j++; // "Leaders' Declaration", "Ministers' Meeting"
                    } else if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && j + 2 < s.endToken()
                            && toks.get(j + 1).word().equals("the") && startsUpper(toks.get(j + 2)) && !isTemporal(toks.get(j + 2))) {
                        j += 2; // "Treaty on the Non-Proliferation ..."
                    } else {
                        break;
                    }
                }
                int end = beforeTrailingPerson(spans, toks, i, j);
                // A run that is all a trailing person's name leaves no phrase to type (and no token before it).
                String type = end > i ? typeOfPhrase(toks, i, end) : null;
                if (type != null && end - i >= 2 && !isOrganiserAndEventNoun(spans, i, end, type)) chunks.add(new NameSpan(i, end, type));
                i = end > i && end < j ? end : j;
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            boolean covered = false;
            for (NameSpan c : chunks) if (c.first() <= s.first() && s.end() <= c.end()) covered = true;
            if (!covered) out.add(s);
        }
        for (NameSpan c : chunks) {
            boolean cuts = false;
            for (NameSpan s : spans) {
                boolean overlap = s.first() < c.end() && c.first() < s.end();
                boolean inside = c.first() <= s.first() && s.end() <= c.end();
                if (overlap && !inside) cuts = true;
            }
            if (!cuts) out.add(c);
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /**
     * The apostrophe of a plural possessive inside a name ("the Farmers' Union", "the Leaders’ Declaration"): after
     * a capitalised plural common noun, not after a place or other name the gazetteer knows ("the Philippines'").
     */
    boolean isPluralPossessive(List<Token> toks, int j) {
        String w = toks.get(j).word();
        if (!(w.equals("'") || w.equals("’")) || j == 0) return false;
        Token before = toks.get(j - 1);
        String pos = before.pos() == null ? "" : before.pos();
        return before.end() == toks.get(j).start() && startsUpper(before) && before.word().endsWith("s")
                && (pos.equals("NNS") || pos.equals("NNPS")) && gazetteer.lookup(before.word()).isEmpty();
    }

    /**
     * "Head of the Foreign Ministry Anna Vell": a capitalised run that ends in a tagged person name is a title
     * followed by the name; the run stops before the person.
     */
    static int beforeTrailingPerson(List<NameSpan> spans, List<Token> toks, int first, int end) {
        for (NameSpan s : spans) {
            if (!s.type().equals("PERSON") || s.end() != end || s.first() <= first) continue;
            int cut = s.first();
            while (cut > first && isHonorificToken(toks.get(cut - 1))) cut--;
            return cut;
        }
        return end;
    }

    /** "NATO Summit" is a tagged organiser plus an event noun: an event reference, left to the event finder. */
    static boolean isOrganiserAndEventNoun(List<NameSpan> spans, int first, int end, String type) {
        if (!type.equals("EVENT")) return false;
        // Only a named organiser or host makes this an event reference; "Cold" (MISC) + "War" is one name.
        for (NameSpan s : spans) if (s.first() == first && s.end() == end - 1 && !s.type().equals("MISC")) return true;
        return false;
    }
}
