package dev.parallax.quote;

import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Verbs that attribute speech or writing ("said", "told", "pointed out", "the statement reads"). */
final class SpeechVerbs {

    static final Set<String> LEMMAS = Set.of("say", "tell", "state", "add", "note", "stress", "emphasize",
            "emphasise", "warn", "argue", "claim", "explain", "announce", "insist", "suggest", "highlight",
            "reiterate", "accuse", "deny", "write", "continue", "reply", "respond", "ask", "urge", "assert", "declare",
            "confirm", "acknowledge", "admit", "observe", "remark", "comment", "predict", "vow", "pledge", "promise",
            "read", "mention", "report", "tweet", "post", "criticize", "criticise", "condemn", "welcome", "praise",
            "express", "describe", "believe", "think", "contend", "recall", "caution", "conclude",
            "disclose", "reveal", "testify", "concede", "charge", "allege", "complain", "rebut", "counter", "indicate",
            "propose", "agree", "signal", "inform", "brief", "call", "reject", "dismiss", "label", "brand", "hail",
            "slam", "blast", "decry", "denounce", "dub", "term", "assure", "guarantee", "voice", "underline", "underscore", "estimate", "judge", "regret", "deplore", "lament", "reproach");

    /** Words that make "point" a speech verb: "pointed out". */
    private static final Set<String> PARTICLES = Set.of("out");

    private SpeechVerbs() {}

    static boolean is(Token t, List<Token> toks) {
        if (t.pos() == null || !t.pos().startsWith("VB")) return false;
        // "must be maintained", "it can be said": a passive verb reports nobody's speech; "has not explained"
        // reports that nothing was said.
        for (int k = Math.max(0, t.index() - 4); k < t.index(); k++) {
            Token c = toks.get(k);
            if (c.head() != t.index()) continue;
            if ("aux:pass".equals(c.deprel())) return false;
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) return false;
        }
        String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
        if (LEMMAS.contains(lemma)) return true;
        if (lemma.equals("point")) {
            for (Token c : toks) if (c.head() == t.index() && PARTICLES.contains(c.word().toLowerCase(Locale.ROOT))) return true;
            return t.index() + 1 < toks.size() && toks.get(t.index() + 1).word().equalsIgnoreCase("out");
        }
        return false;
    }
}
