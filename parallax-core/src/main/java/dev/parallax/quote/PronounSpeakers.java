package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whom a pronoun that speaks stands for: a person named earlier in its sentence or paragraph, else the speaker chain. */
final class PronounSpeakers extends QuoteRule {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it");

    private final SpeakerChain chain;

    PronounSpeakers(QuoteRule same, SpeakerChain chain) {
        super(same);
        this.chain = chain;
    }

    /** Whether a speaker's head word is a pronoun ("he", "they", "it"), which this class resolves. */
    static boolean isPronoun(Token head) {
        String lw = head.word().toLowerCase(Locale.ROOT);
        return head.isPronoun() || PERSON_PRONOUNS.contains(lw) || GROUP_PRONOUNS.contains(lw);
    }

    /** The entity a pronoun speaking in sentence {@code s} stands for, or null. */
    String resolve(Token head, Sentence s) {
        String lw = head.word().toLowerCase(Locale.ROOT);
        boolean male = lw.equals("he") || lw.equals("him") || lw.equals("his");
        String same = PERSON_PRONOUNS.contains(lw) ? personEarlierIn(s, head) : null;
        // "“…,” said the head of the press department. He added that ...": the person just described, not named.
        if (PERSON_PRONOUNS.contains(lw) && same == null && chain.unnamedSentence >= s.index() - 1 && chain.unnamedSentence <= s.index()
                && index.within(doc.id(), chain.unnamedEnd, head.start()).stream().noneMatch(h -> isPerson(h.entity())
                        && h.mention().kind() == EntityMention.Kind.name && !quoted(h.mention()))) {
            return chain.unnamedEntity;
        }
        String chained = chain.lastPersonSpeaker != null && fitsPronoun(chain.lastPersonSpeaker, male) ? chain.lastPersonSpeaker : null;
        if (PERSON_PRONOUNS.contains(lw) && same == null) {
            // "Engineer Ana Lim reviewed the survey. According to her, ...": a person named as a subject in this
            // paragraph since the last quotation takes over from the earlier speaker.
            String subject = subjectInParagraph(head, male);
            if (subject != null) chained = subject;
        }
        if (PERSON_PRONOUNS.contains(lw) && same == null && chained != null && chained.equals(chain.lastPersonSpeaker)) {
            // "Kishida spoke. ⏎ The warmest words came from Suga, Abe's colleague. He recalled ...": a paragraph
            // that names other people and not the last speaker has moved on to one of them.
            String moved = personNewToParagraph(head, male, chained);
            if (moved != null) chained = moved;
        }
        if (PERSON_PRONOUNS.contains(lw) && same == null && chained == null && chain.lastPersonSpeaker != null) {
            // "She said:" after a man spoke: the pronoun's own antecedent, as coreference found it.
            chained = linkedPerson(head);
        }
        String e = same != null ? same : PERSON_PRONOUNS.contains(lw) ? chained != null ? chained : lastPersonSubject(head)
                : lw.equals("it") ? organisationFor(head) : chain.lastOtherSpeaker != null ? chain.lastOtherSpeaker : chain.lastPersonSpeaker;
        // "She told reporters" settles that this person is not a later "he".
        if (e != null && PERSON_PRONOUNS.contains(lw)) chain.pronounIsMale.put(e, male);
        return e;
    }

    /**
     * Whom a speaking "it" stands for: the organisation last named as a subject in its paragraph before it ("The
     * Carter Center had a team there. It said ..."; "The ministry issued a note in which it says ..."), unless an
     * organisation spoke after that; else the last organisation that spoke.
     */
    private String organisationFor(Token pronoun) {
        String found = null;
        int foundSentence = -1;
        for (MentionIndex.Hit h : index.within(doc.id(), text.lastIndexOf('\n', pronoun.start()) + 1, pronoun.start())) {
            String type = h.entity().type();
            if (!type.equals("ORG") && !type.equals("MEDIA") || h.mention().kind() != EntityMention.Kind.name || quoted(h.mention())) continue;
            Sentence ms = at.sentenceAt(h.mention().start());
            if (ms == null || !isSubjectMention(h.mention(), ms) && !headsSentence(h.mention(), ms)) continue;
            // "Reuters reports that the mission rebutted the claims. It said ...": who reports what another did is
            // not what "it" then stands for.
            if (reportsAnother(h.mention(), ms)) continue;
            found = h.entity().id();
            foundSentence = ms.index();
        }
        return found != null && chain.lastOtherSentence <= foundSentence ? found : chain.lastOtherSpeaker;
    }

    /** Whether a subject's verb reports a clause with a subject of its own ("Reuters reports that the mission ..."). */
    private boolean reportsAnother(EntityMention m, Sentence s) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        Token t = in.get(in.size() - 1);
        while (t.head() >= 0 && !String.valueOf(t.deprel()).startsWith("nsubj")) t = toks.get(t.head());
        if (t.head() < 0) return false;
        for (Token c : children(toks.get(t.head()), s)) if ("ccomp".equals(c.deprel()) && hasChild(c, s, "nsubj")) return true;
        return false;
    }

    /**
     * Whether a person can be this "he" or "she": what the documents say of the person's gender first (a title, a
     * given name, a gendered noun), then the pronouns this document's quotations already gave the person, then
     * those the resolver linked to the person.
     */
    boolean fitsPronoun(String entity, boolean male) {
        Entity e = index.entity(entity);
        if (e == null) return true;
        Boolean known = genders.computeIfAbsent(entity, k -> java.util.Optional.ofNullable(
                Genders.male(e, d -> d.equals(doc.id()) ? text : null))).orElse(null);
        if (known != null) return known == male;
        Boolean seen = chain.pronounIsMale.get(entity);
        if (seen != null) return seen == male;
        Boolean linked = Genders.byPronouns(e, m -> m.doc().equals(doc.id()) && quoted(m));
        return linked == null || linked == male;
    }

    private final java.util.Map<String, java.util.Optional<Boolean>> genders = new java.util.HashMap<>();

    /**
     * For a pronoun in a paragraph that names people before it but not {@code speaker}: the one of them the pronoun
     * was linked to, else the only one that fits the pronoun; null when the paragraph still names the speaker.
     */
    private String personNewToParagraph(Token pronoun, boolean male, String speaker) {
        int from = paragraphStart(pronoun.start());
        // A speaker who spoke in this paragraph, even by a role ("the minister said"), is still in it.
        Sentence first = at.sentenceAt(from);
        if (chain.lastQuoteEnd >= from || first != null && chain.lastSpeakerSentence >= first.index()) return null;
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
        for (MentionIndex.Hit h : index.within(doc.id(), from, pronoun.start())) {
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name || quoted(h.mention())) continue;
            if (h.entity().id().equals(speaker)) return null;
            if (fitsPronoun(h.entity().id(), male)) named.add(h.entity().id());
        }
        String linked = linkedPerson(pronoun);
        if (linked != null && named.contains(linked)) return linked;
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** Whether a mention lies inside quoted words, which name people who are not their speakers. */
    private boolean quoted(EntityMention m) {
        return Found.insideAny(chain.quotations, m.start());
    }

    /** The person coreference linked this pronoun to, if any. */
    String linkedPerson(Token pronoun) {
        String lw = pronoun.word().toLowerCase(Locale.ROOT);
        boolean male = lw.equals("he") || lw.equals("him") || lw.equals("his");
        for (MentionIndex.Hit h : index.overlapping(doc.id(), pronoun.start(), pronoun.end())) {
            if ("PERSON".equals(h.entity().type()) && fitsPronoun(h.entity().id(), male)) return h.entity().id();
        }
        return null;
    }

    /** "when Mr Stoltenberg met President Yoon, he welcomed ...": the first person named earlier in the sentence. */
    String personEarlierIn(Sentence s, Token pronoun) {
        String lw = pronoun.word().toLowerCase(Locale.ROOT);
        boolean male = lw.equals("he") || lw.equals("him") || lw.equals("his");
        for (MentionIndex.Hit h : index.within(doc.id(), s.start(), pronoun.start())) {
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name) continue;
            // "«But nobody knows if Mr Obi will stay», she adds": a name inside the quoted words is not who speaks
            // them, and a "she" is no man.
            if (quoted(h.mention()) || !fitsPronoun(h.entity().id(), male)) continue;
            // "Questioned by Senator Lind, he said": the agent or object of an adjunct is not who "he" is.
            // "Councillor Ana Lim defended the plan: the town had no choice, she said": the subject of a clause that
            // opens the sentence is who speaks, though the parser hangs that clause on "said".
            if (isSubjectMention(h.mention(), s) && (!inEmbeddedClause(h.mention()) || opensSentence(h.mention(), s))) return h.entity().id();
        }
        return null;
    }

    /** Whether only a title run ("Finance Councillor", "The French") stands before a name in its sentence. */
    private boolean opensSentence(EntityMention m, Sentence s) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        for (int k = s.firstToken(); k < in.get(0).index(); k++) {
            String pos = toks.get(k).pos() == null ? "" : toks.get(k).pos();
            if (!pos.startsWith("NN") && !pos.equals("JJ") && !pos.equals("DT")) return false;
        }
        return true;
    }

    /** "He had assured that X could come ..., he explained": X is the subject of a relative or complement clause. */
    private boolean inEmbeddedClause(EntityMention m) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        Token t = in.get(in.size() - 1);
        for (int steps = 0; steps < 4 && t != null && t.deprel() != null && !t.deprel().startsWith("nsubj"); steps++) {
            t = t.head() >= 0 ? toks.get(t.head()) : null;
        }
        if (t == null || t.head() < 0) return false;
        String rel = toks.get(t.head()).deprel();
        return rel != null && (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("ccomp") || rel.equals("csubj"));
    }

    /** The person last named as a subject in the pronoun's paragraph after the last quotation, if the pronoun fits. */
    String subjectInParagraph(Token pronoun, boolean male) {
        int from = Math.max(text.lastIndexOf('\n', pronoun.start()) + 1, 0);
        String found = null;
        for (MentionIndex.Hit h : index.within(doc.id(), from, pronoun.start())) {
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name || quoted(h.mention())) continue;
            Sentence ms = at.sentenceAt(h.mention().start());
            // Only the subject of a sentence's main clause: "X said Y would go. He added" is still X.
            if (ms != null && ms.index() < pronoun.sentence() && (isSubjectMention(h.mention(), ms) && isMainClauseSubject(h.mention())
                    || headsSentence(h.mention(), ms))) {
                found = h.entity().id();
            }
        }
        return found != null && fitsPronoun(found, male) ? found : null;
    }

    /**
     * "Mr Barnier, who spent years in Brussels, answered with a joke": a name that opens its sentence and that the
     * parser made the root, losing the verb in the relative clause, is the sentence's subject all the same.
     */
    private boolean headsSentence(EntityMention m, Sentence s) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        return !in.isEmpty() && "root".equals(in.get(in.size() - 1).deprel()) && opensSentence(m, s);
    }

    private boolean isMainClauseSubject(EntityMention m) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        Token t = in.get(in.size() - 1);
        for (int steps = 0; steps < 4 && t != null && t.deprel() != null && !t.deprel().startsWith("nsubj"); steps++) {
            t = t.head() >= 0 ? toks.get(t.head()) : null;
        }
        if (t == null || t.head() < 0) return false;
        return "root".equals(toks.get(t.head()).deprel());
    }

    /** Whether a mention is (part of) the subject of its clause, not an object, agent or oblique. */
    boolean isSubjectMention(EntityMention m, Sentence s) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        Token t = in.get(in.size() - 1);
        for (int steps = 0; steps < 4 && t != null; steps++) {
            String rel = t.deprel() == null ? "" : t.deprel();
            if (rel.startsWith("nsubj")) return true;
            // "The French president Ana Roux": the parser leaves an unpunctuated apposition as "dep".
            boolean apposed = rel.equals("dep") && t.isProperNoun() && t.head() >= 0
                    && String.valueOf(toks.get(t.head()).deprel()).startsWith("nsubj");
            // "The President of Brazil Ana Lima proposed": the parser hangs the name on the country ("of Brazil Ana
            // Lima"), though it stands in apposition to the title.
            boolean titled = steps == 0 && rel.equals("nmod") && t.isProperNoun() && nameAfterTitleOfPlace(t, s);
            if (!rel.equals("compound") && !rel.equals("flat") && !rel.equals("appos") && !rel.equals("conj")
                    && !rel.startsWith("flat") && !apposed && !titled) {
                return false;
            }
            t = t.head() >= 0 ? toks.get(t.head()) : null;
        }
        return false;
    }

    /** Whether a name hangs as "of PLACE NAME" on a title that is a subject ("The President of Brazil Ana Lima"). */
    private boolean nameAfterTitleOfPlace(Token name, Sentence s) {
        if (name.head() < 0) return false;
        Token title = toks.get(name.head());
        boolean role = "TITLE".equals(title.ner()) || RoleHolders.PERSON_ROLES.contains(lemma(title));
        if (!role || !String.valueOf(title.deprel()).startsWith("nsubj")) return false;
        for (Token c : children(name, s)) {
            if ("compound".equals(c.deprel()) && c.index() < name.index()
                    && Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION").contains(String.valueOf(c.ner()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a pronoun that no speaker chain explains: the most recent person named as the subject of a clause before
     * it ("Commissioner Dahl defended the plan. Questioned by Ms Lind, he said"), else the most recent person named.
     */
    String lastPersonSubject(Token pronoun) {
        String lw = pronoun.word().toLowerCase(Locale.ROOT);
        boolean male = lw.equals("he") || lw.equals("him") || lw.equals("his");
        String found = null, subject = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= pronoun.start()) break;
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name || quoted(h.mention())) continue;
            // "Ana Lim ... She recalls": a "she" is not the man named last.
            if (!fitsPronoun(h.entity().id(), male)) continue;
            found = h.entity().id();
            Sentence ms = at.sentenceAt(h.mention().start());
            if (ms != null && isSubjectMention(h.mention(), ms)) subject = h.entity().id();
        }
        return subject != null ? subject : found;
    }
}
