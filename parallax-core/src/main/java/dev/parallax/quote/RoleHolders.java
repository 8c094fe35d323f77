package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The person behind a role noun ("the minister", "the COP28 president", "the researcher") or a title. */
final class RoleHolders extends QuoteRule {

    private final Speakers speakers;

    RoleHolders(QuoteRule same, Speakers speakers) {
        super(same);
        this.speakers = speakers;
    }

    /** Nouns naming a role one person holds ("the minister", "the COP28 president", "the oil tycoon"). */
    static final Set<String> PERSON_ROLES = Set.of("minister", "president", "leader", "premier", "chancellor",
            "secretary", "commissioner", "envoy", "ambassador", "chairman", "chairwoman", "chair", "head", "chief",
            "director", "tycoon", "executive", "king", "prince", "governor", "mayor", "negotiator", "boss", "ceo");

    /** Roles that any head of a state or government holds ("the Russian leader", "the head of state"). */
    private static final Set<String> LEADER_ROLES = Set.of("leader", "head", "president", "premier", "chancellor",
            "king", "minister");

    private static final Set<String> LEADER_TITLES = Set.of("president", "prime", "premier", "chancellor", "king",
            "leader", "emir", "sultan", "prince");

    /**
     * A role noun as speaker ("The French Minister declared", "the COP28 president said", "the head of state
     * underlined"): the person named in the phrase itself, else the person this document introduced with that role
     * and its modifiers ("French Minister of Energy Anne Roux", "Ken Obi, the oil tycoon"), else nobody: a role is
     * never its country or its organisation. Returns null to let the other readings try (a person named in the
     * phrase, a title the entity carries), and "" for nobody.
     */
    String roleHolder(Token head, int[] np, Sentence s) {
        boolean described = false;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(np[0]).start(), toks.get(np[1] - 1).end())) {
            if (!h.entity().type().equals("PERSON")) continue;
            if (h.mention().kind() != EntityMention.Kind.description) return null;
            described = true;
        }
        String named = speakers.apposedName(head, s);
        if (named != null) return described ? null : named;
        // "the president" alone is the person who is the president outright, rather than the last one named as the
        // president of a party, whom the resolver or the order of the names may give.
        String bare = bareHolder(head, np, s);
        if (bare != null || described) return bare;
        named = nameApposedToOrganisation(head, s);
        if (named != null) return named;
        named = nameInRoleRun(head, s);
        if (named != null) return named;
        String titled = holderOfTitle(np, s);
        if (titled != null) return titled;
        boolean definite = isDefinite(head, s);
        boolean possessed = false;
        for (Token c : children(head, s)) if ("nmod:poss".equals(c.deprel())) possessed = true;
        if (!definite || possessed) return "";
        String lemma = lemma(head);
        // The words that pick out the role: the head and its modifiers before it ("French", "COP28", "oil").
        List<String> words = new ArrayList<>();
        for (int k = np[0]; k < head.index(); k++) {
            Token t = toks.get(k);
            if (t.deprel() != null && (t.deprel().equals("det") || t.deprel().equals("nmod:poss")) || isPunct(t)) continue;
            // An age ("the 65-year-old premier") describes the person, not the role the document introduced.
            if ("CD".equals(t.pos()) || "DURATION".equals(t.ner()) || "NUMBER".equals(t.ner())) continue;
            words.add(t.word().toLowerCase(Locale.ROOT));
        }
        boolean ofState = false;
        for (Token c : children(head, s)) if (c.index() > head.index() && c.deprel() != null && c.deprel().startsWith("nmod")
                && c.word().equalsIgnoreCase("state")) ofState = true;
        boolean leader = LEADER_ROLES.contains(lemma) && (ofState || lemma.equals("leader"));
        int before = toks.get(np[0]).start();
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            if (!h.entity().type().equals("PERSON") || h.mention().kind() != EntityMention.Kind.name) continue;
            // The roles the resolver found for the person elsewhere count as well: another report may have introduced
            // "Ana Lim, the leader of the Front" where this one only names her.
            String window = (roleWindow(h.mention()) + " | " + String.join(" | ", h.entity().roles())).toLowerCase(Locale.ROOT);
            // "the President" is not a "Vice-President" or a "vice president".
            boolean role = !leader && java.util.regex.Pattern.compile("(?<![-\\w])(?<!vice )(?<!deputy )(?:"
                    + java.util.regex.Pattern.quote(lemma) + synonyms(lemma) + ")s?\\b").matcher(window).find();
            if (!role && leader) role = LEADER_TITLES.stream().anyMatch(w -> java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(window).find());
            if (!role) continue;
            if (!words.stream().allMatch(w -> window.contains(w) || gazetteer.demonymOf(w)
                    .map(g -> window.contains(g.name().toLowerCase(Locale.ROOT))).orElse(false)
                    || namesOf(w, np).stream().anyMatch(n -> java.util.regex.Pattern.compile("(?<!\\w)" + java.util.regex.Pattern.quote(n)
                            + "(?!\\w)").matcher(window).find()))) {
                continue;
            }
            found = h.entity().id();
        }
        return found == null ? "" : found;
    }

    /**
     * For a role noun with nothing but "the" ("the president"): the person last named before it in this document
     * whose roles hold that role alone, unqualified ("President", not "president of the party"); null if none.
     */
    private String bareHolder(Token head, int[] np, Sentence s) {
        if (np[1] != head.index() + 1 || np[0] != head.index() - 1 || !isDefinite(head, s)) return null;
        String lemma = lemma(head);
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= toks.get(np[0]).start()) break;
            if (!isPerson(h.entity()) || h.mention().kind() != EntityMention.Kind.name) continue;
            if (h.entity().roles().stream().anyMatch(r -> r.equalsIgnoreCase(lemma))) found = h.entity().id();
        }
        return found;
    }

    /**
     * The other names of the organisation a modifier of the role names ("the EFF leader" after "Ana Lim, the
     * leader of the Economic Freedom Fighters"), lower-cased; empty when the word names none.
     */
    private List<String> namesOf(String word, int[] np) {
        List<String> out = new ArrayList<>();
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(np[0]).start(), toks.get(np[1] - 1).end())) {
            Entity e = h.entity();
            if (e.type().equals("PERSON") || !text.substring(h.mention().start(), h.mention().end()).equalsIgnoreCase(word)) continue;
            out.add(e.name().toLowerCase(Locale.ROOT));
            for (String a : e.aliases()) out.add(a.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The person behind a definite role or agent noun that no earlier name in the document holds ("the envoy said",
     * "«…», has declared the spokesman of the council"): the person the resolver took the description for; else the
     * person named as the speaking subject of the next sentence, who holds that role or no known role ("The colonel
     * Ana Lim also announced ..."); else, for a role, the person speaking in this paragraph when nobody else has
     * been named since ("Ms Lim said ... \"…,\" the envoy said"). An agent ("the spokesman of X") goes to the
     * current speaker only if that person holds the role. Null when none fits.
     */
    String unnamedHolder(Token head, Sentence s, boolean agent) {
        if (!isDefinite(head, s) || !"NN".equals(head.pos()) && !"NNP".equals(head.pos())) return null;
        for (Token c : children(head, s)) if ("nmod:poss".equals(c.deprel())) return null;
        String lemma = lemma(head);
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            if (h.mention().kind() == EntityMention.Kind.description && "PERSON".equals(h.entity().type())) return h.entity().id();
        }
        String next = speakerOfNextSentence(s, lemma);
        if (next != null) return next;
        String current = speakers.chain.lastPersonSpeaker;
        if (current == null || !current.equals(speakers.chain.lastSpeaker) || agent && !holds(index.entity(current), lemma)) return null;
        Sentence spoke = at.sentences().get(Math.min(speakers.chain.lastSpeakerSentence, s.index()));
        if (speakers.chain.lastSpeakerSentence < 0 || paragraphStart(spoke.start()) != paragraphStart(s.start())) return null;
        for (MentionIndex.Hit h : index.within(doc.id(), spoke.start(), head.start())) {
            // A pronoun is no new person named: "He said: «…» The party chief said" (a pronoun the resolver linked
            // elsewhere must not break the chain).
            if ("PERSON".equals(h.entity().type()) && !h.entity().id().equals(current) && h.mention().kind() != EntityMention.Kind.pronoun) return null;
        }
        return current;
    }

    /**
     * "the director of the agency, Ana Lim,": the parser hangs the name in apposition on the organisation after the
     * role. A name there that is not the organisation's own (as "the agency, AFX," would be) holds the role, even
     * when the recogniser took it for an organisation.
     */
    private String nameApposedToOrganisation(Token head, Sentence s) {
        for (Token c : children(head, s)) {
            if (c.index() < head.index() || c.deprel() == null || !c.deprel().startsWith("nmod")) continue;
            String organisation = entityAt(c);
            for (Token a : children(c, s)) {
                if (!"appos".equals(a.deprel()) || !a.isProperNoun()) continue;
                String e = entityAt(a);
                if (e == null || e.equals(organisation)) continue;
                Entity entity = index.entity(e);
                if (isPerson(entity) || "ORG".equals(entity.type())) return e;
            }
        }
        return null;
    }

    private String entityAt(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) return h.entity().id();
        return null;
    }

    /**
     * Whether an entity's roles name an office other than this role word ("minister" for a "spokesman"); a rank or
     * an honorific ("the captain", "Mr.") is no other office.
     */
    private static boolean holdsOtherOffice(Entity e, String lemma) {
        for (String r : e.roles()) {
            for (String w : r.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!w.equals(lemma) && (PERSON_ROLES.contains(w) || OrganisationSpeakers.isAgentWord(w))) return true;
            }
        }
        return false;
    }

    /** Whether an entity's roles or descriptions name this role word. */
    private static boolean holds(Entity e, String lemma) {
        if (e == null) return false;
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(lemma) + "s?\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        return e.roles().stream().anyMatch(r -> p.matcher(r).find()) || e.descriptions().stream().anyMatch(r -> p.matcher(r).find());
    }

    /**
     * The person named as the subject of a speech verb that is the main verb of the sentence after {@code s}, in
     * the same paragraph, if that person holds the role or no other office.
     */
    private String speakerOfNextSentence(Sentence s, String lemma) {
        if (s.index() + 1 >= at.sentences().size()) return null;
        Sentence n = at.sentences().get(s.index() + 1);
        if (paragraphStart(n.start()) != paragraphStart(s.start())) return null;
        for (int k = n.firstToken(); k < n.endToken(); k++) {
            Token v = toks.get(k);
            if (!"root".equals(v.deprel()) || !SpeechVerbs.is(v, toks)) continue;
            for (Token c : children(v, n)) {
                if (c.deprel() == null || !c.deprel().startsWith("nsubj")) continue;
                // "The captain Ana Lim": the name may hang on a title that heads the subject.
                // (Up to a comma or a relative pronoun: a name in a clause on the subject is someone else.)
                int[] span = subtreeSpan(c, n);
                int last = span[0];
                while (last + 1 < span[1] && !Set.of(",", "(", ";").contains(toks.get(last + 1).word())
                        && !Set.of("WP", "WDT").contains(String.valueOf(toks.get(last + 1).pos()))) {
                    last++;
                }
                for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(span[0]).start(), toks.get(last).end())) {
                    Entity e = h.entity();
                    if (!"PERSON".equals(e.type()) || h.mention().kind() != EntityMention.Kind.name) continue;
                    if (holds(e, lemma) || !holdsOtherOffice(e, lemma)) return e.id();
                }
            }
        }
        return null;
    }

    /** The other names of a role, as alternatives of a pattern: "premier" is the "prime minister". */
    private static String synonyms(String lemma) {
        return switch (lemma) {
            case "premier" -> "|prime minister|pm";
            default -> "";
        };
    }

    /**
     * "The European commissioner for fisheries Ana Lim said": a name the parser hung inside the role's own phrase
     * (on "fisheries"), reached without crossing a verb or a comma.
     */
    private String nameInRoleRun(Token head, Sentence s) {
        int[] span = subtreeSpan(head, s);
        for (int k = head.index() + 1; k < span[1]; k++) {
            Token t = toks.get(k);
            if (t.isVerb() || isPunct(t) || "WDT".equals(t.pos()) || "WP".equals(t.pos())) return null;
            for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
                if (h.entity().type().equals("PERSON") && h.mention().kind() == EntityMention.Kind.name) return h.entity().id();
            }
        }
        return null;
    }

    /** The words that introduce a person's name: the title run before it and an apposition after it. */
    private String roleWindow(EntityMention m) {
        Sentence s = at.sentenceAt(m.start());
        if (s == null) return "";
        int from = Math.max(s.start(), m.start() - 90);
        String before = text.substring(from, m.start());
        int cut = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(" and ")));
        if (cut >= 0) before = before.substring(cut + 1);
        // Another name in the run is another person's: "Minister Ana Lim met President Obi" keeps only "President".
        for (MentionIndex.Hit h : index.within(doc.id(), from, m.start())) {
            if (h.entity().type().equals("PERSON") && h.mention().end() <= m.start()) {
                int rel = h.mention().end() - (m.start() - before.length());
                if (rel > 0 && rel <= before.length()) before = before.substring(rel);
            }
        }
        String after = "";
        int i = m.end();
        if (i < s.end() && text.charAt(i) == ',') {
            int stop = i + 1;
            while (stop < s.end() && stop < i + 90 && ",.;()".indexOf(text.charAt(stop)) < 0) stop++;
            after = text.substring(i + 1, stop);
        }
        return before + " | " + after;
    }

    /**
     * "the researcher" after "Ana Lim, researcher at the institute": a definite singular noun that heads the role
     * this document gave a person named before it in apposition; the person last so introduced.
     */
    String personIntroducedAs(Token head, int[] np, Sentence s) {
        if (!"NN".equals(head.pos()) || !isDefinite(head, s)) return null;
        for (Token c : children(head, s)) if ("nmod:poss".equals(c.deprel())) return null;
        String lemma = lemma(head);
        // "Ana Lim, whom the council named ..." does not introduce her as the council: no relative pronoun before.
        java.util.regex.Pattern role = java.util.regex.Pattern.compile("^(?:(?:a|an|the)\\s+)?(?:(?!(?:who|whom|whose|which|that)\\b)[\\w-]+\\s+){0,2}?"
                + java.util.regex.Pattern.quote(lemma) + "\\b(?:\\s|$)", java.util.regex.Pattern.CASE_INSENSITIVE);
        int before = toks.get(np[0]).start();
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            if (!h.entity().type().equals("PERSON") || h.mention().kind() != EntityMention.Kind.name) continue;
            String window = roleWindow(h.mention());
            int bar = window.indexOf(" | ");
            String after = bar < 0 ? "" : window.substring(bar + 3).strip();
            if (role.matcher(after).find()) found = h.entity().id();
        }
        return found;
    }

    /**
     * "The Coast Guard captain said" in a report that never names him: a definite phrase of a common noun and its
     * modifiers that is, word for word, how the documents described one person (and no other entity) speaks for
     * that person, not for the organisation among its modifiers. Null when none or several entities fit.
     */
    String describedPerson(Token head, int[] np, Sentence s) {
        if (!"NN".equals(head.pos()) || !isDefinite(head, s) || np[1] - np[0] < 3 || head.index() != np[1] - 1) return null;
        String phrase = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end()).toLowerCase(Locale.ROOT)
                .replaceFirst("^(the|this|that)\\s+", "");
        String found = null;
        for (Entity e : index.entities()) {
            boolean described = e.descriptions().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).replaceFirst("^(the|this|that)\\s+", "").equals(phrase));
            if (!described) continue;
            if (found != null || !"PERSON".equals(e.type())) return null;
            found = e.id();
        }
        return found;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\b(\\d{1,3})-year-old\\b");

    /**
     * "the 55-year-old academic said": an age epithet refers back to the person the report is about, the person last
     * named as a subject in this paragraph or the one before, unless that person is known to be of another age.
     */
    String agedPerson(int[] np, Sentence s) {
        java.util.regex.Matcher m = AGE.matcher(text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end()));
        if (!m.find()) return null;
        String age = m.group(1);
        int before = toks.get(np[0]).start();
        String described = describedAtAge(age, before);
        if (described != null) return described;
        int from = paragraphStart(Math.max(0, paragraphStart(before) - 3));
        String found = null;
        for (MentionIndex.Hit h : index.within(doc.id(), from, before)) {
            if (!"PERSON".equals(h.entity().type()) || h.mention().kind() != EntityMention.Kind.name) continue;
            Sentence ms = at.sentenceAt(h.mention().start());
            // A name that opens its sentence is its subject even where the parser lost the clause.
            if (ms != null && (ms.start() == h.mention().start() || speakers.pronouns.isSubjectMention(h.mention(), ms))) found = h.entity().id();
        }
        if (found == null) return null;
        for (String d : index.entity(found).descriptions()) {
            java.util.regex.Matcher other = AGE.matcher(d);
            if (other.find() && !other.group(1).equals(age)) return null;
        }
        return found;
    }

    /**
     * The one person named in this document before {@code before} whom the resolver knows under that age ("the
     * 71-year-old" of another report); null when none or several are.
     */
    private String describedAtAge(String age, int before) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            if (!isPerson(h.entity())) continue;
            for (String d : h.entity().descriptions()) {
                java.util.regex.Matcher a = AGE.matcher(d);
                if (a.find() && a.group(1).equals(age)) found.add(h.entity().id());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** "the Secretary General continued": the entity of this document holding that title. */
    String holderOfTitle(int[] np, Sentence s) {
        String title = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end()).toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "");
        String found = null;
        int foundAt = -1;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= toks.get(np[0]).start()) break;
            Entity e = h.entity();
            if (!e.type().equals("PERSON")) continue;
            // "the President" is not a "Vice-President": the title must end the role as whole words.
            boolean holds = e.roles().stream().map(r -> r.toLowerCase(Locale.ROOT)).anyMatch(r -> r.equals(title) || r.endsWith(" " + title))
                    || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(title + " "));
            if (holds && h.mention().start() > foundAt) {
                found = e.id();
                foundAt = h.mention().start();
            }
        }
        return found;
    }

    static boolean isTitleWord(String w) {
        return Set.of("minister", "president", "secretary", "general", "chairman", "spokesman", "spokesperson",
                "ambassador", "envoy", "chancellor", "premier").contains(w);
    }
}
