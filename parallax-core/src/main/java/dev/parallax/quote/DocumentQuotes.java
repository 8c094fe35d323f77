package dev.parallax.quote;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.QuoteSpan;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what is quoted in one document and who said it. Direct and partial quotations come from the quote
 * marks; reported speech from speech verbs with a complement clause ("said that ...", "according to X"). Speakers
 * are the subjects of those verbs, resolved to entities; pronouns ("He said:") follow the last named speaker; a
 * quotation standing alone continues the previous speaker; a document ("the statement reads") speaks for whoever
 * issued it.
 */
final class DocumentQuotes {

    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "communique", "communiqué", "declaration",
            "report", "document", "letter", "resolution", "release", "memo", "paper", "strategy", "concept");
    private static final Set<String> ISSUE_VERBS = Set.of("issue", "release", "publish", "adopt", "sign", "make",
            "unveil", "present", "draft", "approve", "put");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it");
    private static final String QUOTE_MARKS = "\"'“”‘’«»„‟‚‛";

    private final Document doc;
    private final String text;
    private final AnnotatedText at;
    private final List<Token> toks;
    private final MentionIndex index;
    private final Gazetteer gazetteer;

    /** The last speaker named, person or not, as the chain that "He said:" and "It continued:" follow. */
    private String lastPersonSpeaker;
    private String lastOtherSpeaker;
    private int lastQuoteParagraphEnd = -1;
    private String lastQuoteSpeaker;
    private int lastQuoteEnd = -1;

    DocumentQuotes(Document doc, AnnotatedText at, MentionIndex index, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.text();
        this.at = at;
        this.toks = at.tokens();
        this.index = index;
        this.gazetteer = gazetteer;
    }

    /** A quotation found, before ids are assigned. */
    private record Found(int start, int end, Quote.Kind kind, int sentence, int endSentence) {}

    /** Who said it, as found in the text. */
    private record Attribution(String entity, String text, Integer start, Integer end, String cue) {
        static final Attribution NONE = new Attribution(null, null, null, null, null);
    }

    List<Quote> find() {
        List<Found> found = new ArrayList<>();
        for (QuoteSpan q : at.quoteSpans()) {
            Found f = direct(q);
            if (f != null) found.add(f);
        }
        found.addAll(reported(found));
        found.sort(Comparator.comparingInt(Found::start));
        List<Quote> out = new ArrayList<>();
        int followed = 0;
        for (Found f : found) {
            for (; followed < f.sentence(); followed++) followSpeakers(at.sentences().get(followed));
            Attribution a = attribute(f);
            if (a.entity() != null) {
                boolean person = "PERSON".equals(index.entity(a.entity()).type());
                if (person) lastPersonSpeaker = a.entity();
                else lastOtherSpeaker = a.entity();
            }
            lastQuoteSpeaker = a.entity();
            lastQuoteParagraphEnd = paragraphEnd(f.end());
            lastQuoteEnd = f.end();
            out.add(new Quote(null, doc.id(), f.start(), f.end(), text.substring(f.start(), f.end()), f.kind(),
                    a.entity(), a.text(), a.start(), a.end(), a.cue()));
        }
        return out;
    }

    /** Speech verbs outside quotations still move the speaker chain: "he welcomed the partnership" names who "he" is next. */
    private void followSpeakers(Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            if (!SpeechVerbs.is(v, toks)) continue;
            Token subject = subjectOf(v, s);
            if (subject == null) continue;
            Attribution a = speakerOf(subject, s, null);
            if (a == null || a.entity() == null) continue;
            if ("PERSON".equals(index.entity(a.entity()).type())) lastPersonSpeaker = a.entity();
            else lastOtherSpeaker = a.entity();
        }
    }

    /** A quotation from quote marks, without the marks: direct if it stands as speech, partial if woven into a sentence. */
    private Found direct(QuoteSpan q) {
        int s = q.start(), e = q.end();
        while (s < e && (QUOTE_MARKS.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) s++;
        while (e > s && (QUOTE_MARKS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) e--;
        while (e > s && ",;".indexOf(text.charAt(e - 1)) >= 0) e--;
        if (e <= s) return null;
        List<Token> inside = at.tokensIn(s, e);
        if (inside.isEmpty()) return null;
        int words = (int) inside.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
        int before = q.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        char prev = before < 0 ? '\n' : text.charAt(before);
        boolean standsAlone = prev == '\n' || prev == ':' || prev == '.' || prev == ',' || prev == '?' || prev == '!'
                || prev == '—' || prev == '–';
        Quote.Kind kind = standsAlone && words >= 4 ? Quote.Kind.direct : Quote.Kind.partial;
        if (kind == Quote.Kind.partial && (isName(s, e) || isTitleCase(inside))) return null;
        return new Found(s, e, kind, inside.get(0).sentence(), inside.get(inside.size() - 1).sentence());
    }

    /** A name in quote marks ("‘Cyber Defense Center of Excellence (CCDCOE)’") is a name, not a quotation. */
    private boolean isName(int start, int end) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), start, end)) {
            if (h.mention().start() <= start + 1 && h.mention().end() >= end - 8 && h.mention().kind() == EntityMention.Kind.name) return true;
        }
        return false;
    }

    /** The title of a work or document ("70 Years of Postwar Talk"): every content word capitalised. */
    private static boolean isTitleCase(List<Token> inside) {
        int content = 0, caps = 0;
        for (Token t : inside) {
            String w = t.word();
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) continue;
            if (Set.of("of", "the", "a", "an", "and", "for", "in", "on", "to").contains(w)) continue;
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) caps++;
        }
        return content >= 2 && content <= 10 && caps == content;
    }

    /** Reported speech: the complement clause of a speech verb, or the clause an "according to" phrase qualifies. */
    private List<Found> reported(List<Found> direct) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token v = toks.get(i);
                if (insideAny(direct, v.start())) continue;
                if (v.word().equalsIgnoreCase("according") && i + 1 < s.endToken() && toks.get(i + 1).word().equalsIgnoreCase("to")) {
                    Found f = accordingTo(s, i, direct);
                    if (f != null) out.add(f);
                    continue;
                }
                if (!SpeechVerbs.is(v, toks)) continue;
                Token comp = complement(v, s);
                if (comp == null) continue;
                int[] span = subtreeSpan(comp, s);
                if (comp.index() < v.index()) {
                    // "..., which will be the first of its kind, Japanese envoy Koji Tomita said": the report is
                    // everything before the attribution.
                    Token subj = subjectOf(v, s);
                    int attributionStart = Math.min(v.index(), subj == null ? v.index() : nounPhrase(subj, s)[0]);
                    span = new int[] {s.firstToken(), attributionStart};
                }
                int first = span[0];
                while (first < span[1] && "mark".equals(toks.get(first).deprel()) && toks.get(first).head() == comp.index()) first++;
                int last = span[1] - 1;
                while (last > first && isPunct(toks.get(last))) last--;
                if (last - first < 3) continue;
                int start = toks.get(first).start(), end = toks.get(last).end();
                if (text.startsWith("that ", start)) start += 5;
                // Reported speech may contain a quoted fragment ("said that it has the meaning of “rehabilitation”").
                if (end <= start || overlapsAny(whole(direct), start, end)) continue;
                out.add(new Found(start, end, Quote.Kind.indirect, s.index(), s.index()));
            }
        }
        return out;
    }

    private Found accordingTo(Sentence s, int according, List<Found> direct) {
        // "X is Y, according to Z, because W": the content is the sentence without the attribution phrase.
        Token head = null;
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.isProperNoun() || t.pos() != null && t.pos().startsWith("NN")) head = t;
            if (t.word().equals(",") || t.word().equals(".")) break;
        }
        if (head == null || !isSource(head)) return null;
        int phraseStart = according, phraseEnd = head.index() + 1;
        int first = s.firstToken(), last = s.endToken() - 1;
        while (last > first && isPunct(toks.get(last))) last--;
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
        if (end <= start || overlapsAny(direct, start, end)) return null;
        return new Found(start, end, Quote.Kind.indirect, s.index(), s.index());
    }

    private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials", "diplomat",
            "diplomats", "report", "reports", "expert", "experts", "analyst", "analysts", "people", "person",
            "government", "ministry", "spokesperson", "spokesman", "spokeswoman", "media", "statement", "survey",
            "poll", "data", "figures", "estimates", "documents", "insiders", "aides", "witnesses", "residents");

    /** Whether "according to X" cites a speaker (a named entity, a pronoun, or "sources"), not a text ("Article 10"). */
    private boolean isSource(Token head) {
        if (head.isPronoun() || SOURCE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) return true;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), head.start(), head.end())) {
            String type = h.entity().type();
            if (type.equals("PERSON") || type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE")) return true;
        }
        return false;
    }

    /** The clause a speech verb introduces: its clausal complement (or a parataxis for inverted "..., said X"). */
    private Token complement(Token verb, Sentence s) {
        Token para = null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.head() != verb.index() || t.deprel() == null) continue;
            if (t.deprel().equals("ccomp")) return t;
            if (t.deprel().equals("parataxis") && t.index() < verb.index()) para = t;
        }
        if (para != null) return para;
        // "..., said the diplomat": the verb is a parataxis of the reported clause's head.
        if ("parataxis".equals(verb.deprel()) && verb.head() >= 0 && toks.get(verb.head()).index() < verb.index()) {
            return toks.get(verb.head());
        }
        return null;
    }

    private int[] subtreeSpan(Token root, Sentence s) {
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

    private Attribution attribute(Found f) {
        Attribution a = attributionIn(f, f.sentence());
        if (a == null && f.endSentence() != f.sentence()) a = attributionIn(f, f.endSentence());
        if (a == null && f.kind() != Quote.Kind.indirect && f.sentence() > 0) {
            // "He said:" ending the sentence before the quotation.
            Sentence prev = at.sentences().get(f.sentence() - 1);
            String before = text.substring(prev.start(), f.start()).strip();
            if (before.endsWith(":") || before.endsWith(":\"") || before.endsWith(":“")) a = attributionIn(f, prev.index());
        }
        if (a == null && f.kind() == Quote.Kind.direct && startsParagraph(f.start()) && lastQuoteSpeaker != null
                && paragraphStart(f.start()) <= lastQuoteParagraphEnd + 2) {
            a = new Attribution(lastQuoteSpeaker, null, null, null, null);
        }
        // "“…,” Mr Albanese said. “It will make Australia safer.”": a bare quotation after an attributed one in the
        // same paragraph goes on in the same voice.
        if (a == null && f.kind() == Quote.Kind.direct && lastQuoteSpeaker != null && lastQuoteEnd >= 0
                && lastQuoteEnd <= f.start() && paragraphEnd(lastQuoteEnd) >= f.end()) {
            a = new Attribution(lastQuoteSpeaker, null, null, null, null);
        }
        return a == null ? Attribution.NONE : a;
    }

    /** The speech verb of a sentence (outside the quotation) and its resolved subject. */
    private Attribution attributionIn(Found f, int sentence) {
        Sentence s = at.sentences().get(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            if (v.start() >= f.start() && v.end() <= f.end()) continue;
            if (v.word().equalsIgnoreCase("according") && f.kind() == Quote.Kind.indirect) {
                Token head = accordingHead(s, k);
                if (head != null) {
                    Attribution a = speakerOf(head, s, "according to");
                    if (a != null) return a;
                }
                continue;
            }
            if (!SpeechVerbs.is(v, toks)) continue;
            if (f.kind() == Quote.Kind.indirect && !governs(v, f, s)) continue;
            Token subject = subjectOf(v, s);
            if (subject == null) continue;
            if (f.kind() != Quote.Kind.indirect && subject.start() >= f.start() && subject.end() <= f.end()) continue;
            Attribution a = speakerOf(subject, s, cue(v));
            if (a != null) return a;
        }
        return null;
    }

    private Token accordingHead(Sentence s, int according) {
        for (int k = according + 2; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.word().equals(",") || t.word().equals(".")) break;
            if (t.isProperNoun() || (t.pos() != null && t.pos().startsWith("NN")) || t.isPronoun()) {
                Token next = k + 1 < s.endToken() ? toks.get(k + 1) : null;
                if (next == null || !(next.isProperNoun())) return t;
            }
        }
        return null;
    }

    /** Whether the speech verb introduces this reported clause (and not another one in the sentence). */
    private boolean governs(Token v, Found f, Sentence s) {
        Token comp = complement(v, s);
        if (comp == null) return false;
        return comp.start() <= f.end() && comp.end() >= f.start() || (comp.start() >= f.start() && comp.end() <= f.end());
    }

    private String cue(Token v) {
        String w = v.word();
        if (v.lemma() != null && v.lemma().equals("point") && v.index() + 1 < toks.size()
                && toks.get(v.index() + 1).word().equalsIgnoreCase("out")) {
            return w + " out";
        }
        return w;
    }

    /**
     * The subject of a speech verb. A verb without one ("emphasizing that", "adding that") borrows the subject of
     * the clause it hangs from, climbing at most four steps (the parser sometimes hangs it from a noun).
     */
    private Token subjectOf(Token v, Sentence s) {
        Token cur = v;
        for (int steps = 0; steps < 5 && cur != null; steps++) {
            if (cur.isVerb() || steps == 0) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = toks.get(k);
                    if (t.head() == cur.index() && t.deprel() != null && t.deprel().startsWith("nsubj")) return t;
                }
            }
            String rel = cur.deprel() == null ? "" : cur.deprel();
            if (rel.equals("ccomp") || rel.startsWith("nsubj")) return null;
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

    private boolean fitsPronoun(String entity, boolean male) {
        Entity e = index.entity(entity);
        return e == null || dev.parallax.resolve.PronounLinker.compatible(e, male);
    }

    /** The person coreference linked this pronoun to, if any. */
    private String linkedPerson(Token pronoun) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), pronoun.start(), pronoun.end())) {
            if ("PERSON".equals(h.entity().type())) return h.entity().id();
        }
        return null;
    }

    /** Resolves the subject of a speech verb to an entity, with the text that names the speaker. */
    private Attribution speakerOf(Token head, Sentence s, String cue) {
        int[] np = nounPhrase(head, s);
        String npText = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end());
        Integer st = toks.get(np[0]).start(), en = toks.get(np[1] - 1).end();
        String lw = head.word().toLowerCase(Locale.ROOT);
        if (head.isPronoun() || PERSON_PRONOUNS.contains(lw) || GROUP_PRONOUNS.contains(lw)) {
            boolean male = lw.equals("he") || lw.equals("him");
            String same = PERSON_PRONOUNS.contains(lw) ? personEarlierIn(s, head) : null;
            String chain = lastPersonSpeaker != null && fitsPronoun(lastPersonSpeaker, male) ? lastPersonSpeaker : null;
            if (PERSON_PRONOUNS.contains(lw) && same == null && chain == null && lastPersonSpeaker != null) {
                // "She said:" after a man spoke: the pronoun's own antecedent, as coreference found it.
                chain = linkedPerson(head);
            }
            String e = same != null ? same : PERSON_PRONOUNS.contains(lw) ? chain != null ? chain : lastPersonSubject(head)
                    : lw.equals("it") ? lastOtherSpeaker : lastOtherSpeaker != null ? lastOtherSpeaker : lastPersonSpeaker;
            return new Attribution(e, npText, st, en, cue);
        }
        String e = entityIn(np, head);
        if (e == null && DOCUMENT_NOUNS.contains(lw)) e = authorOf(lw, s);
        if (e == null && DOCUMENT_NOUNS.contains(lw)) e = issuedAt(head, s);
        if (e == null && ("TITLE".equals(head.ner()) || isTitleWord(lw))) e = holderOfTitle(np, s);
        return new Attribution(e, npText, st, en, cue);
    }

    private static boolean isTitleWord(String w) {
        return Set.of("minister", "president", "secretary", "general", "chairman", "spokesman", "spokesperson",
                "ambassador", "envoy", "chancellor", "premier").contains(w);
    }

    /** The noun phrase of a head token: its modifiers, without relative clauses or appositions after a comma. */
    private int[] nounPhrase(Token head, Sentence s) {
        int lo = head.index(), hi = head.index();
        for (int k = head.index() - 1; k >= s.firstToken(); k--) {
            Token t = toks.get(k);
            if (t.head() == head.index() || (t.head() >= k && t.head() <= head.index() && !isPunct(t))) lo = k;
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
        return new int[] {lo, hi + 1};
    }

    /** The entity a noun phrase names: its head's own mention first, then its modifiers, persons before others. */
    private String entityIn(int[] np, Token head) {
        Entity best = null;
        int bestScore = -1;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(np[0]).start(), toks.get(np[1] - 1).end())) {
            Entity e = h.entity();
            if (e.type().equals("EVENT") || e.type().equals("MISC")) continue;
            EntityMention m = h.mention();
            boolean onHead = m.start() <= head.start() && head.end() <= m.end();
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
        if (best != null && best.type().equals("NORP")) {
            // "a French foreign ministry spokesperson" speaks for France; "a European diplomat" for no one.
            var country = gazetteer.demonymOf(best.name()).filter(g -> "country".equals(g.kind()));
            return country.map(g -> index.byName(g.name())).map(Entity::id).orElse(null);
        }
        return best == null ? null : best.id();
    }

    /** "the statement reads": whoever issued the statement, in the nearest earlier sentence that says so. */
    private String authorOf(String noun, Sentence current) {
        for (int si = current.index(); si >= Math.max(0, current.index() - 6); si--) {
            Sentence s = at.sentences().get(si);
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = toks.get(k);
                if (!t.word().toLowerCase(Locale.ROOT).equals(noun) || t.head() < 0) continue;
                if (si == current.index() && t.start() >= toks.get(current.firstToken()).start() && "nsubj".equals(t.deprel())) continue;
                Token gov = toks.get(t.head());
                String lemma = gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT);
                if (!ISSUE_VERBS.contains(lemma)) continue;
                Token subj = subjectOf(gov, s);
                if (subj == null) continue;
                if (subj.isPronoun()) return lastPersonSubject(subj);
                String e = entityIn(nounPhrase(subj, s), subj);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** "The communiqué issued during the summit", "a strategy published at a summit": the event's organiser. */
    private String issuedAt(Token noun, Sentence s) {
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

    /** "the Secretary General continued": the entity of this document holding that title. */
    private String holderOfTitle(int[] np, Sentence s) {
        String title = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end()).toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "");
        String found = null;
        int foundAt = -1;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= toks.get(np[0]).start()) break;
            Entity e = h.entity();
            if (!e.type().equals("PERSON")) continue;
            boolean holds = e.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).endsWith(title))
                    || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(title + " "));
            if (holds && h.mention().start() > foundAt) {
                found = e.id();
                foundAt = h.mention().start();
            }
        }
        return found;
    }

    /** "when Mr Stoltenberg met President Yoon, he welcomed ...": the first person named earlier in the sentence. */
    private String personEarlierIn(Sentence s, Token pronoun) {
        for (MentionIndex.Hit h : index.within(doc.id(), s.start(), pronoun.start())) {
            if (h.entity().type().equals("PERSON") && h.mention().kind() == EntityMention.Kind.name) return h.entity().id();
        }
        return null;
    }

    /** For a pronoun that is not a quote attribution: the most recent person named before it. */
    private String lastPersonSubject(Token pronoun) {
        String found = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= pronoun.start()) break;
            if (h.entity().type().equals("PERSON") && h.mention().kind() == EntityMention.Kind.name) found = h.entity().id();
        }
        return found;
    }

    private boolean startsParagraph(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || QUOTE_MARKS.indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    private int paragraphStart(int offset) {
        int p = text.lastIndexOf("\n\n", offset);
        return p < 0 ? 0 : p + 2;
    }

    private int paragraphEnd(int offset) {
        int p = text.indexOf("\n\n", offset);
        return p < 0 ? text.length() : p;
    }

    private static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static List<Found> whole(List<Found> fs) {
        return fs.stream().filter(f -> f.kind() == Quote.Kind.direct).toList();
    }

    private static boolean insideAny(List<Found> fs, int offset) {
        for (Found f : fs) if (f.start() <= offset && offset < f.end()) return true;
        return false;
    }

    private static boolean overlapsAny(List<Found> fs, int start, int end) {
        for (Found f : fs) if (f.start() < end && start < f.end()) return true;
        return false;
    }
}
