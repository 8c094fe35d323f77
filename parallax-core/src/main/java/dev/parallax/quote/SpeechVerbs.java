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
            "slam", "blast", "decry", "denounce", "dub", "term", "assure", "guarantee", "voice", "underline", "underscore", "estimate", "judge", "affirm", "threaten", "regret", "deplore", "lament", "reproach", "salute",
            "recognise", "recognize", "demand",
            // "maintained that ...", and the calque of "sostener"/"soutenir": "has sustained in an interview that ...".
            "maintain", "sustain");

    /**
     * Verbs that attribute only right after a quotation, in the inverted order of translated French or Spanish
     * articles ("«…», analyses the researcher", "“…”, sums up the minister"); elsewhere they report no speech.
     */
    static final Set<String> AFTER_QUOTATION = Set.of("analyse", "analyze", "summarise", "summarize", "confide",
            "ironise", "ironize", "quip", "joke", "retort", "recount", "sigh", "smile", "laugh", "specify", "detail",
            "nuance", "elaborate", "conclude", "insist", "launch", "hammer", "exclaim", "shout", "whisper", "rejoice",
            "worry", "plead",
            // Calques of "manifestar"/"préciser": "«…», has manifested the leader", "..., have precised the authorities".
            "manifest", "precise");

    /**
     * Verbs that report speech about the words quoted in their own phrase, though they take no reported clause
     * ("she spoke of a „new start“", "he pleaded for « a change »", "she thanked those who had “kept faith”", the calque
     * "he qualified her of « traitor »").
     */
    static final Set<String> ABOUT_QUOTED = Set.of("speak", "plead", "talk", "justify", "thank", "qualify");

    /** Whether a verb is one of {@link #ABOUT_QUOTED}. */
    static boolean aboutQuoted(Token t) {
        return t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null && ABOUT_QUOTED.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether a word is one of those verbs, whatever the tagger made of it ("analyses" may be taken for a plural noun). */
    static boolean afterQuotation(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos() == null || !t.pos().startsWith("VB") && !t.pos().startsWith("NNS")) return false;
        for (String stem : List.of(w, w.replaceFirst("s$", ""), w.replaceFirst("es$", ""), w.replaceFirst("d$", ""), w.replaceFirst("ed$", ""))) {
            if (AFTER_QUOTATION.contains(stem)) return true;
            // "«…», judges the researcher": any speech verb the tagger took for a plural noun after a quotation.
            if (t.pos().startsWith("NNS") && LEMMAS.contains(stem)) return true;
        }
        return t.lemma() != null && AFTER_QUOTATION.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

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
