package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static dev.parallax.resolve.NameWords.*;

/** Adds hyphenated names the tokenizer cut up ("Barrow-in-Furness", "Chandrayaan-3"). */
final class HyphenCompounds implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return addHyphenCompounds(spans, at.tokens());
    }

    /**
     * Names written as one hyphenated word that the tokenizer cut up and the tagger left unlabelled: a place whose
     * capitalised parts are joined by particles ("Barrow-in-Furness"), or a capitalised name with a number
     * ("Chandrayaan-3"). Tagged pieces inside the compound give way to it.
     */
    static List<NameSpan> addHyphenCompounds(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> compounds = new ArrayList<>();
        for (int i = 0; i + 2 < toks.size(); i++) {
            Token first = toks.get(i);
            String w = first.word();
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || !w.chars().allMatch(Character::isLetter) || (i > 0 && attached(toks, i - 1, i))) {
                continue;
            }
            int j = i + 1;
            boolean particles = false;
            while (j + 1 < toks.size() && toks.get(j).word().equals("-") && attached(toks, j - 1, j) && attached(toks, j, j + 1)
                    && HYPHEN_PARTICLES.contains(toks.get(j + 1).word())) {
                particles = true;
                j += 2;
            }
            if (j + 1 >= toks.size() || !toks.get(j).word().equals("-") || !attached(toks, j - 1, j) || !attached(toks, j, j + 1)) continue;
            String last = toks.get(j + 1).word();
            boolean place = particles && Character.isUpperCase(last.charAt(0)) && last.chars().allMatch(Character::isLetter);
            boolean numbered = !particles && last.matches("\\d{1,3}");
            int end = j + 2;
            if (!(place || numbered) || (end < toks.size() && attached(toks, end - 1, end) && !isPossessiveMark(toks.get(end)))) continue;
            String type = place ? "CITY" : "MISC";
            for (NameSpan sp : spans) if (sp.first() == i && sp.end() == i + 1 && numbered) type = sp.type();
            compounds.add(new NameSpan(i, end, type));
            i = end - 1;
        }
        // A tagged name reaching beyond the compound ("Chandrayaan-3 Mission") keeps its own span.
        compounds.removeIf(c -> spans.stream().anyMatch(sp -> sp.first() < c.end() && c.first() < sp.end()
                && !(c.first() <= sp.first() && sp.end() <= c.end())));
        if (compounds.isEmpty()) return spans;
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan sp : spans) {
            if (compounds.stream().noneMatch(c -> c.first() <= sp.first() && sp.end() <= c.end())) out.add(sp);
        }
        out.addAll(compounds);
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }
}
