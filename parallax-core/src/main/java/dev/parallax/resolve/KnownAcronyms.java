package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/** Adds acronyms the tagger left untagged that the gazetteer knows or the document defines or repeats. */
final class KnownAcronyms implements SpanRule {

    private final Gazetteer gazetteer;

    KnownAcronyms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return addKnownAcronyms(spans, at);
    }

    /** Acronyms the tagger leaves untagged ("G7") that the gazetteer knows or the document defines in parentheses. */
    List<NameSpan> addKnownAcronyms(List<NameSpan> spans, AnnotatedText at) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (NameSpan s : spans) covered.set(s.first(), s.end());
        Set<String> defined = new java.util.HashSet<>();
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (toks.get(i - 1).word().equals("(") && Names.isAcronym(toks.get(i).word())) defined.add(toks.get(i).word());
        }
        // An acronym of three letters or more used twice in running text is a name even undefined ("JASMO").
        java.util.Map<String, Integer> uses = new java.util.HashMap<>();
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = toks.get(i).word();
                if (isAcronymLike(w) && w.chars().filter(Character::isLetter).count() >= 3) uses.merge(w, 1, Integer::sum);
            }
        }
        uses.forEach((w, n) -> {
            if (n >= 2) defined.add(w);
        });
        // "Ana María Vela Ruiz, known as AMVR": a person's initials, used once, in the article that names the person.
        Set<String> initials = new java.util.HashSet<>();
        for (NameSpan s : spans) {
            if (!s.type().equals("PERSON") || s.end() - s.first() < 3) continue;
            StringBuilder b = new StringBuilder();
            for (int k = s.first(); k < s.end(); k++) {
                String f = Names.fold(toks.get(k).word());
                if (!f.isEmpty()) b.append(f.charAt(0));
            }
            if (b.length() >= 3) initials.add(b.toString());
        }
        List<NameSpan> out = new ArrayList<>(spans);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (covered.get(i) || !isAcronymLike(t.word()) || !t.word().chars().anyMatch(Character::isLetter)) continue;
            if (i > 0 && toks.get(i - 1).word().equals("(")) continue;
            var e = gazetteer.lookup(t.word());
            boolean person = e.isEmpty() && initials.contains(t.word().replace(".", "").toLowerCase(java.util.Locale.ROOT));
            if (e.isEmpty() && !defined.contains(t.word()) && !person) continue;
            if (person) {
                out.add(new NameSpan(i, i + 1, "PERSON"));
                continue;
            }
            String type = e.map(x -> switch (x.type()) {
                case "GPE" -> "COUNTRY";
                case "LOC" -> "LOCATION";
                default -> "ORGANIZATION";
            }).orElse("ORGANIZATION");
            out.add(new NameSpan(i, i + 1, type));
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }
}
