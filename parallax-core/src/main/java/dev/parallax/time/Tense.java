package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether what a time expression dates lies in the past, the present or the future of the writing: read from the
 * verb that governs the expression in the dependency parse (its tense and auxiliaries), and from words such as
 * "upcoming", "ongoing" or "ago".
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "'ll", "’ll");
    private static final Set<String> FUTURE_WORDS = Set.of("upcoming", "next", "coming", "forthcoming",
            "scheduled", "expected", "due", "planned", "slated", "set", "plans", "intends", "aims", "tomorrow",
            // "deposits starting Friday": a period announced to begin
            "starting", "beginning");
    /** Verbs that commit to a later act: "agreed to", "promised to", "vowed to". */
    static final Set<String> COMMITMENTS = Set.of("agree", "promise", "pledge", "vow", "undertake", "commit");
    private static final Set<String> SCHEDULE_WORDS = Set.of("due", "scheduled", "expected", "slated", "planned", "set");
    private static final Set<String> PRESENT_WORDS = Set.of("ongoing", "current", "currently", "now", "today", "underway");
    private static final Set<String> PAST_WORDS = Set.of("ago", "last", "previous", "earlier", "yesterday", "former", "recently");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "''", "``", "\u201c", "\u201d", "\u00bb", "\u00ab");

    /** The tense in which the clause containing tokens [first, end) of a document speaks. */
    public static Tense of(AnnotatedText at, int first, int end) {
        List<Token> toks = at.tokens();
        if (first >= toks.size()) return UNKNOWN;
        Sentence s = at.sentences().get(toks.get(first).sentence());
        for (int k = first; k < end; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (PAST_WORDS.contains(w)) return PAST;
            if (w.equals("next") || w.equals("coming") || w.equals("upcoming") || w.equals("tomorrow")) return FUTURE;
            if (w.equals("today") || w.equals("now")) return PRESENT;
        }
        // "Police said restrictions would be lifted by Thursday": a modal between the report and the date looks ahead,
        // whatever the parser attaches the date to.
        for (int k = first - 1; k >= s.firstToken(); k--) {
            Token t = toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            // "would bring voters back after the low turnout of the vote in March": an act that what would happen
            // comes after may lie on either side of the writing.
            if (w.equals("would") && comesBefore(toks, toks.get(end - 1), s)) return UNKNOWN;
            if (FUTURE_MARKERS.contains(w) || w.equals("would")) return FUTURE;
            if (t.isVerb() && !"MD".equals(t.pos()) && t.lemma() != null && Set.of("say", "tell", "add", "announce").contains(t.lemma())) break;
            // "will this week begin dissolving the bodies under the plan that he unveiled on Friday": a verb in the
            // simple past between the modal and the date heads a clause of its own, which the modal does not reach.
            if ("VBD".equals(t.pos()) || "VBN".equals(t.pos()) && hasSubject(toks, t, s)) break;
            if (w.equals(",") && k < first - 6) break;
            // '"I will stay," she declared on Saturday': a modal inside a quotation before the date is the speaker's.
            if (QUOTE_MARKS.contains(w)) break;
            // "have said they would consider it, and on Thursday the junta signed": a new clause begins.
            if (w.equals(";") || (w.equals("and") || w.equals("but")) && k > s.firstToken()
                    && toks.get(k - 1).word().equals(",")) break;
        }
        Token verb = governingVerb(toks, toks.get(end - 1), s);
        Tense local = verb == null ? UNKNOWN : ofVerb(toks, verb, s);
        if (local != UNKNOWN) return local;
        // "flew to Niamey on Sunday to mediate": a purpose infinitive the parser hangs the date on is done when the
        // act it serves is.
        Token served = purposeOf(toks, verb, s);
        if (served != null) {
            Tense outer = ofVerb(toks, served, s);
            if (outer == PAST) return PAST;
        }
        // "The turmoil follows the collapse of the bank on Friday", "after the vote on Sunday": an act that something
        // else comes after is past.
        if (comesBefore(toks, toks.get(end - 1), s)) return PAST;
        // A verb in the simple present or the base form ("takes over on 1 December", "proposed that leaders meet in
        // November") says nothing of the side; another verb of the sentence ("said") does not speak for it.
        if (verb != null && verb.isVerb() && Set.of("VBZ", "VBP", "VB").contains(verb.pos())) return UNKNOWN;
        // "said on Thursday, calling for protests on Saturday": what is called or prepared for is aimed at, after the
        // call, not told by the sentence's past.
        if (aimedAt(toks, toks.get(end - 1), verb, s)) return UNKNOWN;
        // No parse path to a verb: the sentence's own markers decide.
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (FUTURE_MARKERS.contains(w)) return FUTURE;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) if ("VBD".equals(toks.get(k).pos())) return PAST;
        return UNKNOWN;
    }

    /** Verbs whose "for" names what they aim at: "calling for protests", "appealed for calm", "braced for storms". */
    private static final Set<String> AIMING = Set.of("call", "appeal", "push", "press", "ask", "plead", "campaign",
            "prepare", "brace", "wait", "mobilise", "mobilize");

    /**
     * Whether the date dates what a verb of aiming aims at ("calling for protests on Saturday"), or a noun introduced
     * by "for" ("a call for protests on Saturday"): a day after the call, not one the sentence's past tells.
     */
    private static boolean aimedAt(List<Token> toks, Token t, Token verb, Sentence s) {
        if (t.head() < 0) return false;
        Token noun = toks.get(t.head());
        boolean aimingVerb = verb != null && verb.lemma() != null && AIMING.contains(verb.lemma().toLowerCase(Locale.ROOT));
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (!"case".equals(c.deprel()) || !c.word().equalsIgnoreCase("for")) continue;
            if (c.head() == noun.index() && noun.pos() != null && noun.pos().startsWith("NN")) return true;
            if (aimingVerb && c.head() >= 0 && toks.get(c.head()).head() == verb.index()) return true;
        }
        return false;
    }

    /** Prepositions that put the noun they introduce before what is told: "after the vote", "since the rescue". */
    private static final Set<String> AFTER_WORDS = Set.of("after", "since", "following");

    /**
     * Whether the noun a time expression dates is an act that something else is said to follow: the object of
     * "follow" or the noun of "after", "since", "following" (through a coordination: "the collapse on Friday and
     * the decision on Sunday").
     */
    private static boolean comesBefore(List<Token> toks, Token t, Sentence s) {
        Token cur = t;
        for (int steps = 0; steps < 6 && cur.head() >= 0; steps++) {
            Token head = toks.get(cur.head());
            if (head.isVerb()) {
                return "obj".equals(cur.deprel()) && head.lemma() != null && head.lemma().equalsIgnoreCase("follow")
                        && !"VBG".equals(head.pos()) && !"VBN".equals(head.pos());
            }
            cur = head;
            if (cur.pos() == null || !cur.pos().startsWith("NN")) return false;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token c = toks.get(k);
                if (c.head() == cur.index() && "case".equals(c.deprel()) && AFTER_WORDS.contains(c.word().toLowerCase(Locale.ROOT))) return true;
            }
            if (!"conj".equals(cur.deprel()) && !"obj".equals(cur.deprel()) && !"nmod".equals(cur.deprel())) return false;
        }
        return false;
    }

    /** The verb a to-infinitive adverbial clause ("to try to mediate") serves, or null if it is not one. */
    private static Token purposeOf(List<Token> toks, Token verb, Sentence s) {
        if (verb == null || !"VB".equals(verb.pos()) || !"advcl".equals(verb.deprel()) || verb.head() < 0) return null;
        boolean to = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() == verb.index() && "mark".equals(c.deprel()) && c.word().equalsIgnoreCase("to")) to = true;
        }
        Token gov = toks.get(verb.head());
        return to && gov.isVerb() ? gov : null;
    }

    static Token governingVerb(List<Token> toks, Token t, Sentence s) {
        Token cur = t;
        for (int steps = 0; steps < 6 && cur.head() >= 0; steps++) {
            cur = toks.get(cur.head());
            if (cur.isVerb() || isPredicateAdjective(toks, cur, s)) return cur;
        }
        return cur.isVerb() ? cur : null;
    }

    /** "is ongoing", "is due": an adjective or participle heading the clause through a copula. */
    private static boolean isPredicateAdjective(List<Token> toks, Token t, Sentence s) {
        if (t.pos() == null || !(t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) return false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() == t.index() && "cop".equals(c.deprel())) return true;
        }
        return false;
    }

    private static Tense ofVerb(List<Token> toks, Token verb, Sentence s) {
        boolean perfect = false, progressive = false, passivePresent = false, passivePast = false, scheduled = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() != verb.index()) continue;
            String w = c.word().toLowerCase(Locale.ROOT);
            String rel = c.deprel() == null ? "" : c.deprel();
            if (rel.startsWith("aux") || rel.equals("cop")) {
                if (FUTURE_MARKERS.contains(w)) return FUTURE;
                if (w.equals("would") || w.equals("could") || w.equals("might") || w.equals("may")) return UNKNOWN;
                // "have until Tuesday to decide": "have to" with a bare verb is an obligation, not a perfect.
                if ((w.equals("has") || w.equals("have") || w.equals("had")) && !"VB".equals(verb.pos())) perfect = true;
                if (w.equals("did")) return PAST;
                if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s")) {
                    if ("VBN".equals(verb.pos())) passivePresent = true;
                    else progressive = true;
                }
                if (w.equals("was") || w.equals("were")) passivePast = true;
                if ("to".equals(w) && isFutureIntention(toks, verb)) return FUTURE;
            }
            if (rel.equals("mark") && w.equals("to") && isFutureIntention(toks, verb)) return FUTURE;
            if (PRESENT_WORDS.contains(w)) return PRESENT;
            // "talks which are due to finish on December 12", parsed with "due to" as a preposition of "finish".
            if (SCHEDULE_WORDS.contains(w) && Set.of("case", "mark", "advmod", "fixed").contains(rel)) scheduled = true;
        }
        if (scheduled && !perfect && !passivePast) return FUTURE;
        String lw = verb.word().toLowerCase(Locale.ROOT);
        // "first light planned for 2028", "a vote scheduled for May": the plan is past, the event ahead.
        // "protesters had set fire to it": "set" in an active perfect is a deed done, not a schedule.
        // "crews set off charges on Monday evening": a phrasal verb ("set off", "set up") is an act, not a schedule.
        if (FUTURE_WORDS.contains(lw) && !(perfect && !passivePast && !passivePresent && hasObject(toks, verb, s))
                && !hasParticle(toks, verb, s)) return FUTURE;
        if (PRESENT_WORDS.contains(lw)) return PRESENT;
        if (perfect || passivePast || "VBD".equals(verb.pos())) return PAST;
        // The simple present also announces schedules ("the forum meets on 3 June"): only a progressive or an
        // explicit "ongoing" / "currently" places the event at the time of writing.
        if (progressive || (passivePresent || "VBZ".equals(verb.pos()) || "VBP".equals(verb.pos())) && saysNow(toks, s)) {
            return PRESENT;
        }
        // "a plan unveiled on Monday": a passive participle reducing a relative clause reports something done; a
        // plan still ahead is "to be unveiled" or "scheduled", caught above.
        if ("VBN".equals(verb.pos()) && "acl".equals(verb.deprel())) return PAST;
        // "the plan that the mayor unveiled on Friday" tagged as a participle: with a subject of its own and no
        // auxiliary it is a simple past.
        if ("VBN".equals(verb.pos()) && hasSubject(toks, verb, s)) return PAST;
        // Other bare participles ("damaging the cable") carry no tense of their own.
        return UNKNOWN;
    }

    /** Whether a verb has a subject of its own ("the plan that the mayor unveiled"): a finite clause. */
    private static boolean hasSubject(List<Token> toks, Token verb, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() == verb.index() && c.deprel() != null && c.deprel().equals("nsubj")) return true;
        }
        return false;
    }

    private static boolean hasObject(List<Token> toks, Token verb, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() == verb.index() && ("obj".equals(c.deprel()) || "dobj".equals(c.deprel()))) return true;
        }
        return false;
    }

    private static boolean hasParticle(List<Token> toks, Token verb, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = toks.get(k);
            if (c.head() == verb.index() && "compound:prt".equals(c.deprel())) return true;
        }
        return false;
    }

    private static boolean saysNow(List<Token> toks, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (PRESENT_WORDS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean hasPastAuxiliary(List<Token> toks, Token t) {
        int from = Math.max(0, t.index() - 4);
        for (int k = from; k < t.index(); k++) {
            Token c = toks.get(k);
            if (c.head() != t.index() || c.deprel() == null || !(c.deprel().startsWith("aux") || c.deprel().equals("cop"))) continue;
            String w = c.word().toLowerCase(Locale.ROOT);
            if (w.equals("had") || w.equals("was") || w.equals("were")) return true;
        }
        return false;
    }

    /** "expected to attend", "plans to visit": an infinitive under a verb of intention or expectation. */
    private static boolean isFutureIntention(List<Token> toks, Token verb) {
        if (verb.head() < 0) return false;
        Token gov = toks.get(verb.head());
        // "went to Brussels to attend" and "planned to" speak of the past; "had been scheduled to end", "was due to
        // close" of a plan made in the past, which may or may not lie ahead of the writing.
        String word = gov.word().toLowerCase(Locale.ROOT);
        String lemma = gov.lemma() == null ? word : gov.lemma().toLowerCase(Locale.ROOT);
        // "had agreed to step down on Wednesday", "promised to leave by Friday": what one commits to is still ahead
        // when the commitment is reported.
        if (COMMITMENTS.contains(lemma)) return true;
        if ("VBD".equals(gov.pos()) || hasPastAuxiliary(toks, gov)) return false;
        if (lemma.equals("go")) return word.equals("going");
        return Set.of("expect", "schedule", "plan", "intend", "aim", "set", "due", "seek", "hope", "prepare")
                .contains(lemma);
    }
}
