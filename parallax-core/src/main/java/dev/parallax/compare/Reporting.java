package dev.parallax.compare;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a sentence reports what it says, read from the parse: on whose account ("according to Amnesty", "the commission
 * said"), and whether a figure is a value found or only a rule, a condition or a possibility ("a candidate needs
 * 12.5% to go through", "if turnout tops 60%", "could reach 30"). Two accounts of a count by two named bodies, and
 * a rule set beside a measured value, are no contradiction between the sources.
 */
final class Reporting {

    /** Verbs by which a named body gives the figures of the clause they govern. */
    private static final Set<String> TELLING = Set.of("say", "tell", "report", "announce", "state", "confirm", "estimate",
            "add", "claim");
    /** Verbs that report what their complement says, told, thought or promised: the complement is what is asserted. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "state", "confirm", "add",
            "claim", "repeat", "reiterate", "insist", "warn", "stress", "emphasize", "emphasise", "explain", "write",
            "declare", "vow", "promise", "pledge", "argue", "maintain", "indicate", "assure", "predict", "believe",
            "think", "affirm", "assert", "acknowledge", "admit", "note", "suggest", "signal", "hint", "recall", "reply");
    /** Verbs by which a body proclaims a result as its own finding ("declared X the winner with 51%"). */
    private static final Set<String> DECLARING = Set.of("declare", "proclaim");
    /** Entity types that can be a figure's teller. */
    private static final Set<String> TELLER_TYPES = Set.of("PERSON", "ORG", "MEDIA");
    /** Modal verbs of possibility or obligation; "will" states a plan or a forecast as the source's own fact. */
    private static final Set<String> MODALS = Set.of("would", "could", "should", "must", "may", "might", "can", "shall",
            "'d", "ought");
    /** Verbs whose object is a threshold, not a value reached ("needs 289 seats", "requires two-thirds"). */
    private static final Set<String> NEEDING = Set.of("need", "require");
    /**
     * Subordinators of a condition. "Once" is left out: "puts the cost at €2 billion once upkeep is included" reports
     * a value, and a parse often hangs the figure inside such a clause.
     */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "provided");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Determiners of a generic subject ("any candidate who ...", "every party that ..."). */
    private static final Set<String> GENERIC = Set.of("any", "every", "whoever", "whichever");

    private Reporting() {}

    /**
     * The bodies a sentence gives its content on the account of: those after "according to", and the subject of a
     * verb of telling heading the sentence or set beside it ("22 were killed, the commission said"), or of a root verb
     * proclaiming a result; a body named by a common noun ("the opposition says") is "~" and the noun's lemma.
     */
    static Set<String> tellers(AnnotatedText at, Sentence s, MentionIndex index, String doc) {
        List<Token> tokens = at.tokensOf(s);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!lower(tokens.get(i)).equals("according") || !lower(tokens.get(i + 1)).equals("to")) continue;
            int end = i + 2;
            while (end < tokens.size() && !Set.of(",", ";", ".", ":", "(", ")").contains(tokens.get(end).word())) end++;
            if (end == i + 2) continue;
            addEntities(out, index, doc, tokens.get(i + 2).start(), tokens.get(end - 1).end());
        }
        for (Token verb : tokens) {
            if (verb.lemma() == null || !verb.isVerb()) continue;
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            boolean telling = TELLING.contains(lemma)
                    && ("root".equals(verb.deprel()) && hasChild(tokens, verb, "ccomp") || "parataxis".equals(verb.deprel()));
            // "The council declared X the winner, giving him 51%": a result proclaimed is the proclaimer's account.
            boolean declaring = DECLARING.contains(lemma) && "root".equals(verb.deprel());
            if (!telling && !declaring) continue;
            for (Token c : tokens) {
                if (c.head() == verb.index() && c.deprel() != null && c.deprel().startsWith("nsubj")) {
                    int before = out.size();
                    addEntities(out, index, doc, c.start(), c.end());
                    // "The opposition says ...", "Officials said ...": a body the text names by a common noun tells
                    // its own account as a named one does.
                    if (out.size() == before && c.pos() != null && c.pos().startsWith("NN") && !c.pos().startsWith("NNP")
                            && c.lemma() != null) {
                        out.add("~" + c.lemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The predicate a sentence asserts: its root, or for a root verb of telling that is not itself denied ("the
     * ministry said it would not comment") the head of the complement it reports. Null for a sentence without a root.
     */
    static Token reported(AnnotatedText at, Sentence s) {
        List<Token> tokens = at.tokensOf(s);
        Token root = null;
        for (Token t : tokens) if ("root".equals(t.deprel())) root = t;
        if (root == null || root.lemma() == null || !root.isVerb() || !REPORTING.contains(root.lemma().toLowerCase(Locale.ROOT))) return root;
        Token complement = null;
        for (Token c : tokens) {
            if (c.head() != root.index() || c.deprel() == null) continue;
            if (c.deprel().equals("advmod") && NEGATIONS.contains(lower(c))) return root;
            if (c.deprel().equals("ccomp") && complement == null) complement = c;
        }
        return complement == null ? root : complement;
    }

    /**
     * Whether the figure at {@code start} is given as a rule, a condition or a possibility rather than as a value
     * found: a modal or a verb of needing above it, a condition's subordinator on a clause above it, or a generic
     * subject ("any candidate who wins 12.5% goes through"). The climb stops at a verb of telling: "the minister
     * said 40 could die" is the minister's possibility, and "could say that 40 died" is rare.
     */
    static boolean hypothetical(AnnotatedText at, Sentence s, int start, int end) {
        List<Token> tokens = at.tokensOf(s);
        List<Token> span = at.tokensIn(start, end);
        Token x = span.stream().filter(t -> "CD".equals(t.pos())).findFirst().orElse(span.isEmpty() ? null : span.get(0));
        for (int depth = 0; x != null && depth < 12; depth++) {
            String lemma = x.lemma() == null ? "" : x.lemma().toLowerCase(Locale.ROOT);
            if (x.isVerb() && NEEDING.contains(lemma)) return true;
            for (Token c : tokens) {
                if (c.head() != x.index() || c.deprel() == null) continue;
                if (c.deprel().startsWith("aux") && MODALS.contains(lower(c))) return true;
                if (c.deprel().equals("mark") && CONDITIONS.contains(lower(c))) return true;
                if (c.deprel().startsWith("nsubj") && generic(tokens, c)) return true;
            }
            if ("acl:relcl".equals(x.deprel()) && x.head() >= 0 && generic(tokens, at.tokens().get(x.head()))) return true;
            if (x.isVerb() && TELLING.contains(lemma)) return false;
            if (x.head() < s.firstToken() || x.head() >= s.endToken()) break;
            x = at.tokens().get(x.head());
        }
        return false;
    }

    private static boolean generic(List<Token> tokens, Token noun) {
        if (GENERIC.contains(lower(noun))) return true;
        for (Token c : tokens) if (c.head() == noun.index() && "det".equals(c.deprel()) && GENERIC.contains(lower(c))) return true;
        return false;
    }

    private static void addEntities(Set<String> out, MentionIndex index, String doc, int start, int end) {
        for (MentionIndex.Hit h : index.overlapping(doc, start, end)) {
            if (TELLER_TYPES.contains(h.entity().type())) out.add(h.entity().id());
        }
    }

    private static boolean hasChild(List<Token> tokens, Token head, String rel) {
        for (Token c : tokens) if (c.head() == head.index() && rel.equals(c.deprel())) return true;
        return false;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
