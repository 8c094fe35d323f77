package dev.parallax.quote;

import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Organisations and groups as speakers: a spokesperson's organisation, "the ministry" named earlier, "the ministers". */
final class OrganisationSpeakers extends QuoteRule {

    private final Speakers speakers;

    OrganisationSpeakers(QuoteRule same, Speakers speakers) {
        super(same);
        this.speakers = speakers;
    }

    private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "spokesmen", "spokeswomen");

    private static final Set<String> AGENT_NOUNS = Set.of("official", "representative", "officer", "staff", "staffer",
            "aide", "adviser", "advisor", "source", "observer", "monitor");

    /** Plural titles that, with "the", stand for a group of people named together ("the ministers said"). */
    private static final Set<String> GROUP_TITLES = Set.of("leader", "minister", "president", "premier", "secretary",
            "chancellor", "head", "envoy", "negotiator");

    /** Whether a noun names someone who speaks for an organisation ("spokesperson", "official", "aide"). */
    static boolean isAgent(Token head) {
        return isAgentWord(lemma(head)) || SPOKES.contains(head.word().toLowerCase(Locale.ROOT));
    }

    /** Whether a noun is a spokesperson's ("spokesman", "spokespeople"), the voice of an organisation. */
    static boolean isSpokesperson(Token head) {
        return SPOKES.contains(lemma(head)) || SPOKES.contains(head.word().toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word is a noun for someone who speaks for an organisation. */
    static boolean isAgentWord(String w) {
        return SPOKES.contains(w) || AGENT_NOUNS.contains(w);
    }

    /**
     * The organisation a phrase's own modifiers name: the one a spokesperson or official speaks for ("for", "of",
     * "at", "from" the ministry), the issuer a document comes from, or the first member of a list ("carmakers
     * including Volkswagen, BMW").
     */
    String organisationInPhrase(Token head, Sentence s) {
        String lemma = lemma(head);
        boolean agent = SPOKES.contains(lemma) || SPOKES.contains(head.word().toLowerCase(Locale.ROOT)) || AGENT_NOUNS.contains(lemma);
        // "a communiqué of the ministry", "a letter from Ana Lim": a document speaks for whoever it comes from.
        boolean document = DocumentIssuers.DOCUMENT_NOUNS.contains(lemma) || DocumentIssuers.DOCUMENT_NOUNS.contains(head.word().toLowerCase(Locale.ROOT));
        for (Token c : children(head, s)) {
            if (c.index() < head.index() || c.deprel() == null || !c.deprel().startsWith("nmod")) continue;
            String prep = "";
            for (Token m : children(c, s)) {
                if ("case".equals(m.deprel()) && m.index() < c.index()) prep = (prep + " " + m.word().toLowerCase(Locale.ROOT)).strip();
            }
            boolean list = prep.equals("including") || prep.equals("such as") || prep.equals("like");
            boolean forOrg = agent && Set.of("for", "of", "at", "from").contains(prep);
            boolean fromIssuer = document && Set.of("of", "from", "by").contains(prep);
            if (!list && !forOrg && !fromIssuer) continue;
            int[] span = subtreeSpan(c, s);
            for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(span[0]).start(), toks.get(span[1] - 1).end())) {
                String type = h.entity().type();
                boolean onNoun = h.mention().start() <= c.start() && c.end() <= h.mention().end();
                // "a spokesperson for the COP28 presidency" speaks for the presidency, which is not COP28.
                if (!onNoun && Speakers.BODIES.contains(lemma(c))) continue;
                boolean fits = forOrg && !fromIssuer ? type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE")
                        : type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE") || type.equals("PERSON");
                if (fits) return h.entity().id();
            }
        }
        return null;
    }

    /**
     * What a nominal refers back to: "the spokesperson" to the spokesperson named or attributed earlier; "the
     * ministry", "the Commission", "the chamber" to the organisation last named whose name has that head noun; "the
     * ministers" to the people last named together.
     */
    String nominalAntecedent(Token head, int[] np, Sentence s, int depth) {
        String lemma = lemma(head);
        int before = toks.get(np[0]).start();
        if (SPOKES.contains(lemma) || SPOKES.contains(head.word().toLowerCase(Locale.ROOT))) {
            String e = isDefinite(head, s) ? earlierSpokesperson(head, depth) : null;
            if (e != null) return e;
            // "a ministry spokesperson": the organisation the modifier names.
            for (Token c : children(head, s)) {
                if ("compound".equals(c.deprel()) && c.index() < head.index() && !c.isProperNoun()) {
                    e = organisationByHeadNoun(c.word(), before);
                    if (e != null) return e;
                }
            }
            return null;
        }
        if (!isDefinite(head, s)) return null;
        if ("NNS".equals(head.pos()) || "NNPS".equals(head.pos())) {
            return GROUP_TITLES.contains(lemma) ? groupMember(before) : null;
        }
        if (head.pos() == null || !head.pos().startsWith("NN")) return null;
        String e = organisationByHeadNoun(head.word(), before);
        return e != null || !BOARDS.contains(lemma) ? e : boardByModifiers(np, head, before);
    }

    /** Nouns for a collegial body, which translations and second references swap ("the council" for a "Board"). */
    private static final Set<String> BOARDS = Set.of("board", "council", "commission", "committee", "authority",
            "body", "panel", "tribunal", "court", "bureau", "agency");

    /**
     * "the election board" after "the Supreme Election Council": the body last named before an offset whose name is
     * headed by a body noun and holds every modifier of the phrase.
     */
    private String boardByModifiers(int[] np, Token head, int before) {
        List<String> words = new java.util.ArrayList<>();
        for (int k = np[0]; k < head.index(); k++) {
            Token t = toks.get(k);
            if ("det".equals(t.deprel()) || isPunct(t)) continue;
            words.add(t.word().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) return null;
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            Entity e = h.entity();
            if (!e.type().equals("ORG") || h.mention().kind() != EntityMention.Kind.name) continue;
            if (!BOARDS.contains(headNoun(e.name()).toLowerCase(Locale.ROOT))) continue;
            List<String> name = List.of(e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            if (name.containsAll(words)) found = e.id();
        }
        return found;
    }

    /**
     * "the junta" in an article that never names it: the one organisation or country the resolver gave that very
     * description in the corpus's other articles. Null when none or several were.
     */
    String describedElsewhere(Token head, int[] np, Sentence s) {
        if (!"NN".equals(head.pos()) || !isDefinite(head, s)) return null;
        String phrase = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end()).toLowerCase(Locale.ROOT);
        String found = null;
        for (Entity e : index.entities()) {
            if ("PERSON".equals(e.type()) || e.descriptions().stream().noneMatch(d -> d.toLowerCase(Locale.ROOT).equals(phrase))) continue;
            if (found != null) return null;
            found = e.id();
        }
        return found;
    }

    /**
     * "the UN refugee agency", "the UN children's fund": an organisation named as a modifier of a common noun for a
     * body stands for the one organisation of the corpus whose name holds the modifier's name (or one of its other
     * names) and every other word before the noun ("United Nations High Commissioner for Refugees"); the documents'
     * entity of this document first. Null when none or several fit.
     */
    String bodyOf(Entity parent, int[] np, Token head) {
        if (!"NN".equals(head.pos()) || RoleHolders.PERSON_ROLES.contains(lemma(head)) || isAgent(head)) return null;
        List<String> words = modifierStems(np, head);
        if (words.isEmpty()) return null;
        List<String> parentNames = new java.util.ArrayList<>();
        parentNames.add(parent.name());
        parentNames.addAll(parent.aliases());
        java.util.Set<String> fits = new java.util.TreeSet<>();
        for (Entity e : index.entities()) {
            if (e.id().equals(parent.id()) || !e.type().equals(parent.type())) continue;
            List<String> names = new java.util.ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                String padded = " " + String.join(" ", n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) + " ";
                boolean holdsParent = parentNames.stream().anyMatch(p -> !p.equals(n) && p.split("\\s+").length > 1
                        && padded.contains(" " + String.join(" ", p.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) + " "));
                if (!holdsParent) continue;
                java.util.Set<String> stems = new java.util.HashSet<>();
                for (String w : padded.strip().split(" ")) stems.add(stem(w));
                if (stems.containsAll(words)) fits.add(e.id());
            }
        }
        return unique(fits);
    }

    /**
     * "Japan's transport ministry": a common noun for a body after a country is the one organisation of the corpus,
     * named as that country's, whose name has that head noun and holds every other word before it ("Ministry of Land,
     * Infrastructure, Transport and Tourism"); the one this document names. Null when none or several fit.
     */
    String namedBody(int[] np, Token head, Entity country) {
        if (!"NN".equals(head.pos())) return null;
        List<String> words = modifierStems(np, head);
        if (words.isEmpty()) return null;
        String noun = stem(head.word());
        java.util.Set<String> fits = new java.util.TreeSet<>();
        for (Entity e : index.entities()) {
            if (!e.type().equals("ORG")) continue;
            List<String> names = new java.util.ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                if (!stem(headNoun(n)).equals(noun)) continue;
                java.util.Set<String> stems = new java.util.HashSet<>();
                for (String w : n.split("[^\\p{L}\\p{N}]+")) stems.add(stem(w));
                if (stems.containsAll(words) && namedWith(e, country)) fits.add(e.id());
            }
        }
        return unique(fits);
    }

    /**
     * Whether the documents name an organisation as the country's: its name holds the country's, or one of its names
     * follows the country's right away ("Japan's Ministry of ...").
     */
    private static boolean namedWith(Entity body, Entity country) {
        if ((" " + body.name() + " ").contains(" " + country.name() + " ")) return true;
        for (EntityMention b : body.mentions()) {
            if (b.kind() != EntityMention.Kind.name) continue;
            for (EntityMention c : country.mentions()) {
                if (c.doc().equals(b.doc()) && c.end() < b.start() && b.start() - c.end() <= 4) return true;
            }
        }
        return false;
    }

    /** The one entity of a set, else the one of them this document names; null when none or several. */
    private String unique(java.util.Set<String> fits) {
        if (fits.size() > 1) {
            java.util.Set<String> here = new java.util.TreeSet<>();
            for (MentionIndex.Hit h : index.of(doc.id())) if (fits.contains(h.entity().id())) here.add(h.entity().id());
            fits = here;
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    /** The common words before a phrase's head, stemmed: no determiner, punctuation, possessive or name. */
    private List<String> modifierStems(int[] np, Token head) {
        List<String> words = new java.util.ArrayList<>();
        for (int k = np[0]; k < head.index(); k++) {
            Token t = toks.get(k);
            if ("det".equals(t.deprel()) || isPunct(t) || "POS".equals(t.pos()) || t.isProperNoun()) continue;
            if (index.overlapping(doc.id(), t.start(), t.end()).stream().anyMatch(h -> h.mention().kind() == EntityMention.Kind.name)) continue;
            words.add(stem(t.word()));
        }
        return words;
    }

    /** A word without case or plural ending, to compare "refugee" with "Refugees" and "children's" with "Children". */
    private static String stem(String w) {
        String l = w.toLowerCase(Locale.ROOT).replaceFirst("['’]s?$", "");
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }

    /** The spokesperson mentioned before this one in the document, as that earlier phrase resolves. */
    private String earlierSpokesperson(Token head, int depth) {
        for (int k = head.index() - 1; k >= 0; k--) {
            Token t = toks.get(k);
            if (!SPOKES.contains(lemma(t)) && !SPOKES.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            Sentence ts = at.sentences().get(t.sentence());
            Token named = t;
            // "Wang Wenbin, a spokesperson for ..." / "spokesperson Wang Wenbin": the name the title belongs to.
            if ("appos".equals(t.deprel()) && t.head() >= 0) named = toks.get(t.head());
            else if ("compound".equals(t.deprel()) && t.head() >= 0) named = toks.get(t.head());
            String e = speakers.entityOfNominal(named, nounPhrase(named, ts), ts, depth + 1);
            if (e != null) return e;
            return null;
        }
        return null;
    }

    /** The organisation last named before an offset whose name's head noun is this word ("ministry" → "Ministry of Commerce"). */
    private String organisationByHeadNoun(String word, int before) {
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            Entity e = h.entity();
            if (!e.type().equals("ORG") && !e.type().equals("MEDIA")) continue;
            if (h.mention().kind() == EntityMention.Kind.pronoun) continue;
            // "the airline" repeats "Japan Airlines": a name's head noun may be plural where the repetition is not.
            String w = stem(word);
            boolean matches = w.equals(stem(headNoun(h.mention().text()))) || w.equals(stem(headNoun(e.name())))
                    || e.aliases().stream().anyMatch(a -> w.equals(stem(headNoun(a))));
            // "the regulator" repeats "the Securities Regulatory Commission": a word of the name derived from the noun.
            if (!matches && !RoleHolders.PERSON_ROLES.contains(w)) matches = derivedIn(w, e.name()) || e.aliases().stream().anyMatch(a -> derivedIn(w, a));
            if (matches) found = e.id();
        }
        return found;
    }

    /** Whether a name has a word derived from a common noun by a short suffix ("regulator" → "Regulatory"). */
    private static boolean derivedIn(String noun, String name) {
        if (noun.length() < 7) return false;
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.startsWith(noun) && w.length() > noun.length() && w.length() - noun.length() <= 3 && !w.equals(noun + "s")) return true;
        }
        return false;
    }

    /** The head noun of a name: the word before its first preposition, else its last word. */
    static String headNoun(String name) {
        String[] w = name.strip().split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (Set.of("of", "for", "to", "on", "in", "at", "de", "and").contains(w[i].toLowerCase(Locale.ROOT))) return w[i - 1];
        }
        return w[w.length - 1];
    }

    /**
     * The organisation a document is about before an offset: the one named (or described) at least three times and
     * at least twice as often as any other; null when none stands out so.
     */
    String dominantOrganisation(int before) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= before) break;
            if (!h.entity().type().equals("ORG") || h.mention().kind() == EntityMention.Kind.pronoun) continue;
            counts.merge(h.entity().id(), 1, Integer::sum);
        }
        String top = null;
        int first = 0, second = 0;
        for (var c : counts.entrySet()) {
            if (c.getValue() > first) {
                second = first;
                first = c.getValue();
                top = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        return first >= 3 && first >= 2 * second ? top : null;
    }

    /** "The three ministers said": the first of the people last named together in one sentence before an offset. */
    private String groupMember(int before) {
        Sentence cur = at.sentenceAt(before);
        int from = cur == null ? at.sentences().size() - 1 : cur.index();
        for (int si = from; si >= 0; si--) {
            Sentence t = at.sentences().get(si);
            java.util.LinkedHashSet<String> people = new java.util.LinkedHashSet<>();
            for (MentionIndex.Hit h : index.within(doc.id(), t.start(), Math.min(t.end(), before))) {
                if (h.entity().type().equals("PERSON") && h.mention().kind() == EntityMention.Kind.name) people.add(h.entity().id());
            }
            if (people.size() >= 2) return people.iterator().next();
        }
        return null;
    }
}
