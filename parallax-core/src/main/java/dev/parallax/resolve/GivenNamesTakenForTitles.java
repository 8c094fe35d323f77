package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;
import static dev.parallax.resolve.Roles.*;

/** Given names the tagger took for job titles ("President Rashid Al Noor"), joined to the name after them. */
final class GivenNamesTakenForTitles {

    private GivenNamesTakenForTitles() {}

    /**
     * "President Rashid Al Noor", where the tagger took the given name "Rashid" for a title: a word the corpus
     * also uses alone as a person's name after a courtesy title ("Dr Rashid") is a given name, not a title, and
     * joins the name after it. Candidates inside the widened name are dropped.
     */
    static List<Candidate> givenNamesTakenForTitles(List<Candidate> all, java.util.Map<String, String> texts,
                                                    java.util.Map<String, AnnotatedText> ats) {
        Set<String> given = new java.util.HashSet<>();
        for (Candidate c : all) {
            if (!c.isPerson() || c.wordCount() != 1 || c.honorific() == null) continue;
            String w = Names.fold(c.name());
            if (!ROLE_NOUNS.contains(w) && !Names.isHonorific(w) && !ROLE_MODIFIERS.contains(w)) given.add(w);
        }
        if (given.isEmpty()) return all;
        List<Candidate> widened = new ArrayList<>();
        java.util.Map<Candidate, Candidate> replace = new java.util.IdentityHashMap<>();
        for (Candidate c : all) {
            if (!c.isPerson() || c.honorific() != null || c.metonymOf() != null) continue;
            AnnotatedText at = ats.get(c.doc());
            String text = texts.get(c.doc());
            if (at == null || text == null || c.firstToken() < 1) continue;
            List<Token> toks = at.tokens();
            Token t = toks.get(c.firstToken() - 1);
            if (t.sentence() != c.sentence() || !startsUpper(t) || !given.contains(Names.fold(t.word()))
                    || Names.words(c.name()).contains(Names.fold(t.word()))) {
                continue;
            }
            int first = c.firstToken() - 1, spanFirst = first;
            String honorific = null;
            int h = first - 1;
            if (h >= 0 && toks.get(h).word().equals(".")) h--;
            if (h >= 0 && toks.get(h).sentence() == c.sentence() && Names.isHonorific(toks.get(h).word())) {
                honorific = toks.get(h).word();
                spanFirst = h;
            }
            int startChar = toks.get(spanFirst).start();
            String name = Names.stripPossessive(text.substring(t.start(), c.end()));
            Role r = roleBefore(text, toks, spanFirst);
            String role = r != null ? r.text() : c.role() != null && !c.role().endsWith(t.word()) ? c.role() : null;
            List<String> affiliations = r != null ? r.affiliations() : role != null ? c.affiliations() : List.of();
            Candidate w = new Candidate(c.doc(), startChar, c.end(), text.substring(startChar, c.end()), name, c.ner(),
                    c.sentence(), spanFirst, c.endToken(), honorific, titleBefore(text, toks, spanFirst), role,
                    affiliations, null, null);
            replace.put(c, w);
            widened.add(w);
        }
        if (replace.isEmpty()) return all;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            Candidate w = replace.get(c);
            if (w != null) {
                out.add(w);
                continue;
            }
            boolean inside = false;
            for (Candidate x : widened) {
                if (x.doc().equals(c.doc()) && x.start() <= c.start() && c.end() <= x.end()) inside = true;
            }
            if (!inside) out.add(c);
        }
        return out;
    }
}
