package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation's name the tagger cut in two at a place or group name inside it ("Community of Latin American" and
 * "Caribbean States", "Centre of Latin American Studies of" and "Buenos Aires"), put back together when an acronym
 * in brackets follows it: the acronym defines the whole name, which its last piece alone cannot spell.
 */
final class PiecesBeforeAcronym implements SpanRule {

    /** Words that join the pieces of one name. */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "on", "de", "del", "des", "du", "la", "y", "et", "&");

    @Override
    public List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at) {
        List<Token> toks = at.tokens();
        List<NameSpan> out = new ArrayList<>(spans);
        out.sort(java.util.Comparator.comparingInt(NameSpan::first));
        for (int k = 1; k < out.size(); k++) {
            NameSpan last = out.get(k);
            int e = last.end();
            if (e + 2 >= toks.size() || !Brackets.isOpen(toks.get(e)) || !Brackets.isClose(toks.get(e + 2)) || !Names.isAcronym(toks.get(e + 1).word())) {
                continue;
            }
            String letters = toks.get(e + 1).word().replace(".", "").toLowerCase(Locale.ROOT);
            if (letters.equals(Names.acronymLetters(text.substring(toks.get(last.first()).start(), toks.get(e - 1).end())))) continue;
            NameSpan before = out.get(k - 1);
            if (!"ORGANIZATION".equals(before.type()) || before.end() > last.first() || last.first() - before.end() > 2
                    || toks.get(before.first()).sentence() != toks.get(e).sentence()) {
                continue;
            }
            boolean joined = true;
            for (int j = before.end(); j < last.first(); j++) joined &= JOINERS.contains(toks.get(j).word().toLowerCase(Locale.ROOT));
            if (!joined) continue;
            out.set(k - 1, new NameSpan(before.first(), e, "ORGANIZATION"));
            out.remove(k);
            k--;
        }
        return out;
    }
}
