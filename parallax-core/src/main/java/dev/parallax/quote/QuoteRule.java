package dev.parallax.quote;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Base of the quote rules: one document's text, parse and entity mentions, and the reading of the parse they share. */
abstract class QuoteRule {

    final Document doc;
    final String text;
    final AnnotatedText at;
    final List<Token> toks;
    final MentionIndex index;
    final Gazetteer gazetteer;

    QuoteRule(Document doc, AnnotatedText at, MentionIndex index, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.text();
        this.at = at;
        this.toks = at.tokens();
        this.index = index;
        this.gazetteer = gazetteer;
    }

    /** A rule reading the same document as another. */
    QuoteRule(QuoteRule same) {
        this(same.doc, same.at, same.index, same.gazetteer);
    }

    private final java.util.Map<String, Boolean> persons = new java.util.HashMap<>();

    /**
     * Whether an entity speaks as a person: typed a person, or typed otherwise (a person merged with the party
     * named beside her, "Ana Lim (Greens)") while the recogniser tagged most of its names in this document as a
     * person's (half of them, for an entity holding a person's office), so that her "she said" still finds her.
     */
    boolean isPerson(dev.parallax.corpus.Entity e) {
        if (e == null) return false;
        if ("PERSON".equals(e.type())) return true;
        return persons.computeIfAbsent(e.id(), k -> {
            int tagged = 0, names = 0;
            for (EntityMention m : e.mentions()) {
                if (!m.doc().equals(doc.id()) || m.kind() != EntityMention.Kind.name) continue;
                List<Token> in = at.tokensIn(m.start(), m.end());
                if (in.isEmpty()) continue;
                names++;
                if (in.stream().allMatch(t -> "PERSON".equals(t.ner()))) tagged++;
            }
            // Half the names is enough for one the document gives a person's office ("Finance Minister").
            boolean office = e.roles().stream().anyMatch(r -> java.util.Arrays.stream(r.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .anyMatch(RoleHolders.PERSON_ROLES::contains));
            return tagged > 0 && (tagged * 2 > names || office && tagged * 2 == names);
        });
    }

    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

    /** Quotation marks, with the corner brackets of Japanese and Chinese (「…」, 『…』) that translated reports keep. */
    static final String QUOTE_MARKS = "\"'“”‘’«»„‟‚‛「」『』";

    int words(int start, int end) {
        int n = 0;
        for (Token t : at.tokensIn(start, end)) if (!t.word().isEmpty() && Character.isLetterOrDigit(t.word().charAt(0))) n++;
        return n;
    }

    int firstNonSpace(int k) {
        while (k < text.length() - 1 && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    /** Whether the quotation opened at {@code open} closes before {@code end}. */
    boolean closes(int open, int end) {
        return closing(text.charAt(open), open + 1, end) >= 0;
    }

    /** Where a quotation opened with {@code mark} closes in [from, end), or -1: an apostrophe inside a word is no close. */
    int closing(char mark, int from, int end) {
        String closers = switch (mark) {
            case '“' -> "”\"";
            case '«' -> "»";
            case '「' -> "」";
            case '『' -> "』";
            case '‘', '\'' -> "’'";
            default -> "\"”";
        };
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (closers.indexOf(c) < 0) continue;
            boolean single = c == '\'' || c == '’';
            if (single && k + 1 < end && Character.isLetterOrDigit(text.charAt(k + 1))) continue;
            if (single && k > 0 && (text.charAt(k - 1) == 's' || text.charAt(k - 1) == 'S') && k + 1 < end && text.charAt(k + 1) == ' '
                    && !(k > 0 && ".,!?".indexOf(text.charAt(k - 1)) >= 0)) {
                // "the members' votes": a plural possessive, unless the sentence ends there.
                if (k + 2 < end && Character.isLowerCase(text.charAt(k + 2))) continue;
            }
            return k;
        }
        return -1;
    }

    List<Token> children(Token t, Sentence s) {
        List<Token> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) if (toks.get(k).head() == t.index()) out.add(toks.get(k));
        return out;
    }

    boolean hasChild(Token t, Sentence s, String relPrefix) {
        for (Token c : children(t, s)) if (c.deprel() != null && c.deprel().startsWith(relPrefix)) return true;
        return false;
    }

    /** A verb heading a clause of its own: finite, or with an auxiliary ("had received", "would vote"). */
    boolean isFiniteClause(Token t, Sentence s) {
        if (!t.isVerb()) return false;
        if (Set.of("VBD", "VBZ", "VBP").contains(t.pos())) return true;
        return hasChild(t, s, "aux");
    }

    boolean hasMarkThat(Token t, Sentence s) {
        for (Token c : children(t, s)) if ("mark".equals(c.deprel()) && c.word().equalsIgnoreCase("that")) return true;
        return false;
    }

    boolean hasPreposition(Token t, Sentence s, String... words) {
        for (Token c : children(t, s)) {
            if (!"mark".equals(c.deprel()) && !"case".equals(c.deprel())) continue;
            for (String w : words) if (c.word().equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    int[] subtreeSpan(Token root, Sentence s) {
        int lo = root.index(), hi = root.index();
        boolean changed = true;
        java.util.BitSet in = new java.util.BitSet();
        in.set(root.index());
        while (changed) {
            changed = false;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = toks.get(k);
                if (!in.get(k) && t.head() >= 0 && in.get(t.head()) && !(t.head() == root.index() && "parataxis".equals(t.deprel()) && k > root.index() && SpeechVerbs.is(t, toks))) {
                    in.set(k);
                    lo = Math.min(lo, k);
                    hi = Math.max(hi, k);
                    changed = true;
                }
            }
        }
        return new int[] {lo, hi + 1};
    }

    /**
     * The subject of a speech verb. A verb without one ("emphasizing that", "adding that") borrows the subject of
     * the clause it hangs from, climbing at most four steps (the parser sometimes hangs it from a noun).
     */
    Token subjectOf(Token v, Sentence s) {
        Token opening = nameBeforeApposition(v, s);
        if (opening != null) return opening;
        Token auxSpeaker = speakerBeforeAuxiliary(v);
        if (auxSpeaker != null) return auxSpeaker;
        Token closing = nameClosingReport(v, s);
        if (closing != null) return closing;
        if (v.deprel() != null && v.deprel().startsWith("acl") && v.head() >= 0) {
            // "As the minister explained, ..." misparsed as "as the minister" modified by "explained": the noun.
            Token noun = toks.get(v.head());
            for (Token c : children(noun, s)) {
                if ("case".equals(c.deprel()) && c.word().equalsIgnoreCase("as") && c.index() < noun.index()) return noun;
            }
        }
        Token cur = v;
        if (participleTakenForSubject(v)) {
            // "The council closed the border, saying troops were coming": the parser took "saying" for the subject
            // of the report; the speaker is the subject of the main clause, which the participle qualifies.
            cur = null;
            for (int k = s.firstToken(); k < s.endToken() && cur == null; k++) if ("root".equals(toks.get(k).deprel())) cur = toks.get(k);
        } else if ("mark".equals(v.deprel()) && v.head() >= 0) {
            // "China voiced opposition, saying ...": "saying" hangs on the reported clause, whose own subject is not
            // the speaker; the speaker is the subject of the clause that the report qualifies.
            Token clause = toks.get(v.head());
            cur = clause.head() >= 0 ? toks.get(clause.head()) : null;
        }
        for (int steps = 0; steps < 5 && cur != null; steps++) {
            // "Ana Lim was among the first to welcome it, calling it ...": a copular predicate has the clause's subject.
            if (cur.isVerb() || steps == 0 || hasChild(cur, s, "cop")) {
                // Of two subjects the parser gave one verb ("“…, can the people on it,” she said"), the one nearer
                // the verb is its own; the other belongs to a clause the parser failed to build.
                Token found = null;
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = toks.get(k);
                    if (t.head() != cur.index() || t.deprel() == null || !t.deprel().startsWith("nsubj")) continue;
                    // "The head of the union, Ana Lim, has herself judged": an emphatic reflexive is no subject of its own.
                    boolean reflexive = REFLEXIVES.contains(t.word().toLowerCase(Locale.ROOT));
                    boolean foundReflexive = found != null && REFLEXIVES.contains(found.word().toLowerCase(Locale.ROOT));
                    if (found != null && reflexive && !foundReflexive) continue;
                    if (found == null || foundReflexive && !reflexive
                            || Math.abs(t.index() - cur.index()) < Math.abs(found.index() - cur.index())) found = t;
                }
                if (found != null) return found;
            }
            // "Mr Lim, who had called the plan “a trap”, ...": the parser may take "who" for the object; the verb of
            // a relative clause opened by "who" without a subject of its own has the antecedent for subject.
            if (cur == v && String.valueOf(v.deprel()).startsWith("acl") && v.head() >= 0 && v.head() < v.index()) {
                for (Token c : children(v, s)) {
                    if ("WP".equals(c.pos()) && c.index() < v.index() && c.index() > v.head()) return toks.get(v.head());
                }
            }
            // "His aide Ana Lim, head of the campaign, has assured that ...": the parser may make the apposition the
            // root, with the name for its subject and the speech verb hung on it; the root's subject speaks.
            if (cur != v && "root".equals(cur.deprel()) && cur.pos() != null && cur.pos().startsWith("NN")) {
                for (Token c : children(cur, s)) {
                    if ("nsubj".equals(c.deprel()) && c.index() < cur.index()) return c;
                }
            }
            if (cur == v && (followsQuotation(v) || invertedAfterClause(v, s))) {
                // "“…,” said the spokesperson of the ministry": after a quotation the parser takes the inverted
                // subject for an object.
                for (Token c : children(v, s)) {
                    if (c.index() <= v.index() || c.deprel() == null || c.pos() == null || !c.pos().startsWith("NN")) continue;
                    if (c.deprel().equals("obj") || c.deprel().equals("xcomp") || c.deprel().equals("dep")) return c;
                }
                // "«…», - declared Ana Lim": the parser may take the verb for a modifier of the name after it.
                Token after = nounAfter(v, s);
                if (after != null) return after;
            }
            String rel = cur.deprel() == null ? "" : cur.deprel();
            // "Ana Lim has this week declared that ...", word for word: the parser may take the auxiliary for the main
            // verb and the participle for its complement; the auxiliary's subject speaks.
            if (cur == v && rel.equals("ccomp") && isAuxiliaryHave(v)) {
                for (Token c : children(toks.get(v.head()), s)) if ("nsubj".equals(c.deprel())) return c;
            }
            if (rel.equals("ccomp") || rel.startsWith("nsubj") || rel.equals("csubj")) return null;
            Token head = cur.head() >= 0 ? toks.get(cur.head()) : null;
            // "X claimed that NATO has moved ..., and pointed out that ...": the parser hangs the second speech verb
            // on the reported clause; its speaker is the reporting verb's subject, not the clause's.
            if (rel.equals("conj") && head != null && !SpeechVerbs.is(head, toks) && "ccomp".equals(head.deprel())
                    && head.head() >= 0 && SpeechVerbs.is(toks.get(head.head()), toks)) {
                head = toks.get(head.head());
            }
            cur = head;
        }
        return null;
    }

    /**
     * "Some 1,200 people were taken to the police, Justice Minister Ana Lim said, adding ...": a speech verb that
     * closes its sentence (or a clause, before a comma) with no subject of its own in the parse, right after a
     * comma and a name with its title: the name speaks, not the subject of the report the parser hung the verb on.
     */
    private Token nameClosingReport(Token v, Sentence s) {
        if (hasChild(v, s, "nsubj") || v.index() + 1 >= s.endToken() || !"VBD".equals(v.pos()) && !"VBZ".equals(v.pos())) return null;
        if (!isPunct(toks.get(v.index() + 1))) return null;
        Token name = toks.get(v.index() - 1);
        if (!name.isProperNoun() || !"PERSON".equals(name.ner())) return null;
        for (int k = v.index() - 2; k > s.firstToken() && k >= v.index() - 7; k--) {
            Token t = toks.get(k);
            if (t.word().equals(",")) return k > s.firstToken() + 2 ? name : null;
            if (t.pos() == null || !t.pos().startsWith("NN") && !"TITLE".equals(t.ner()) && !t.word().equals("-")) return null;
        }
        return null;
    }

    /** Whether a participle hangs as a complement on a form of "have" before it, which is its auxiliary. */
    private boolean isAuxiliaryHave(Token v) {
        if (!"VBN".equals(v.pos()) && !"VBD".equals(v.pos()) || v.head() < 0 || v.head() > v.index()) return false;
        Token h = toks.get(v.head());
        return Set.of("has", "have", "had").contains(h.word().toLowerCase(Locale.ROOT)) && v.index() - h.index() <= 6;
    }

    /**
     * A speech verb's participle after a comma that the parser took for the subject of the clause it introduces
     * (", saying troops were coming" read with "saying" as the subject of "were coming").
     */
    boolean participleTakenForSubject(Token v) {
        if (!"VBG".equals(v.pos()) || v.deprel() == null || !v.deprel().startsWith("nsubj") && !v.deprel().equals("csubj")) return false;
        if (v.index() == 0 || !toks.get(v.index() - 1).word().equals(",") || v.head() <= v.index()) return false;
        Token clause = toks.get(v.head());
        return clause.isVerb() && clause.head() >= 0 && clause.head() < v.index();
    }

    /**
     * "Ana Lim, the engineer who now runs the Harbour Works Company (HWC), said ...": a sentence that opens with a
     * name, then an apposition between two commas, then the verb, has the name as the verb's subject, whatever the
     * parser made of a long apposition (it may take a name inside it for the subject). The last token of the name.
     */
    Token nameBeforeApposition(Token v, Sentence s) {
        if ("mark".equals(v.deprel()) || v.index() - 2 <= s.firstToken() || !toks.get(v.index() - 1).word().equals(",")) return null;
        for (MentionIndex.Hit h : index.within(doc.id(), s.start(), toks.get(v.index() - 1).start())) {
            EntityMention m = h.mention();
            String type = h.entity().type();
            if (m.kind() != EntityMention.Kind.name || !type.equals("PERSON") && !type.equals("ORG")) continue;
            List<Token> name = at.tokensIn(m.start(), m.end());
            if (name.isEmpty()) return null;
            // Only a title or a determiner before the name ("Former minister Ana Lim"): no clause, no preposition.
            for (int k = s.firstToken(); k < name.get(0).index(); k++) {
                String pos = toks.get(k).pos() == null ? "" : toks.get(k).pos();
                if (!pos.startsWith("NN") && !pos.equals("JJ") && !pos.equals("DT")) return null;
            }
            int comma = name.get(name.size() - 1).index() + 1;
            // "Ana Lim, 61, a former judge who ..., said": an age between commas is no second apposition.
            if (comma + 2 < v.index() && toks.get(comma).word().equals(",") && "CD".equals(toks.get(comma + 1).pos())
                    && toks.get(comma + 2).word().equals(",")) {
                comma += 2;
            }
            if (comma >= v.index() - 2 || !toks.get(comma).word().equals(",")) return null;
            // One apposition, whole: no further comma, quotation or speech verb before the verb.
            for (int k = comma + 1; k < v.index() - 1; k++) {
                Token t = toks.get(k);
                if (t.word().equals(",") || t.word().equals(";") || QUOTE_MARKS.indexOf(t.word().charAt(0)) >= 0
                        || t.word().equals("``") || t.word().equals("''") || SpeechVerbs.is(t, toks)) {
                    return null;
                }
            }
            return name.get(name.size() - 1);
        }
        return null;
    }

    /**
     * The name right before a speech verb that the parser buried in the clause after it ("its spokesman Ana Lim said
     * the delay would ..." read with "said" as an auxiliary or a loose dependent of "would have cost"): the speaker.
     * Null for any other verb.
     */
    Token speakerBeforeAuxiliary(Token v) {
        boolean buried = ("aux".equals(v.deprel()) || "dep".equals(v.deprel())) && v.head() > v.index();
        if (!buried || !"VBD".equals(v.pos()) && !"VBZ".equals(v.pos()) || v.index() == 0) return null;
        Token prev = toks.get(v.index() - 1);
        if (prev.sentence() != v.sentence() || !prev.isProperNoun() && !"PRP".equals(prev.pos())) return null;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), prev.start(), prev.end())) {
            if (h.mention().end() == prev.end()) return prev;
        }
        return "PRP".equals(prev.pos()) ? prev : null;
    }

    /** The head noun of the noun phrase right after a verb ("declared [the minister]", "estimates [Ana Lim]"). */
    Token nounAfter(Token v, Sentence s) {
        int k = v.index() + 1;
        while (k < s.endToken() && toks.get(k).pos() != null && Set.of("DT", "JJ", "PRP$").contains(toks.get(k).pos())) k++;
        Token last = null;
        while (k < s.endToken() && toks.get(k).pos() != null && toks.get(k).pos().startsWith("NN")) last = toks.get(k++);
        return last;
    }

    /**
     * "The two victims are fishermen, has informed the chief of the coast guard, Ana Lim.": the inverted attribution
     * of word-for-word translations closing a clause without quotation marks. The speech verb (with its auxiliaries)
     * follows a comma, has no subject, complement or marker of its own, hangs loosely on the clause before (not
     * joined by "and") and only its noun phrase follows it: that noun phrase, the parser's object, is the speaker.
     */
    boolean invertedAfterClause(Token v, Sentence s) {
        int group = verbGroupStart(v);
        if (group - 1 <= s.firstToken() || !toks.get(group - 1).word().equals(",")) return false;
        String rel = v.deprel() == null ? "" : v.deprel();
        if (!rel.equals("dep") && !rel.equals("parataxis") || v.head() < 0 || v.head() >= group) return false;
        // A finite verb ("said", "has informed"): ", calling the result a victory" is a participle with its object.
        if (!isFiniteClause(v, s)) return false;
        boolean object = false;
        for (Token c : children(v, s)) {
            String r = c.deprel() == null ? "" : c.deprel();
            if (r.startsWith("nsubj") || r.equals("ccomp") || r.equals("mark") || r.equals("cc")) return false;
            object |= r.equals("obj") && c.index() > v.index() && c.pos() != null && c.pos().startsWith("NN");
        }
        // Only the speaker's phrase follows: no other verb, and no quoted words ("has pleaded for « a new start »"
        // is a subject's own verb the parser lost), up to the sentence's end.
        for (int k = v.index() + 1; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.isVerb() || "MD".equals(t.pos()) || t.word().equals("``") || t.word().equals("''")
                    || QUOTE_MARKS.indexOf(t.word().charAt(0)) >= 0 && !t.word().equals("'s")) {
                return false;
            }
        }
        return object;
    }

    /** Whether a token comes right after a closing quotation mark (and perhaps a comma). */
    boolean followsQuotation(Token t) {
        int i = toks.get(verbGroupStart(t)).start() - 1;
        // "«…», - declared the minister": a dash may stand between the quotation and its attribution.
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '-' || text.charAt(i) == '–'
                || text.charAt(i) == '—')) {
            i--;
        }
        return i >= 0 && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The first token of a verb's group: its auxiliaries right before it and a pronoun subject inverted between
     * them, as in the word-for-word translations "«…», has declared the minister" and "«…», has he added".
     */
    int verbGroupStart(Token v) {
        int first = v.index();
        while (first - 1 >= 0 && toks.get(first - 1).sentence() == v.sentence() && toks.get(first - 1).head() == v.index()) {
            Token b = toks.get(first - 1);
            String rel = b.deprel() == null ? "" : b.deprel();
            if (!rel.startsWith("aux") && !(rel.startsWith("nsubj") && PronounSpeakers.isPronoun(b))) break;
            first--;
        }
        return first;
    }

    /** Whether a noun has the definite article or a possessive determiner ("the ministry", "its spokesperson"). */
    boolean isDefinite(Token noun, Sentence s) {
        for (Token c : children(noun, s)) {
            if (c.index() > noun.index()) continue;
            String w = c.word().toLowerCase(Locale.ROOT);
            if ("det".equals(c.deprel()) && (w.equals("the") || w.equals("this") || w.equals("that"))) return true;
            // "the doctors' union": a definite common noun in the possessive makes the whole phrase definite.
            if ("nmod:poss".equals(c.deprel()) && c.pos() != null && c.pos().startsWith("NN") && !c.isProperNoun()
                    && isDefinite(c, s)) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase of a head token: its modifiers, without relative clauses or appositions after a comma. */
    int[] nounPhrase(Token head, Sentence s) {
        int lo = head.index(), hi = head.index();
        for (int k = head.index() - 1; k >= s.firstToken(); k--) {
            Token t = toks.get(k);
            // A hyphen inside a modifier ("the 65-year-old premier") is part of the phrase.
            boolean inner = !isPunct(t) || "HYPH".equals(t.pos());
            // The possessive ending hangs on the word before it ("the doctors ' union").
            boolean possessive = "POS".equals(t.pos()) && t.head() == k - 1;
            if (t.head() == head.index() || (t.head() >= k && t.head() <= head.index() && inner) || possessive) lo = k;
            else break;
        }
        for (int k = head.index() + 1; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.head() == head.index() && t.deprel() != null && (t.deprel().startsWith("nmod") || t.deprel().equals("flat")
                    || t.deprel().equals("compound"))) {
                hi = Math.max(hi, subtreeSpan(t, s)[1] - 1);
            } else if (k > hi) {
                break;
            }
        }
        // A name is whole even where the parse splits it ("He Lanfang" with "He" read as a pronoun).
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            if (h.mention().kind() != EntityMention.Kind.name) continue;
            List<Token> name = at.tokensIn(h.mention().start(), h.mention().end());
            if (name.isEmpty() || name.get(0).index() < s.firstToken() || name.get(name.size() - 1).index() >= s.endToken()) continue;
            lo = Math.min(lo, name.get(0).index());
            hi = Math.max(hi, name.get(name.size() - 1).index());
        }
        return new int[] {lo, hi + 1};
    }

    boolean startsParagraph(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || QUOTE_MARKS.indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    int paragraphStart(int offset) {
        int p = text.lastIndexOf("\n\n", offset);
        return p < 0 ? 0 : p + 2;
    }

    int paragraphEnd(int offset) {
        int p = text.indexOf("\n\n", offset);
        return p < 0 ? text.length() : p;
    }

    static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}
