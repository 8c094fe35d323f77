package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.parallax.resolve.NameWords.*;

/** Extends a one-word name to the lower-case office or site noun after it ("the COP40 presidency"). */
final class LowerCaseHeads implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return withLowerCaseHeads(spans, at.tokens());
    }

    /** Lower-case head nouns that make a name before them the name of an office or a site ("COP40 presidency"). */
    static final java.util.Map<String, String> LOWER_CASE_HEADS = java.util.Map.of("ministry", "ORGANIZATION",
            "presidency", "ORGANIZATION", "embassy", "ORGANIZATION", "temple", "LOCATION", "mosque", "LOCATION",
            "cathedral", "LOCATION", "stadium", "LOCATION");

    /** Lower-case words between a demonym and "ministry" ("Ruritanian foreign ministry"). */
    static final Set<String> MINISTRY_PORTFOLIOS = Set.of("foreign", "defence", "defense", "finance", "trade",
            "commerce", "interior", "justice", "health", "economy", "energy", "environment", "education", "agriculture");

    /**
     * "the Ruritanian foreign ministry", "the Akshar temple", "the COP40 presidency": a one-word name or demonym
     * followed by a lower-case head noun of an office or a site is that office or site, written the way the text
     * writes it. Only the heads of {@link #LOWER_CASE_HEADS}, and for a ministry at most one portfolio word between.
     */
    static List<NameSpan> withLowerCaseHeads(List<NameSpan> spans, List<Token> toks) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        java.util.BitSet covered = new java.util.BitSet();
        for (NameSpan s : spans) covered.set(s.first(), s.end());
        for (NameSpan s : spans) {
            int h = s.end();
            if (s.end() - s.first() == 1 && !s.type().equals("PERSON") && h < toks.size()) {
                if (h + 1 < toks.size() && MINISTRY_PORTFOLIOS.contains(toks.get(h).word()) && toks.get(h + 1).word().equals("ministry")) h++;
                Token head = toks.get(h);
                String type = LOWER_CASE_HEADS.get(head.word());
                boolean nextIsName = h + 1 < toks.size() && startsUpper(toks.get(h + 1)) && toks.get(h + 1).sentence() == head.sentence();
                if (type != null && !covered.get(h) && head.sentence() == toks.get(s.first()).sentence() && !nextIsName
                        && (h == s.end() || head.word().equals("ministry"))) {
                    s = new NameSpan(s.first(), h + 1, type);
                }
            }
            out.add(s);
        }
        return out;
    }
}
