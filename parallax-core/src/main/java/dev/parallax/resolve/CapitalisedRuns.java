package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** Adds runs of two or more capitalised words the tagger left unlabelled. */
final class CapitalisedRuns implements SpanRule {

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        return addCapitalisedRuns(spans, at);
    }

    /**
     * A run of two or more capitalised words inside a sentence that the tagger left unlabelled ("the Marlow
     * Reading Rooms", "the State of the Union"): a name. Runs at the start of a sentence or a quotation, in
     * headings, with a job title or a date in them, or touching a tagged name are left alone.
     */
    List<NameSpan> addCapitalisedRuns(List<NameSpan> spans, AnnotatedText at) {
        List<Token> toks = at.tokens();
        java.util.BitSet covered = new java.util.BitSet();
        for (NameSpan s : spans) covered.set(s.first(), s.end());
        List<NameSpan> out = new ArrayList<>(spans);
        for (Sentence s : at.sentences()) {
            if (isHeading(toks, s) || isShouted(toks, s)) continue;
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (!runWord(toks.get(i)) || i == s.firstToken() || !toks.get(i - 1).word().chars().anyMatch(Character::isLetterOrDigit)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.endToken()) {
                    if (runWord(toks.get(j))) {
                        j++;
                    } else if (toks.get(j).word().equals("of") && j + 1 < s.endToken() && runWord(toks.get(j + 1))) {
                        j++;
                    } else if (toks.get(j).word().equals("of") && j + 2 < s.endToken() && toks.get(j + 1).word().equals("the")
                            && runWord(toks.get(j + 2))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j - i >= 2 && (covered.nextSetBit(Math.max(0, i - 1)) < 0 || covered.nextSetBit(Math.max(0, i - 1)) > j)) {
                    String type = typeOfPhrase(toks, i, j);
                    out.add(new NameSpan(i, j, type == null ? "MISC" : type));
                }
                i = j;
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    static boolean runWord(Token t) {
        if (!startsUpper(t) || isRoleWord(t) || isTemporal(t) || Names.isHonorific(t.word())) return false;
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("NNP") || pos.startsWith("NN") || pos.equals("CD") || pos.startsWith("JJ");
    }
}
