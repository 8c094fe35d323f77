package dev.parallax.quote;

import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reports cited to a source with "according to X": the clause qualified and the source that speaks. */
final class AccordingTo extends QuoteRule {

    AccordingTo(QuoteRule same) {
        super(same);
    }

    Found accordingTo(Sentence s, int according, List<Found> direct) {
        // "X is Y, according to Z, because W": the content is the sentence without the attribution phrase.
        Token head = null;
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.isProperNoun() || t.pos() != null && t.pos().startsWith("NN") || "PRP".equals(t.pos())) head = t;
            if (t.word().equals(",") || t.word().equals(".")) break;
        }
        int phraseEnd = head == null ? -1 : head.index() + 1;
        Token cited = toks.get(according).head() >= 0 ? toks.get(toks.get(according).head()) : null;
        if (head != null && "case".equals(toks.get(according).deprel()) && cited.index() > according
                && cited.index() < head.index() && cited.pos() != null && (cited.pos().startsWith("NN") || cited.isPronoun())) {
            // "According to the organisers there were 10,000 people": without a comma the phrase ends where the
            // parse ends the noun phrase that "according to" governs.
            int[] np = nounPhrase(cited, s);
            if (subtreeSpan(cited, s)[1] <= head.index()) {
                head = cited;
                phraseEnd = np[1];
            }
        }
        if (head == null || !isSource(head)) return null;
        int phraseStart = according;
        int first = s.firstToken(), last = s.endToken() - 1;
        // "It did not suffice: according to X, a dozen deputies defected": a colon or semicolon before the phrase
        // closes another clause; the report starts after it.
        for (int k = according - 1; k > s.firstToken(); k--) {
            String w = toks.get(k).word();
            if (w.equals(":") || w.equals(";")) {
                first = k + 1;
                break;
            }
        }
        Token clause = relativeClauseOf(head, s);
        if (clause != null) {
            // "a unit of account, which, according to his words, will not replace the currencies": the relative
            // clause the phrase sits in is what was said, from after the phrase.
            int[] span = subtreeSpan(clause, s);
            first = phraseEnd;
            last = span[1] - 1;
            phraseStart = first;
        }
        while (last > first && isPunct(toks.get(last))) last--;
        // "Ana Lim has told investigators that she was cleared, according to the police": the clause before the
        // phrase is a speaker's own report, which the speech verb quotes; the source only relays it.
        if (phraseStart - first >= 4 && clause == null && reportsSpeech(first, phraseStart, s)) return null;
        int start, end;
        if (phraseStart - first >= 4) {
            int e = phraseStart - 1;
            while (e > first && isPunct(toks.get(e))) e--;
            start = toks.get(first).start();
            end = toks.get(e).end();
        } else {
            int b = phraseEnd;
            while (b < last && isPunct(toks.get(b))) b++;
            start = toks.get(b).start();
            end = toks.get(last).end();
        }
        // A quoted word inside the report ("wants a text “historic”") is left to the partial-quotation check.
        if (end <= start || Found.overlapsAny(Found.whole(direct), start, end)) return null;
        return new Found(start, end, Quote.Kind.indirect, s.index(), s.index());
    }

    /** Whether tokens [from, to) hold the main speech verb of the sentence with a subject and a complement clause of its own. */
    private boolean reportsSpeech(int from, int to, Sentence s) {
        for (int k = from; k < to; k++) {
            Token v = toks.get(k);
            if (!"root".equals(v.deprel()) || !SpeechVerbs.is(v, toks)) continue;
            return hasChild(v, s, "nsubj") && hasChild(v, s, "ccomp");
        }
        return false;
    }

    private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials", "diplomat",
            "diplomats", "report", "reports", "expert", "experts", "analyst", "analysts", "people", "person",
            "government", "ministry", "spokesperson", "spokesman", "spokeswoman", "media", "statement", "survey",
            "poll", "data", "figures", "estimates", "documents", "insiders", "aides", "witnesses", "residents",
            "decision", "ruling", "verdict", "judgment", "judgement");

    /**
     * People and bodies that speak, by the lemma of the noun ("the negotiators", "the Chinese side", "his entourage",
     * "the summit's presidency"), unlike texts and plans ("according to the treaty", "according to schedule").
     */
    private static final Set<String> SPEAKING_BODIES = Set.of("negotiator", "delegate", "delegation", "side", "camp",
            "entourage", "office", "presidency", "team", "staff", "spokesperson", "spokesman", "spokeswoman", "aide",
            "adviser", "advisor", "organiser", "organizer", "participant", "observer", "investigator", "prosecutor",
            "police", "authority", "embassy", "administration", "cabinet", "ministry", "government", "insider",
            "witness", "resident", "scientist", "economist", "researcher", "lawyer", "representative", "envoy",
            "diplomat", "official", "source", "expert", "analyst", "executive", "newspaper", "paper", "daily", "agency",
            "broadcaster", "union", "association", "organisation", "organization", "deputy", "lawmaker", "legislator",
            "senator", "activist", "protester", "journalist", "correspondent", "professor", "historian", "commentator",
            "regulator", "watchdog", "supervisor", "service", "court", "tribunal", "commission", "committee", "council");
    /** Sayings that, with an owner, cite that owner ("according to his words", "according to her estimate"). */
    private static final Set<String> OWNED_SAYINGS = Set.of("word", "statement", "estimate", "account", "remark",
            "version", "testimony", "calculation", "assessment");

    /**
     * People around someone, who speak for them only with an owner ("according to his relatives", "according to her
     * close ones", a calque of the French "ses proches").
     */
    static final Set<String> PEOPLE_AROUND = Set.of("one", "relative", "family", "friend", "associate", "ally",
            "colleague", "relation", "intimate", "circle");

    /** Whether "according to X" cites a speaker (a named entity, a pronoun, or "sources"), not a text ("Article 10"). */
    private boolean isSource(Token head) {
        if (head.isPronoun() || SOURCE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) return true;
        if (head.pos() != null && head.pos().startsWith("NN") && !head.isProperNoun()
                && (SPEAKING_BODIES.contains(lemma(head)) || Speakers.GENERIC_ORGANISATIONS.contains(lemma(head)))) {
            return true;
        }
        if ((OWNED_SAYINGS.contains(lemma(head)) || PEOPLE_AROUND.contains(lemma(head))) && hasOwner(head)) return true;
        // A name the tagger saw, even if resolution left it out ("according to Dombrovskis" misspelt).
        if (head.isProperNoun() && head.ner() != null && Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION",
                "STATE_OR_PROVINCE").contains(head.ner())) {
            return true;
        }
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            String type = h.entity().type();
            if (type.equals("PERSON") || type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE")) return true;
        }
        return false;
    }

    /**
     * The relative clause an "according to" phrase opens ("which, according to X, will ..."): the clause's verb when
     * the phrase hangs on it and only its relative pronoun and commas come before the phrase.
     */
    private Token relativeClauseOf(Token noun, Sentence s) {
        if (noun.head() < 0) return null;
        Token verb = toks.get(noun.head());
        if (!"acl:relcl".equals(verb.deprel()) || verb.index() < noun.index()) return null;
        int[] span = subtreeSpan(verb, s);
        for (int k = span[0]; k < noun.index(); k++) {
            Token t = toks.get(k);
            boolean phrase = k >= noun.index() - 8 && (t.word().equalsIgnoreCase("according") || t.word().equalsIgnoreCase("to")
                    || t.head() == noun.index());
            if (!phrase && !isPunct(t) && !"WDT".equals(t.pos()) && !"WP".equals(t.pos())) return null;
        }
        return verb;
    }

    private boolean noCommaBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) if (toks.get(k).word().equals(",")) return false;
        return true;
    }

    /** Whether a token is (part of) a name the resolver made an entity of, whatever its part-of-speech tag. */
    private boolean namesEntity(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
            if (h.mention().kind() == dev.parallax.corpus.EntityMention.Kind.name) return true;
        }
        return false;
    }

    /** Whether a noun has an owner before it: a possessive pronoun or a name with "'s". */
    private boolean hasOwner(Token noun) {
        Sentence s = at.sentences().get(noun.sentence());
        for (Token c : children(noun, s)) {
            if ("nmod:poss".equals(c.deprel()) && c.index() < noun.index()) return true;
        }
        return false;
    }

    Token accordingHead(Sentence s, int according) {
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.word().equals(",") || t.word().equals(".")) break;
            // "according to his relatives": the owner is not the source ("according to his words" is the owner's).
            // Nor are "his lawyers" or "her party" his or hers: only his own sayings are ("according to his words").
            if ("PRP$".equals(t.pos()) && t.head() > k && !OWNED_SAYINGS.contains(lemma(toks.get(t.head())))) continue;
            if (t.isProperNoun() || (t.pos() != null && t.pos().startsWith("NN")) || t.isPronoun()) {
                // "according to the COP28 presidency": the body speaks, not the name that qualifies it.
                if ("compound".equals(t.deprel()) && t.head() > k && t.head() < s.endToken()
                        && Speakers.BODIES.contains(lemma(toks.get(t.head())))) {
                    continue;
                }
                // "according to the Tamil newspapers": a name that qualifies a common noun is not the source.
                if ("compound".equals(t.deprel()) && t.isProperNoun() && t.head() > k && t.head() < s.endToken()
                        && !toks.get(t.head()).isProperNoun() && SPEAKING_BODIES.contains(lemma(toks.get(t.head())))) {
                    continue;
                }
                // "according to the agency IRNA": a common noun that qualifies the name after it is not the source.
                if ("compound".equals(t.deprel()) && !t.isProperNoun() && t.head() > k && t.head() < s.endToken()
                        && namesEntity(toks.get(t.head())) && noCommaBetween(k, t.head())) {
                    continue;
                }
                Token next = k + 1 < s.endToken() ? toks.get(k + 1) : null;
                if (next == null || !(next.isProperNoun())) return t;
            }
        }
        return null;
    }
}
