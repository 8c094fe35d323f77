package dev.parallax.quote;

import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.Locale;
import java.util.Set;

/** A saying noun with its owner before the quotation ("Ana Lim's remark that ...", "His message was that ..."). */
final class PossessedSaying extends QuoteRule implements AttributionRule {

    private final Speakers speakers;

    PossessedSaying(QuoteRule same, Speakers speakers) {
        super(same);
        this.speakers = speakers;
    }

    @Override
    public Attribution attribute(Found f) {
        return possessedSaying(f);
    }

    private static final Set<String> SAYING_NOUNS = Set.of("remark", "message", "comment", "word", "speech", "claim",
            "warning", "assertion", "pledge", "promise", "argument", "view", "verdict", "statement", "answer", "reply",
            "advice", "assessment", "conclusion", "recommendation", "plea", "prediction", "diagnosis");

    /**
     * "Ana Lim's remark that there was “no case” ...", "His message was that the trend is “irreversible”": a saying
     * noun before the quotation in its sentence, with its owner named or a pronoun for them.
     */
    private Attribution possessedSaying(Found f) {
        Sentence s = at.sentences().get(f.sentence());
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token n = toks.get(k);
            if (n.start() >= f.start()) break;
            if (n.pos() == null || !n.pos().startsWith("NN") || !SAYING_NOUNS.contains(lemma(n))) continue;
            for (Token c : children(n, s)) {
                if (!"nmod:poss".equals(c.deprel()) || c.index() > n.index()) continue;
                String lw = c.word().toLowerCase(Locale.ROOT);
                if (lw.equals("his") || lw.equals("her")) {
                    // "His message was ...": whom coreference found, else the person last named as a subject.
                    String e = speakers.pronouns.linkedPerson(c);
                    if (e == null) e = speakers.pronouns.lastPersonSubject(c);
                    if (e != null) return new Attribution(e, c.word(), c.start(), c.end(), n.word());
                    continue;
                }
                Attribution a = speakers.speakerOf(c, s, n.word());
                if (a != null && a.entity() != null) return a;
            }
        }
        return null;
    }
}
