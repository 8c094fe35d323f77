package dev.parallax.resolve;

import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.NameWords.*;

/** A name followed by "or" / "also known as" and a second name of the same kind: one thing under two names. */
final class AlternativeNames {

    private AlternativeNames() {}

    static final java.util.regex.Pattern ALTERNATIVE = java.util.regex.Pattern.compile(
            ",?\\s+(?:or|(?:also\\s+)?known\\s+as|also\\s+called)\\s+");

    /**
     * "the Treaty on the Free Zone of the South or Bangkok Treaty": a name followed by "or" / "also known as" and a
     * second name without an article, both of one kind and with the same head word, is one thing under two names;
     * the second is linked to the first (as an acronym is to its long form). "the Kyoto Protocol or the Paris
     * Agreement" names two things.
     */
    static List<Candidate> alternativeNames(String text, List<Token> toks, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k), b = out.get(k + 1);
            if (a.isPerson() || b.isPerson() || a.sentence() != b.sentence() || b.longForm() != null || a.metonymOf() != null
                    || !a.ner().equals(b.ner()) || a.end() >= b.start() || a.wordCount() < 2 || b.wordCount() < 2) {
                continue;
            }
            if (!ALTERNATIVE.matcher(text.substring(a.end(), b.start())).matches()) continue;
            String head = typeOfPhrase(toks, b.firstToken(), b.endToken()) == null ? null
                    : Names.fold(toks.get(b.endToken() - 1).word());
            if (head == null || !Names.words(a.name()).contains(head) || Names.fold(a.name()).equals(Names.fold(b.name()))) continue;
            out.set(k + 1, new Candidate(b.doc(), b.start(), b.end(), b.text(), b.name(), b.ner(), b.sentence(), b.firstToken(),
                    b.endToken(), b.honorific(), b.title(), b.role(), b.affiliations(), a.name(), b.metonymOf()));
        }
        return out;
    }
}
