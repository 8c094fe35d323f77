package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Resolves the noun phrase that speaks (a name, a pronoun, a role, a document, an organisation's agent) to an entity. */
final class Speakers extends QuoteRule {

    final SpeakerChain chain;
    final PronounSpeakers pronouns;
    final RoleHolders roles;
    final DocumentIssuers issuers;
    final OrganisationSpeakers organisations;
    private final ApposedNames appositions;

    Speakers(QuoteRule same, SpeakerChain chain) {
        super(same);
        this.chain = chain;
        this.pronouns = new PronounSpeakers(same, chain);
        this.roles = new RoleHolders(same, this);
        this.issuers = new DocumentIssuers(same, this);
        this.organisations = new OrganisationSpeakers(same, this);
        this.appositions = new ApposedNames(same);
    }

    /** Bodies that serve an entity and speak apart from it ("the summit presidency", "the governor's office"). */
    static final Set<String> BODIES = Set.of("presidency", "office", "entourage", "camp", "team", "staff", "secretariat");

    /** Nouns that stand for an organisation whatever its name ("the company", "the group", "the church"). */
    static final Set<String> GENERIC_ORGANISATIONS = Set.of("company", "firm", "group", "organisation", "organization",
            "operator", "carrier", "agency", "association", "federation", "union", "church", "party", "corporation",
            "manufacturer", "carmaker", "automaker", "insurer", "bank", "airline", "broadcaster", "charity", "movement",
            "network", "institute", "foundation", "club", "owner", "charterer", "shipowner", "lender", "utility");

    /**
     * Nouns through which a nationality speaks for its country ("the Chinese side", "a French ministry spokesperson").
     * Not "officials": unnamed officials of a nationality ("Indian officials said") are anonymous sources.
     */
    private static final Set<String> STATE_NOUNS = Set.of("government", "ministry", "spokesperson", "spokesman",
            "spokeswoman", "side", "authority", "embassy", "diplomat", "delegation", "leader", "leadership",
            "president", "premier", "minister", "foreign", "administration", "cabinet", "regime", "state", "military",
            "army", "navy", "mission", "envoy", "ambassador", "negotiator", "presidency", "office", "statement");

    /** Resolves the subject of a speech verb to an entity, with the text that names the speaker. */
    Attribution speakerOf(Token head, Sentence s, String cue) {
        return speakerOf(head, s, cue, 0);
    }

    /**
     * Resolves a speaker's noun phrase. Names and pronouns first; then what a nominal refers to: the person in
     * apposition ("The President of X, Hildegard Müller,"), the organisation a spokesperson speaks for, the issuer
     * of a statement, the organisation named earlier whose name a definite noun repeats ("the ministry"), the
     * group of people a plural title stands for ("the ministers"). {@code depth} bounds the anaphora chain.
     */
    Attribution speakerOf(Token head, Sentence s, String cue, int depth) {
        Attribution a = speakerPhrase(head, s, cue, depth);
        if (a == null || a.entity() == null || a.start() == null) return a;
        return new Attribution(forSeat(a.entity(), a.start(), a.end()), a.text(), a.start(), a.end(), a.cue());
    }

    /**
     * A capital that speaks speaks for its country ("Lisbon warned", "Brasília says"): the country, when the
     * documents name it as an entity; else the entity itself. Only a city the tagger saw in the words [start, end):
     * a seat that is a building ("the Elysée", "the Kremlin") speaks as itself.
     */
    String forSeat(String entity, int start, int end) {
        Entity e = index.entity(entity);
        if (e == null || "PERSON".equals(e.type()) || at.tokensIn(start, end).stream().noneMatch(t -> "CITY".equals(t.ner()))) return entity;
        return gazetteer.seatOf(e.name()).map(g -> index.byName(g.name())).map(Entity::id).orElse(entity);
    }

    /**
     * A speaker's words the parser did not build into one phrase ("the 55-year-old" before a verb it read as an
     * adjective), tokens [np[0], np[1]): an age epithet's person, else the entity the words name; null if none.
     */
    Attribution speakerOfWords(int[] np, Sentence s, String cue) {
        String e = roles.agedPerson(np, s);
        if (e == null) e = entityIn(np, toks.get(np[1] - 1));
        if (e == null) return null;
        int st = toks.get(np[0]).start(), en = toks.get(np[1] - 1).end();
        return new Attribution(e, text.substring(st, en), st, en, cue);
    }

    private Attribution speakerPhrase(Token head, Sentence s, String cue, int depth) {
        Token antecedent = relativeAntecedent(head, s);
        if (antecedent != null) head = antecedent;
        head = nounOfMistakenVerb(head, s);
        int[] np = nounPhrase(head, s);
        Token given = surnameHe(head, s);
        if (given != null) {
            // "He Yadong, another ministry spokesperson, told ...": He is a surname, not a pronoun.
            np = new int[] {head.index(), Math.max(head.index() + 1, nounPhrase(given, s)[1])};
            head = given;
        }
        // "..., and its spokesman Ana Lim said": the conjunction joins clauses and names nobody.
        while (np[0] < head.index() && ("cc".equals(toks.get(np[0]).deprel()) || isPunct(toks.get(np[0])))) np[0]++;
        String npText = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end());
        Integer st = toks.get(np[0]).start(), en = toks.get(np[1] - 1).end();
        String lw = head.word().toLowerCase(Locale.ROOT);
        if (given == null && PronounSpeakers.isPronoun(head)) return new Attribution(pronouns.resolve(head, s), npText, st, en, cue);
        return new Attribution(entityOfNominal(head, np, s, depth), npText, st, en, cue);
    }

    /**
     * "Push Forward's secretary-general, Ana Lim, said": a name that opens with a verb fools the tagger, which makes
     * the verb the subject and the title its object; the title is who speaks.
     */
    private Token nounOfMistakenVerb(Token head, Sentence s) {
        if (head.pos() == null || !head.pos().startsWith("VB") || !String.valueOf(head.deprel()).startsWith("nsubj")) return head;
        for (Token c : children(head, s)) {
            if ("obj".equals(c.deprel()) && c.pos() != null && c.pos().startsWith("NN")) return c;
        }
        return head;
    }

    /** What a nominal speaker refers to: a role's holder, a name, a document's issuer, an organisation or group. */
    String entityOfNominal(Token head, int[] np, Sentence s, int depth) {
        String lw = head.word().toLowerCase(Locale.ROOT);
        String lemma = lemma(head);
        if (!head.isProperNoun() && head.pos() != null && head.pos().startsWith("NN")) {
            // "the district council member Ana Lim said", "The chairman of the party, Ana Lim, announced": the person
            // named in apposition speaks, whatever body the phrase names or whoever else the noun once described.
            String apposed = apposedName(head, s);
            if (apposed != null && isPerson(index.entity(apposed))) return apposed;
            // (Where the parser hung the name on the body in the role: "The secretary general of the party, Ana Lim,".)
            apposed = "NN".equals(head.pos()) ? appositions.after(head, s) : null;
            if (apposed != null) return apposed;
            // "said a retired man of surname Leung", "said a man. Leung, 68, ...": an indefinite person named then.
            if ("NN".equals(head.pos()) && isIndefinite(head, s)) {
                String named = nameGivenTo(head, s);
                if (named != null) return named;
            }
            // "A leader of the youth wing, who asked not to be named, said": one unnamed person among others is
            // anonymous; only an agent ("a spokesperson for the ministry") speaks for a body.
            if ("NN".equals(head.pos()) && isIndefinite(head, s) && RoleHolders.PERSON_ROLES.contains(lemma)
                    && !OrganisationSpeakers.isAgent(head)) {
                return null;
            }
            // "one party official said", "a resident said", "an aide told": one unnamed person is anonymous too, even
            // one serving a body; only a spokesperson is its voice, and a document or a body speaks for its issuer.
            if ("NN".equals(head.pos()) && isIndefinite(head, s) && !OrganisationSpeakers.isSpokesperson(head)
                    && !GENERIC_ORGANISATIONS.contains(lemma) && !BODIES.contains(lemma) && !STATE_NOUNS.contains(lemma)
                    && !DocumentIssuers.DOCUMENT_NOUNS.contains(lemma) && !DocumentIssuers.DOCUMENT_NOUNS.contains(lw)
                    && !describesPerson(head)) {
                return null;
            }
        }
        if (head.isProperNoun()) {
            String titled = titleOfPossessor(head, s);
            if (titled != null) return titled;
        }
        if ((RoleHolders.PERSON_ROLES.contains(lemma) || RoleHolders.PERSON_ROLES.contains(lw)) && ("NN".equals(head.pos()) || "NNP".equals(head.pos()))) {
            String role = roles.roleHolder(head, np, s);
            if (role != null) return role.isEmpty() ? roles.unnamedHolder(head, s, false) : role;
        }
        // "the Spokesperson of the Ministry Ana Lim", "ministry official Bo Chen": the person named with the role
        // speaks, not the organisation in it.
        if (OrganisationSpeakers.isAgent(head)) {
            String person = apposedPerson(head, s);
            if (person == null) person = roles.unnamedHolder(head, s, true);
            if (person != null) return person;
        }
        String e = roles.describedPerson(head, np, s);
        if (e == null) e = entityIn(np, head);
        if (e == null && head.isProperNoun()) e = titledSurname(head, np);
        if (e == null) e = apposedName(head, s);
        boolean document = DocumentIssuers.DOCUMENT_NOUNS.contains(lw) || DocumentIssuers.DOCUMENT_NOUNS.contains(lemma);
        // "the decision indicated" after "the Commission published the Penalty Decision": the named document is no
        // speaker; whoever issued it is.
        if (e != null && document && index.entity(e) != null && isDocumentName(index.entity(e).name())) e = null;
        if (e == null && document) e = issuers.signer(head, s);
        if (e == null && document) e = issuers.possessorOf(head, s, depth);
        if (e == null && document) e = issuers.authorOf(lw, s, depth);
        if (e == null && document) e = issuers.issuedAt(head, s);
        if (e == null && ("TITLE".equals(head.ner()) || RoleHolders.isTitleWord(lw))) e = roles.holderOfTitle(np, s);
        // "a spokesperson for the ministry", "German carmakers including BMW": the organisation in the phrase. A
        // titled person's organisation ("the President of the chamber") is not the person.
        if (e == null) e = organisations.organisationInPhrase(head, s);
        if (e == null) e = roles.personIntroducedAs(head, np, s);
        if (e == null && depth < 2) e = organisations.nominalAntecedent(head, np, s, depth);
        if (e == null && GENERIC_ORGANISATIONS.contains(lemma) && "NN".equals(head.pos()) && isDefinite(head, s)) {
            // "BSM said the crew was safe. ... the company said": a generic noun for an organisation is the one that
            // has just spoken, if it spoke in the last few sentences.
            String other = chain.lastOtherSpeaker;
            if (other != null && s.index() - chain.lastOtherSentence <= 3 && Set.of("ORG", "MEDIA").contains(index.entity(other).type())) e = other;
        }
        if (e == null) e = organisations.describedElsewhere(head, np, s);
        // "when the company said", with no company named by that noun: the organisation the document is about.
        if (e == null && GENERIC_ORGANISATIONS.contains(lemma) && "NN".equals(head.pos()) && isDefinite(head, s) && depth < 2) {
            e = organisations.dominantOrganisation(toks.get(np[0]).start());
        }
        // "the 71-year-old said": the parser may head the epithet with the adjective "old".
        if (e == null && isDefinite(head, s) && ("NN".equals(head.pos()) || "JJ".equals(head.pos()))) e = roles.agedPerson(np, s);
        // A statement, unlike a report or a letter, is the voice of whoever has just been speaking.
        if (e == null && DocumentIssuers.STATEMENT_NOUNS.contains(lemma) && depth < 2) e = issuers.recentSpeaker(s);
        return e;
    }

    /**
     * "The party's secretary-general, Ana Lim, said": the parser may make the possessor the subject, the title its
     * modifier and the name its apposition. A name followed by "'s", a title up to a comma, and a person in
     * apposition: that person speaks, not the possessor. Null otherwise.
     */
    private String titleOfPossessor(Token head, Sentence s) {
        int k = head.index() + 1;
        if (k >= s.endToken() || !"POS".equals(toks.get(k).pos())) return null;
        int title = 0;
        for (k++; k < s.endToken() && !toks.get(k).word().equals(","); k++) {
            Token t = toks.get(k);
            if ("HYPH".equals(t.pos())) continue;
            if (!"TITLE".equals(t.ner()) && !RoleHolders.PERSON_ROLES.contains(lemma(t))) return null;
            title++;
        }
        if (title == 0) return null;
        String apposed = apposedName(head, s);
        return apposed != null && isPerson(index.entity(apposed)) ? apposed : null;
    }

    /** Whether a name is a document's ("Administrative Penalty Decision", "Joint Statement on ..."). */
    private static boolean isDocumentName(String name) {
        String h = OrganisationSpeakers.headNoun(name).toLowerCase(Locale.ROOT);
        return DocumentIssuers.DOCUMENT_NOUNS.contains(h);
    }

    /** Words that give the name of someone just described ("a man named Lim", "a woman of surname Lim"). */
    private static final Set<String> NAMING_WORDS = Set.of("named", "called", "surname", "surnamed", "name", "as");

    /**
     * The person an indefinite description of someone goes on to name: in its own phrase after a naming word ("a
     * retired man of surname Leung", "a woman identified only as Lim"), else at the start of the next sentence, when
     * that is the person's first mention in the document and an apposition follows ("... said a retired man. Leung,
     * 68, has ..."). Null otherwise.
     */
    private String nameGivenTo(Token head, Sentence s) {
        int[] span = subtreeSpan(head, s);
        for (MentionIndex.Hit h : index.within(doc.id(), head.end(), toks.get(span[1] - 1).end())) {
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name) continue;
            List<Token> name = at.tokensIn(h.mention().start(), h.mention().end());
            if (name.isEmpty() || name.get(0).index() <= head.index()) continue;
            Token before = toks.get(name.get(0).index() - 1);
            if (NAMING_WORDS.contains(before.word().toLowerCase(Locale.ROOT))) return h.entity().id();
        }
        if (s.index() + 1 >= at.sentences().size() || !isPersonNoun(head)) return null;
        Sentence next = at.sentences().get(s.index() + 1);
        for (MentionIndex.Hit h : index.within(doc.id(), next.start(), next.end())) {
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name) return null;
            List<Token> name = at.tokensIn(h.mention().start(), h.mention().end());
            if (name.isEmpty() || name.get(0).index() != next.firstToken()) return null;
            int after = name.get(name.size() - 1).index() + 1;
            if (after >= next.endToken() || !toks.get(after).word().equals(",")) return null;
            boolean earlier = index.of(doc.id()).stream().anyMatch(o -> o.entity().id().equals(h.entity().id()) && o.mention().start() < s.start());
            return earlier ? null : h.entity().id();
        }
        return null;
    }

    /**
     * Whether the words [start, end) describe a person without naming one: a determiner, then a person noun before
     * any preposition ("the responsible person of the department", "a senior official").
     */
    boolean describesUnnamedPerson(int start, int end) {
        List<Token> words = at.tokensIn(start, end);
        if (words.isEmpty() || !"DT".equals(words.get(0).pos())) return false;
        if (index.overlapping(doc.id(), start, end).stream().anyMatch(h -> isPerson(h.entity()) && h.mention().kind() == EntityMention.Kind.name)) return false;
        for (Token t : words) {
            if ("IN".equals(t.pos())) return false;
            if (String.valueOf(t.pos()).startsWith("NN") && !t.isProperNoun() && isPersonNoun(t)) return true;
        }
        return false;
    }

    /** Whether a common noun denotes a person ("man", "resident", "teacher"), as the lexicon of person nouns says. */
    private static boolean isPersonNoun(Token head) {
        String l = lemma(head);
        return RoleHolders.PERSON_ROLES.contains(l) || OrganisationSpeakers.isAgentWord(l) || Set.of("man", "woman", "person", "resident", "shareholder", "investor",
                "customer", "voter", "worker", "pensioner", "retiree", "student", "teacher", "driver", "passenger", "witness",
                "mother", "father", "farmer", "owner", "trader", "buyer", "homeowner", "villager", "survivor", "neighbour",
                "neighbor", "protester", "demonstrator", "supporter", "relative", "victim").contains(l);
    }

    /** Whether the resolver took a noun for a description of a person ("Ana Lim, a 40-year-old teacher who asked"). */
    private boolean describesPerson(Token head) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            if (h.mention().kind() == EntityMention.Kind.description && isPerson(h.entity())) return true;
        }
        return false;
    }

    /** Whether a noun has an indefinite determiner ("a leader", "one member"). */
    private boolean isIndefinite(Token noun, Sentence s) {
        for (Token c : children(noun, s)) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (c.index() < noun.index() && ("det".equals(c.deprel()) || "nummod".equals(c.deprel()))
                    && (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another"))) {
                return true;
            }
        }
        return false;
    }

    /** The entity a noun phrase names: its head's own mention first, then its modifiers, persons before others. */
    String entityIn(int[] np, Token head) {
        Entity best = null;
        int bestScore = -1;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(np[0]).start(), toks.get(np[1] - 1).end())) {
            Entity e = h.entity();
            EntityMention m = h.mention();
            boolean onHead = m.start() <= head.start() && head.end() <= m.end();
            // "Downing Street said": a name the recogniser could not type still speaks when it is the subject itself.
            boolean namedSpeaker = e.type().equals("MISC") && onHead && head.isProperNoun() && m.kind() == EntityMention.Kind.name;
            if (e.type().equals("EVENT") || e.type().equals("MISC") && !namedSpeaker) continue;
            // "His party said", "Abe's widow told": the owner of what speaks is not the speaker.
            if (!onHead && e.type().equals("PERSON") && isPossessorOf(m, head) && !OrganisationSpeakers.isAgent(head)) continue;
            int score = (onHead ? 10 : 0) + switch (e.type()) {
                case "PERSON" -> 4;
                case "ORG", "MEDIA" -> 3;
                case "GPE" -> 2;
                default -> 1;
            };
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null && bestScore < 10 && BODIES.contains(lemma(head))) {
            // "the COP28 presidency", "the mayor's office": a body around an entity, not the entity itself.
            return null;
        }
        if (best != null && bestScore < 10 && "GPE".equals(best.type())) {
            // "Japan's transport ministry said": the country's body the other words name, not the country.
            String body = organisations.namedBody(np, head, best);
            if (body != null) return body;
        }
        if (best != null && bestScore < 10 && Set.of("ORG", "MEDIA").contains(best.type())) {
            // "The UN refugee agency said": not the UN but its body whose name holds the phrase's other words.
            String part = organisations.bodyOf(best, np, head);
            if (part != null) return part;
        }
        if (best != null && best.type().equals("NORP")) {
            // "a French foreign ministry spokesperson" speaks for France; "a European diplomat" for no one; "German
            // carmakers" or "Australian media" are not their country either.
            if (bestScore < 10 && !STATE_NOUNS.contains(lemma(head)) && !STATE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            var demonym = gazetteer.demonymOf(best.name());
            // "The Unification Church acknowledged": a named group that is no nationality speaks for itself.
            if (demonym.isEmpty() && bestScore >= 10 && head.isProperNoun()) return best.id();
            var country = demonym.filter(g -> "country".equals(g.kind()));
            return country.map(g -> index.byName(g.name())).map(Entity::id).orElse(null);
        }
        return best == null ? null : best.id();
    }

    /**
     * "Acting President Lim announced": a surname the recogniser left unnamed, which two people of the document may
     * share, is the person of this document bearing it whose roles hold the title before it; the only one bearing
     * it when nobody's roles hold the title. Null when none or several fit.
     */
    String titledSurname(Token head, int[] np) {
        List<String> title = new java.util.ArrayList<>();
        for (int k = np[0]; k < head.index(); k++) {
            Token t = toks.get(k);
            if (Character.isLetter(t.word().charAt(0)) && !"det".equals(t.deprel())) title.add(t.word().toLowerCase(Locale.ROOT));
        }
        java.util.Set<String> bearers = new java.util.TreeSet<>(), titled = new java.util.TreeSet<>();
        for (MentionIndex.Hit h : index.of(doc.id())) {
            Entity e = h.entity();
            if (!isPerson(e) || h.mention().kind() != EntityMention.Kind.name || h.mention().start() >= head.start()) continue;
            boolean bears = (e.name() + " " + String.join(" ", e.aliases())).matches("(?s).*(?<![\\p{L}-])" + java.util.regex.Pattern.quote(head.word()) + "(?![\\p{L}-]).*");
            if (!bears) continue;
            bearers.add(e.id());
            String roles = String.join(" | ", e.roles()).toLowerCase(Locale.ROOT) + " | " + String.join(" | ", e.descriptions()).toLowerCase(Locale.ROOT);
            if (!title.isEmpty() && title.stream().allMatch(w -> roles.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"))) titled.add(e.id());
        }
        if (titled.size() == 1) return titled.iterator().next();
        return titled.isEmpty() && bearers.size() == 1 ? bearers.iterator().next() : null;
    }

    /** Whether a mention is the possessor of a common noun ("his" or "the minister's" in "his party"). */
    private boolean isPossessorOf(EntityMention m, Token head) {
        if (head.isProperNoun() || head.pos() == null || !head.pos().startsWith("NN")) return false;
        for (Token t : at.tokensIn(m.start(), m.end())) {
            if (t.head() == head.index() && "nmod:poss".equals(t.deprel())) return true;
        }
        return false;
    }

    /**
     * The person named in apposition to a noun ("the spokesperson, Ana Lim,"), or to the organisation after it,
     * where the parser hangs the name ("the spokesman of the ministry, Ana Lim,"); null if none.
     */
    String apposedPerson(Token head, Sentence s) {
        String e = apposedName(head, s);
        if (e != null && isPerson(index.entity(e))) return e;
        for (Token c : children(head, s)) {
            if (c.index() < head.index() || c.deprel() == null || !c.deprel().startsWith("nmod")) continue;
            e = apposedName(c, s);
            if (e != null && isPerson(index.entity(e))) return e;
        }
        return null;
    }

    /** "The President of the association, Hildegard Müller, called ...": the person named in apposition. */
    String apposedName(Token head, Sentence s) {
        for (Token c : children(head, s)) {
            // The parser leaves an unpunctuated apposition as "dep" ("the Spokesperson of the Ministry Ana Lim").
            if (!"appos".equals(c.deprel()) && !("dep".equals(c.deprel()) && c.isProperNoun()) || c.index() < head.index()) continue;
            for (MentionIndex.Hit h : index.overlapping(doc.id(), c.start(), c.end())) {
                String type = h.entity().type();
                if (type.equals("PERSON") || type.equals("ORG") || type.equals("MEDIA")) return h.entity().id();
            }
        }
        return null;
    }

    /** "Paul Keating, who called it ...": the noun a relative pronoun stands for. */
    private Token relativeAntecedent(Token t, Sentence s) {
        if (!"WP".equals(t.pos()) && !"WDT".equals(t.pos())) return null;
        if (t.head() < 0) return null;
        Token verb = toks.get(t.head());
        // The parser may leave the relative clause loose ("dep") after the noun it qualifies ("Ana Lim, 70, who ...").
        boolean loose = "dep".equals(verb.deprel()) && verb.head() >= 0 && verb.head() < t.index() && String.valueOf(toks.get(verb.head()).pos()).startsWith("NN");
        Token noun = null;
        if (("acl:relcl".equals(verb.deprel()) || loose) && verb.head() >= 0) noun = toks.get(verb.head());
        else if (t.index() - 2 >= s.firstToken() && toks.get(t.index() - 1).word().equals(",")
                && String.valueOf(toks.get(t.index() - 2).pos()).startsWith("NN")) {
            // "..., an investor in the group's units, which said": the parser may hang the relative clause on the
            // main verb; the noun before the comma is what the pronoun stands for.
            noun = toks.get(t.index() - 2);
        }
        if (noun == null || noun.index() < s.firstToken() || noun.index() >= s.endToken()) return null;
        String lw = t.word().toLowerCase(Locale.ROOT);
        if (lw.equals("who") || lw.equals("whom")) {
            Token person = personApposedTo(noun, s);
            return person != null ? person : noun;
        }
        return lw.equals("which") ? describedBy(noun) : noun;
    }

    /**
     * "the president of the court, the judge Ana Lim, who explained": a "who" hung on a noun that names no person
     * stands for the person named in apposition to it. The last token of that person's name, or null.
     */
    private Token personApposedTo(Token noun, Sentence s) {
        if (index.overlapping(doc.id(), noun.start(), noun.end()).stream().anyMatch(h -> isPerson(h.entity()))) return null;
        for (Token c : children(noun, s)) {
            if (!"appos".equals(c.deprel()) || c.index() < noun.index()) continue;
            int[] span = subtreeSpan(c, s);
            for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(span[0]).start(), toks.get(span[1] - 1).end())) {
                if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name) continue;
                List<Token> name = at.tokensIn(h.mention().start(), h.mention().end());
                if (!name.isEmpty()) return name.get(name.size() - 1);
            }
        }
        return null;
    }

    /**
     * "Top Shine, an investor in one of the group's units, which said": a "which" after a description in apposition
     * stands for what the description describes, not for the last noun of the description.
     */
    private Token describedBy(Token noun) {
        Token found = noun;
        Token t = noun;
        for (int steps = 0; steps < 6 && t.head() >= 0; steps++) {
            String rel = String.valueOf(t.deprel());
            if (!rel.startsWith("nmod") || rel.equals("nmod:poss")) {
                if (!rel.equals("appos")) break;
            }
            Token up = toks.get(t.head());
            if (!String.valueOf(up.pos()).startsWith("NN") && !"CD".equals(up.pos())) break;
            if (rel.equals("appos")) found = up;
            t = up;
        }
        return found;
    }

    /** A capitalised "He" followed by a name is the Chinese surname ("He Yadong"): the name's head token, or null. */
    private Token surnameHe(Token t, Sentence s) {
        if (!t.word().equals("He") || t.index() + 1 >= s.endToken()) return null;
        Token next = toks.get(t.index() + 1);
        boolean name = next.isProperNoun() && !next.word().isEmpty() && Character.isUpperCase(next.word().charAt(0))
                && ("PERSON".equals(next.ner()) || "PERSON".equals(t.ner()) || personMentionAt(next));
        if (!name) return null;
        Token h = next;
        while (h.index() + 1 < s.endToken() && toks.get(h.index() + 1).isProperNoun()
                && "PERSON".equals(toks.get(h.index() + 1).ner())) {
            h = toks.get(h.index() + 1);
        }
        return h;
    }

    private boolean personMentionAt(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
            if ("PERSON".equals(h.entity().type()) && h.mention().kind() == EntityMention.Kind.name) return true;
        }
        return false;
    }
}
