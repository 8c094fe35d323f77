package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.parallax.resolve.NameWords.isRoleWord;
import static dev.parallax.resolve.NameWords.isTemporal;
import static dev.parallax.resolve.NameWords.startsUpper;
import static dev.parallax.resolve.NameWords.typeOfPhrase;

/**
 * "told the Sentinel that ...": a capitalised name the tagger left unlabelled after "told the" is the news outlet
 * a person spoke to. Names with the head word of an organisation ("told the Senate") and the bodies people address
 * in person ("told the House") are not outlets.
 */
final class ToldOutlets implements SpanRule {

    /** Capitalised words after "told the" that name an audience, not an outlet. */
    private static final Set<String> AUDIENCES = Set.of("house", "commons", "lords", "chamber", "court", "panel",
            "inquiry", "hearing", "meeting", "crowd", "audience", "press", "nation", "country", "world", "board",
            "cabinet", "summit", "conference", "people");

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        List<Token> toks = at.tokens();
        BitSet covered = new BitSet();
        for (NameSpan s : spans) covered.set(s.first(), s.end());
        List<NameSpan> out = null;
        for (int i = 2; i < toks.size(); i++) {
            if (!toks.get(i - 2).word().equalsIgnoreCase("told") || !toks.get(i - 1).word().equals("the")) continue;
            int sentence = toks.get(i - 2).sentence();
            int j = i;
            while (j < toks.size() && j - i < 3 && toks.get(j).sentence() == sentence && outletWord(toks.get(j)) && !covered.get(j)) j++;
            if (j == i || (j < toks.size() && toks.get(j).sentence() == sentence && startsUpper(toks.get(j)))) continue;
            if (typeOfPhrase(toks, i, j) != null || AUDIENCES.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) continue;
            if (out == null) out = new ArrayList<>(spans);
            out.add(new NameSpan(i, j, "MEDIA"));
        }
        if (out == null) out = new ArrayList<>(spans);
        boolean renamed = placeNamedOutlets(out, toks, covered);
        if (out.size() == spans.size() && !renamed) return spans;
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /** Labels of places, which a newspaper named after its city or country starts with. */
    private static final Set<String> PLACE_LABELS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "GPE");

    /**
     * "told The Siam Ledger", "told the Harbour City Post": after "told the", a name the tagger labelled a place and
     * followed by capitalised nouns it left unlabelled is a newspaper named after its place; the place span becomes
     * the outlet's name (a capitalised "The" stays in it, see {@link CapitalisedArticle}). Returns whether any span
     * changed.
     */
    private static boolean placeNamedOutlets(List<NameSpan> spans, List<Token> toks, BitSet covered) {
        boolean changed = false;
        for (int k = 0; k < spans.size(); k++) {
            NameSpan sp = spans.get(k);
            int f = sp.first();
            boolean article = toks.get(f).word().equalsIgnoreCase("the");
            int told = article ? f - 1 : f - 2;
            if (!PLACE_LABELS.contains(sp.type()) || told < 0 || !toks.get(told).word().equalsIgnoreCase("told")
                    || !article && !toks.get(f - 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            int sentence = toks.get(f).sentence();
            int j = sp.end();
            while (j < toks.size() && j - sp.end() < 2 && toks.get(j).sentence() == sentence && outletWord(toks.get(j)) && !covered.get(j)) j++;
            if (j == sp.end() || (j < toks.size() && toks.get(j).sentence() == sentence && startsUpper(toks.get(j)))) continue;
            if (typeOfPhrase(toks, sp.end(), j) != null || AUDIENCES.contains(toks.get(sp.end()).word().toLowerCase(Locale.ROOT))) continue;
            spans.set(k, new NameSpan(f, j, "MEDIA"));
            changed = true;
        }
        return changed;
    }

    private static boolean outletWord(Token t) {
        String w = t.word();
        return startsUpper(t) && t.pos() != null && t.pos().startsWith("NN") && w.chars().allMatch(Character::isLetter) && "O".equals(t.ner())
                && !isRoleWord(t) && !isTemporal(t) && !Names.isHonorific(w);
    }
}
