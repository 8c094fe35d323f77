package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.Locale;
import java.util.Set;

/** Who speaks through a document ("the statement reads"): its signer, owner, issuer or the event that issued it. */
final class DocumentIssuers extends QuoteRule {

    private final Speakers speakers;

    DocumentIssuers(QuoteRule same, Speakers speakers) {
        super(same);
        this.speakers = speakers;
    }

    static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "communique", "communiqué", "declaration",
            "report", "document", "letter", "resolution", "release", "memo", "paper", "strategy", "concept",
            // A body's rulings and notices speak for whoever handed them down ("the decision indicated").
            "decision", "ruling", "verdict", "judgment", "judgement", "decree", "notice", "note", "bulletin",
            "announcement", "filing", "indictment");

    private static final Set<String> ISSUE_VERBS = Set.of("issue", "release", "publish", "adopt", "sign", "make",
            "unveil", "present", "draft", "approve", "put");

    static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique", "communiqué", "declaration",
            "release");

    /** "The letter, signed by the head of the guild Ana Lim, asks ...": whoever signed or issued the document. */
    String signer(Token noun, Sentence s) {
        for (Token c : children(noun, s)) {
            if (c.deprel() == null || !c.deprel().startsWith("acl") && !c.deprel().equals("appos")
                    && !(c.deprel().equals("dep") && c.isVerb())) {
                continue;
            }
            int[] span = subtreeSpan(c, s);
            for (int k = span[0]; k < span[1]; k++) {
                Token t = toks.get(k);
                if (t.deprel() == null || !t.deprel().startsWith("obl") || !hasPreposition(t, s, "by")) continue;
                Token verb = t.head() >= 0 ? toks.get(t.head()) : null;
                if (verb == null || !ISSUE_VERBS.contains(lemma(verb)) && !Set.of("write", "send", "author").contains(lemma(verb))) continue;
                String e = speakers.entityIn(subtreeSpan(t, s), t);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** "The ministry's statement", "the leaders’ joint statement": whoever the document belongs to. */
    String possessorOf(Token noun, Sentence s, int depth) {
        for (Token c : children(noun, s)) {
            if (c.index() > noun.index() || c.deprel() == null) continue;
            if (!c.deprel().equals("nmod:poss") && !c.deprel().equals("compound")) continue;
            if (c.isPronoun()) continue;
            String e = speakers.entityIn(nounPhrase(c, s), c);
            if (e == null && depth < 2 && ("NNS".equals(c.pos()) || c.deprel().equals("nmod:poss") || isDefinite(c, s))) {
                e = speakers.organisations.nominalAntecedent(c, nounPhrase(c, s), s, depth);
            }
            if (e != null) return e;
        }
        return null;
    }

    /** "the statement reads": whoever issued the statement, in the nearest earlier sentence that says so. */
    String authorOf(String noun, Sentence current, int depth) {
        for (int si = current.index(); si >= Math.max(0, current.index() - 6); si--) {
            Sentence s = at.sentences().get(si);
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = toks.get(k);
                if (!t.word().toLowerCase(Locale.ROOT).equals(noun) || t.head() < 0) continue;
                if (si == current.index() && t.start() >= toks.get(current.firstToken()).start() && "nsubj".equals(t.deprel())) continue;
                Token gov = toks.get(t.head());
                String lemma = gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT);
                // "Kemlu said in a written statement": a speech verb's setting names the issuer too.
                boolean saidIn = SpeechVerbs.is(gov, toks) && t.deprel() != null
                        && (t.deprel().equals("obl") || t.deprel().startsWith("nmod")) && hasPreposition(t, s, "in", "through");
                if (!ISSUE_VERBS.contains(lemma) && !saidIn) continue;
                Token subj = subjectOf(gov, s);
                if (subj == null) continue;
                if (subj.isPronoun()) return speakers.pronouns.lastPersonSubject(subj);
                String e = speakers.entityIn(nounPhrase(subj, s), subj);
                if (e == null && depth < 2) e = speakers.entityOfNominal(subj, nounPhrase(subj, s), s, depth + 1);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** "The communiqué issued during the summit", "a strategy published at a summit": the event's organiser. */
    String issuedAt(Token noun, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token verb = toks.get(k);
            boolean acl = verb.head() == noun.index() && verb.deprel() != null && verb.deprel().startsWith("acl");
            boolean governor = noun.head() == verb.index() && verb.lemma() != null && ISSUE_VERBS.contains(verb.lemma());
            if (!acl && !governor) continue;
            int[] span = subtreeSpan(verb, s);
            for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(span[0]).start(), toks.get(span[1] - 1).end())) {
                if (!h.entity().type().equals("EVENT")) continue;
                for (MentionIndex.Hit inner : index.within(doc.id(), h.mention().start(), h.mention().end())) {
                    String t = inner.entity().type();
                    if (t.equals("ORG") || t.equals("MEDIA")) return inner.entity().id();
                }
                return organiserOf(h.entity());
            }
        }
        return null;
    }

    /** The organisation named at the start of an event's mentions ("NATO" in "NATO summit in Vilnius"). */
    private String organiserOf(Entity event) {
        for (EntityMention m : event.mentions()) {
            for (MentionIndex.Hit inner : index.within(m.doc(), m.start(), m.end())) {
                if (inner.entity().type().equals("ORG") && inner.mention().start() == m.start()) return inner.entity().id();
            }
        }
        return null;
    }

    /** "“…,” the statement reads" after the ministry spoke: the speaker of the last few sentences. */
    String recentSpeaker(Sentence s) {
        return speakers.chain.lastSpeaker != null && speakers.chain.lastSpeakerSentence >= s.index() - 3 ? speakers.chain.lastSpeaker : null;
    }
}
