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
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
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
    /** The last speaker of any kind and the sentence where it spoke, for a statement that follows its issuer. */
    private String lastSpeaker;
    private int lastSpeakerSentence = -10;

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
        found.addAll(openParagraphQuotes(found));
        found.addAll(singleQuoted(found));
        found.addAll(withoutMixedQuotations(reported(found), found));
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
                lastSpeaker = a.entity();
                lastSpeakerSentence = f.endSentence();
            }
            lastQuoteSpeaker = a.entity();
            lastQuoteParagraphEnd = paragraphEnd(f.end());
            lastQuoteEnd = f.end();
            out.add(new Quote(null, doc.id(), f.start(), f.end(), text.substring(f.start(), f.end()), f.kind(),
                    a.entity(), a.text(), a.start(), a.end(), a.cue()));
        }
        return quotedWordsFirst(out);
    }

    /**
     * A report with quoted words woven in ("said the plan was “full of holes”") is, first of all, a partial
     * quotation: the quoted words are listed before the report that carries them, so that a reader taking the first
     * quotation at a place gets the speaker's own words.
     */
    private static List<Quote> quotedWordsFirst(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        for (int i = 0; i < out.size(); i++) {
            Quote r = out.get(i);
            if (r.kind() != Quote.Kind.indirect) continue;
            for (int j = i + 1; j < out.size(); j++) {
                Quote q = out.get(j);
                if (q.start() >= r.end()) break;
                if (q.kind() == Quote.Kind.partial && q.end() <= r.end()) {
                    out.remove(j);
                    out.add(i, q);
                    i++;
                }
            }
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
            lastSpeaker = a.entity();
            lastSpeakerSentence = s.index();
        }
    }

    /**
     * "The statement said the arrangement would “set the highest standard”": when the quoted words make up half of a
     * report, or a third and its end, the report is that quotation woven in; it is given once, as the partial
     * quotation. A quoted word inside a paraphrase ("China would “firmly defend” its companies", "has the meaning of
     * “rehabilitation”") leaves both.
     */
    private List<Found> withoutMixedQuotations(List<Found> reported, List<Found> quoted) {
        List<Found> out = new ArrayList<>();
        for (Found r : reported) {
            int words = words(r.start(), r.end()), inQuotes = 0;
            for (Found q : quoted) {
                if (q.kind() == Quote.Kind.partial && q.start() >= r.start() && q.end() <= r.end()) inQuotes += words(q.start(), q.end());
            }
            boolean mixed = inQuotes * 2 >= words || inQuotes * 3 >= words && endsWithQuotation(r, quoted);
            if (inQuotes == 0 || !mixed) out.add(r);
        }
        return out;
    }

    /** Whether a report's last words are a quotation ("... has “never been more vital”"). */
    private boolean endsWithQuotation(Found r, List<Found> quoted) {
        for (Found q : quoted) {
            if (q.kind() == Quote.Kind.partial && q.start() >= r.start() && q.end() <= r.end() && words(q.end(), r.end()) == 0) return true;
        }
        return false;
    }

    private int words(int start, int end) {
        int n = 0;
        for (Token t : at.tokensIn(start, end)) if (!t.word().isEmpty() && Character.isLetterOrDigit(t.word().charAt(0))) n++;
        return n;
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

    private static final String OPENING = "'‘\"“«";

    /**
     * A quotation running over paragraphs: a paragraph opens a quotation it does not close, and the next paragraph
     * opens it again ("said: 'The plan failed.⏎'It always would.'"). The annotator leaves such marks unpaired; each
     * paragraph's part is a direct quotation.
     */
    private List<Found> openParagraphQuotes(List<Found> known) {
        List<Found> out = new ArrayList<>();
        List<int[]> paras = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int nl = text.indexOf('\n', p);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(p, end).isBlank()) paras.add(new int[] {p, end});
            p = end + 1;
        }
        boolean continues = false;
        for (int i = 0; i < paras.size(); i++) {
            int ps = paras.get(i)[0], pe = paras.get(i)[1];
            while (ps < pe && Character.isWhitespace(text.charAt(ps))) ps++;
            while (pe > ps && Character.isWhitespace(text.charAt(pe - 1))) pe--;
            int open = -1;
            for (int k = ps; k < pe - 1; k++) {
                char c = text.charAt(k);
                if (OPENING.indexOf(c) < 0) continue;
                boolean atStart = k == ps || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == ':';
                if (atStart && Character.isLetterOrDigit(text.charAt(k + 1)) && (k == ps ? continues || !closes(k, pe) : true)) {
                    open = k;
                    break;
                }
            }
            boolean wasContinued = continues;
            continues = false;
            if (open < 0) continue;
            char mark = text.charAt(open);
            int close = closing(mark, open + 1, pe);
            boolean nextReopens = i + 1 < paras.size() && text.charAt(firstNonSpace(paras.get(i + 1)[0])) == mark;
            if (close < 0 && nextReopens) {
                continues = true;
                close = pe;
            } else if (!(wasContinued && open == ps && close > 0)) {
                continue;
            }
            int qs = open + 1, qe = close;
            while (qe > qs && (QUOTE_MARKS.indexOf(text.charAt(qe - 1)) >= 0 || Character.isWhitespace(text.charAt(qe - 1)))) qe--;
            if (qe <= qs || overlapsAny(known, qs, qe)) continue;
            List<Token> inside = at.tokensIn(qs, qe);
            if (inside.size() < 4) continue;
            out.add(new Found(qs, qe, Quote.Kind.direct, inside.get(0).sentence(), inside.get(inside.size() - 1).sentence()));
        }
        return out;
    }

    /**
     * "'The plan is a victory for nobody,' he said": quotations in single marks the annotator left unpaired. An
     * opening mark starts a word; the closing one ends a word (an apostrophe inside a word or a plural possessive is
     * no close) within the paragraph.
     */
    private List<Found> singleQuoted(List<Found> known) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '\'' && c != '‘') continue;
            boolean atStart = k == 0 || text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == ':'
                    || text.charAt(k - 1) == '(' || text.charAt(k - 1) == '—';
            if (!atStart || !Character.isLetterOrDigit(text.charAt(k + 1)) || insideAny(known, k + 1)) continue;
            int pe = text.indexOf('\n', k);
            if (pe < 0) pe = text.length();
            int close = closing(c, k + 1, pe);
            if (close < 0) continue;
            if (close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) continue;
            if (overlapsAny(known, k + 1, close) || overlapsAny(out, k + 1, close)) continue;
            Found f = direct(new QuoteSpan(k, close + 1, text.substring(k, close + 1), 0, 0));
            if (f == null || words(f.start(), f.end()) < 3) continue;
            out.add(f);
            k = close;
        }
        return out;
    }

    private int firstNonSpace(int k) {
        while (k < text.length() - 1 && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    /** Whether the quotation opened at {@code open} closes before {@code end}. */
    private boolean closes(int open, int end) {
        return closing(text.charAt(open), open + 1, end) >= 0;
    }

    /** Where a quotation opened with {@code mark} closes in [from, end), or -1: an apostrophe inside a word is no close. */
    private int closing(char mark, int from, int end) {
        String closers = switch (mark) {
            case '“' -> "”\"";
            case '«' -> "»";
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
                Report r = report(v, s);
                if (r == null) continue;
                int first = r.first();
                while (first < r.end() && "mark".equals(toks.get(first).deprel()) && toks.get(first).head() == r.head().index()) first++;
                int last = r.end() - 1;
                while (last > first && isPunct(toks.get(last))) last--;
                // "some suppliers say they are overdue": a clause with its own subject is a report even when short.
                if (last - first < (hasChild(r.head(), s, "nsubj") ? 2 : 3)) continue;
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
            if (t.isProperNoun() || t.pos() != null && t.pos().startsWith("NN") || "PRP".equals(t.pos())) head = t;
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

    /** Nouns whose content clause is what was said: "expressed concern that ...", "gave assurances that ...". */
    private static final Set<String> CONTENT_NOUNS = Set.of("concern", "fear", "hope", "view", "belief", "assurance",
            "warning", "claim", "point", "argument", "doubt", "confidence", "opinion", "position", "expectation", "wish",
            "optimism", "regret", "conviction", "intention", "commitment", "promise", "message");
    /** Verbs that report an accusation as "X of/for doing Y". */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "criticize", "criticise", "condemn", "praise",
            "commend", "fault", "charge");

    /** The reported clause of a speech verb: the clause's head and its token span [first, end). */
    private record Report(Token head, int first, int end) {}

    /**
     * Where a speech verb's report lies. Besides a clausal complement, the parser hands us a few misparsed shapes of
     * the same thing: the clause's subject taken for the verb's object ("said the government would vote against"),
     * the verb taken for the subject of its own report ("Canberra insists the submarines are a deterrent", "a deal
     * that Sunak says will secure jobs"), the clause hung on the object noun ("expressed concern that ..."), and
     * accusations ("accused the partners of fuelling an arms race").
     */
    private Report report(Token v, Sentence s) {
        Token comp = complement(v, s);
        if (comp != null) {
            int[] span = subtreeSpan(comp, s);
            if (comp.index() < v.index()) {
                // "..., which would be a first for the port, harbour chief Ines Kovar said": the report is
                // everything before the attribution.
                Token subj = subjectOf(v, s);
                int attributionStart = Math.min(v.index(), subj == null ? v.index() : nounPhrase(subj, s)[0]);
                span = new int[] {s.firstToken(), attributionStart};
            }
            return new Report(comp, span[0], span[1]);
        }
        Token obj = null, dep = null, before = null;
        for (Token c : children(v, s)) {
            if (c.index() < v.index()) {
                if ("obj".equals(c.deprel())) before = c;
                continue;
            }
            if (obj == null && "obj".equals(c.deprel())) obj = c;
            if (dep == null && "dep".equals(c.deprel()) && isFiniteClause(c, s)) dep = c;
        }
        if (obj != null && dep != null && obj.index() < dep.index()) {
            return new Report(dep, subtreeSpan(obj, s)[0], subtreeSpan(dep, s)[1]);
        }
        if (obj == null && dep != null && before != null && "WDT".equals(before.pos())) {
            // "..., which observers say shows the deep divisions": the relative pronoun is the report's subject.
            return new Report(dep, v.index() + 1, subtreeSpan(dep, s)[1]);
        }
        if ("csubj".equals(v.deprel()) && v.head() > v.index()) {
            // "What he said was true" is a clause about a saying, not a report; "that"/"which" relates to a noun.
            if (obj != null || before != null && "WDT".equals(before.pos())) {
                Token h = toks.get(v.head());
                return new Report(h, v.index() + 1, subtreeSpan(h, s)[1]);
            }
        }
        if (obj != null) {
            String objLemma = lemma(obj);
            for (Token c : children(obj, s)) {
                if (c.index() < obj.index() || c.deprel() == null) continue;
                boolean content = CONTENT_NOUNS.contains(objLemma) && (c.deprel().equals("ccomp")
                        || c.deprel().equals("acl") && hasMarkThat(c, s));
                if (content) {
                    int[] span = subtreeSpan(c, s);
                    return new Report(c, span[0], span[1]);
                }
            }
            if (ACCUSING.contains(lemma(v))) {
                // "accused the operators of ignoring the rules": the charge hangs on the object or on the verb.
                List<Token> candidates = new ArrayList<>(children(obj, s));
                candidates.addAll(children(v, s));
                for (Token c : candidates) {
                    if (c.index() <= obj.index() || c.deprel() == null) continue;
                    boolean attached = c.deprel().equals("acl") || c.deprel().equals("advcl") || c.deprel().startsWith("nmod")
                            || c.deprel().startsWith("obl");
                    if (attached && hasPreposition(c, s, "of", "for") && hasGerund(c, s)) {
                        return new Report(c, subtreeSpan(obj, s)[0], subtreeSpan(c, s)[1]);
                    }
                }
            }
        }
        return null;
    }

    /** Whether a phrase holds a gerund ("of ignoring the rules"), which makes it a charge and not a topic. */
    private boolean hasGerund(Token t, Sentence s) {
        int[] span = subtreeSpan(t, s);
        for (int k = span[0]; k < span[1]; k++) if ("VBG".equals(toks.get(k).pos())) return true;
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
        // "China voiced opposition, saying the three countries were sliding ...": the parser makes "saying" a
        // marker of the clause it introduces.
        if ("mark".equals(verb.deprel()) && "VBG".equals(verb.pos()) && verb.head() > verb.index()) {
            return toks.get(verb.head());
        }
        return null;
    }

    private List<Token> children(Token t, Sentence s) {
        List<Token> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) if (toks.get(k).head() == t.index()) out.add(toks.get(k));
        return out;
    }

    private boolean hasChild(Token t, Sentence s, String relPrefix) {
        for (Token c : children(t, s)) if (c.deprel() != null && c.deprel().startsWith(relPrefix)) return true;
        return false;
    }

    /** A verb heading a clause of its own: finite, or with an auxiliary ("had received", "would vote"). */
    private boolean isFiniteClause(Token t, Sentence s) {
        if (!t.isVerb()) return false;
        if (Set.of("VBD", "VBZ", "VBP").contains(t.pos())) return true;
        return hasChild(t, s, "aux");
    }

    private boolean hasMarkThat(Token t, Sentence s) {
        for (Token c : children(t, s)) if ("mark".equals(c.deprel()) && c.word().equalsIgnoreCase("that")) return true;
        return false;
    }

    private boolean hasPreposition(Token t, Sentence s, String... words) {
        for (Token c : children(t, s)) {
            if (!"mark".equals(c.deprel()) && !"case".equals(c.deprel())) continue;
            for (String w : words) if (c.word().equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
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
        if (a == null) a = possessedSaying(f);
        if (a == null && f.kind() == Quote.Kind.direct) a = dashAttribution(f);
        if (a == null && f.kind() == Quote.Kind.partial) a = nameAndVerbBefore(f);
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

    /**
     * A pull quotation signed after a dash ("“…” — Ana Lim, chair of the board, in remarks to ..."): the person or
     * organisation named right after the dash.
     */
    private Attribution dashAttribution(Found f) {
        int i = f.end();
        while (i < text.length() && (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0 || " \t\n,.".indexOf(text.charAt(i)) >= 0)) i++;
        if (i >= text.length() || "—–-".indexOf(text.charAt(i)) < 0) return null;
        i++;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), i, Math.min(text.length(), i + 1))) {
            String type = h.entity().type();
            if (h.mention().start() != i || h.mention().kind() != EntityMention.Kind.name) continue;
            if (!type.equals("PERSON") && !type.equals("ORG")) continue;
            return new Attribution(h.entity().id(), h.mention().text(), h.mention().start(), h.mention().end(), "—");
        }
        return null;
    }

    /**
     * "... that Kyiv judges « a failure »": a name right before a present-tense speech verb right before the quoted
     * words, where the tagger took the verb for a plural noun.
     */
    private Attribution nameAndVerbBefore(Found f) {
        List<Token> before = at.tokensIn(Math.max(0, f.start() - 80), f.start());
        int k = before.size() - 1;
        while (k >= 0 && before.get(k).word().chars().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0 || c == '`')) k--;
        if (k < 1) return null;
        Token verb = before.get(k);
        String w = verb.word().toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || w.length() < 4) return null;
        String stem = w.endsWith("es") && SpeechVerbs.LEMMAS.contains(w.substring(0, w.length() - 2)) ? w.substring(0, w.length() - 2)
                : w.substring(0, w.length() - 1);
        if (!SpeechVerbs.LEMMAS.contains(stem)) return null;
        Token name = before.get(k - 1);
        for (MentionIndex.Hit h : index.overlapping(doc.id(), name.start(), name.end())) {
            if (h.mention().kind() != EntityMention.Kind.name || h.mention().end() != name.end()) continue;
            String type = h.entity().type();
            if (!Set.of("PERSON", "ORG", "GPE", "MEDIA").contains(type)) continue;
            // A seat of government speaks for its country ("Kyiv judges" is Ukraine's judgement).
            // (The tagger may have typed the city as anything.)
            String id = gazetteer.seatOf(h.entity().name()).map(g -> index.byName(g.name())).map(Entity::id).orElse(h.entity().id());
            return new Attribution(id, h.mention().text(), h.mention().start(), h.mention().end(), verb.word());
        }
        return null;
    }

    private static final Set<String> SAYING_NOUNS = Set.of("remark", "message", "comment", "word", "speech", "claim",
            "warning", "assertion", "pledge", "promise", "argument", "view", "verdict", "statement", "answer", "reply",
            "advice", "assessment", "conclusion", "recommendation", "plea", "prediction", "diagnosis");

    /**
     * "Ana Lim's remark that there was “no case” ...", "His message was that the trend is “irreversible”": a saying
     * noun before the quotation in its sentence, with its owner named or a pronoun for them.
     */
    private Attribution possessedSaying(Found f) {
        Sentence s = at.sentences().get(f.sentence());
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token n = toks.get(k);
            if (n.start() >= f.start()) break;
            if (n.pos() == null || !n.pos().startsWith("NN") || !SAYING_NOUNS.contains(lemma(n))) continue;
            for (Token c : children(n, s)) {
                if (!"nmod:poss".equals(c.deprel()) || c.index() > n.index()) continue;
                String lw = c.word().toLowerCase(Locale.ROOT);
                if (lw.equals("his") || lw.equals("her")) {
                    // "His message was ...": whom coreference found, else the person last named as a subject.
                    String e = linkedPerson(c);
                    if (e == null) e = lastPersonSubject(c);
                    if (e != null) return new Attribution(e, c.word(), c.start(), c.end(), n.word());
                    continue;
                }
                Attribution a = speakerOf(c, s, n.word());
                if (a != null && a.entity() != null) return a;
            }
        }
        return null;
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
            if (subject == null) subject = placeAsSpeaker(v, s);
            if (subject == null) continue;
            if (f.kind() != Quote.Kind.indirect && subject.start() >= f.start() && subject.end() <= f.end()) {
                // "«…», estimates the researcher": the parser may take a word of the quotation for the subject; the
                // speaker is the noun after the verb.
                subject = followsQuotation(v) ? nounAfter(v, s) : null;
                if (subject == null) continue;
            }
            Attribution a = speakerOf(subject, s, cue(v));
            if (a != null) return a;
        }
        return null;
    }

    /**
     * "In the Ministry of Transport noted that ...": a speech verb without a subject, after an "in"/"at" phrase naming
     * an organisation, speaks for that organisation (a construction translated word for word).
     */
    private Token placeAsSpeaker(Token v, Sentence s) {
        for (Token c : children(v, s)) {
            if (c.index() > v.index() || c.deprel() == null || !c.deprel().startsWith("obl") || !hasPreposition(c, s, "in", "at")) continue;
            for (MentionIndex.Hit h : index.overlapping(doc.id(), c.start(), c.end())) {
                String type = h.entity().type();
                if (type.equals("ORG") || type.equals("MEDIA")) return c;
            }
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
        Report r = report(v, s);
        if (r == null) return false;
        Token head = r.head();
        return head.start() <= f.end() && head.end() >= f.start();
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
        if ("mark".equals(v.deprel()) && v.head() >= 0) {
            // "China voiced opposition, saying ...": "saying" hangs on the reported clause, whose own subject is not
            // the speaker; the speaker is the subject of the clause that the report qualifies.
            Token clause = toks.get(v.head());
            cur = clause.head() >= 0 ? toks.get(clause.head()) : null;
        }
        for (int steps = 0; steps < 5 && cur != null; steps++) {
            if (cur.isVerb() || steps == 0) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = toks.get(k);
                    if (t.head() == cur.index() && t.deprel() != null && t.deprel().startsWith("nsubj")) return t;
                }
            }
            if (cur == v && followsQuotation(v)) {
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

    /** The head noun of the noun phrase right after a verb ("declared [the minister]", "estimates [Ana Lim]"). */
    private Token nounAfter(Token v, Sentence s) {
        int k = v.index() + 1;
        while (k < s.endToken() && toks.get(k).pos() != null && Set.of("DT", "JJ", "PRP$").contains(toks.get(k).pos())) k++;
        Token last = null;
        while (k < s.endToken() && toks.get(k).pos() != null && toks.get(k).pos().startsWith("NN")) last = toks.get(k++);
        return last;
    }

    /** Whether a token comes right after a closing quotation mark (and perhaps a comma). */
    private boolean followsQuotation(Token t) {
        int i = t.start() - 1;
        // "«…», - declared the minister": a dash may stand between the quotation and its attribution.
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '-' || text.charAt(i) == '–'
                || text.charAt(i) == '—')) {
            i--;
        }
        return i >= 0 && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0;
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
        return speakerOf(head, s, cue, 0);
    }

    /**
     * Resolves a speaker's noun phrase. Names and pronouns first; then what a nominal refers to: the person in
     * apposition ("The President of X, Hildegard Müller,"), the organisation a spokesperson speaks for, the issuer
     * of a statement, the organisation named earlier whose name a definite noun repeats ("the ministry"), the
     * group of people a plural title stands for ("the ministers"). {@code depth} bounds the anaphora chain.
     */
    private Attribution speakerOf(Token head, Sentence s, String cue, int depth) {
        Token antecedent = relativeAntecedent(head, s);
        if (antecedent != null) head = antecedent;
        int[] np = nounPhrase(head, s);
        Token given = surnameHe(head, s);
        if (given != null) {
            // "He Yadong, another ministry spokesperson, told ...": He is a surname, not a pronoun.
            np = new int[] {head.index(), Math.max(head.index() + 1, nounPhrase(given, s)[1])};
            head = given;
        }
        String npText = text.substring(toks.get(np[0]).start(), toks.get(np[1] - 1).end());
        Integer st = toks.get(np[0]).start(), en = toks.get(np[1] - 1).end();
        String lw = head.word().toLowerCase(Locale.ROOT);
        if (given == null && (head.isPronoun() || PERSON_PRONOUNS.contains(lw) || GROUP_PRONOUNS.contains(lw))) {
            boolean male = lw.equals("he") || lw.equals("him") || lw.equals("his");
            String same = PERSON_PRONOUNS.contains(lw) ? personEarlierIn(s, head) : null;
            String chain = lastPersonSpeaker != null && fitsPronoun(lastPersonSpeaker, male) ? lastPersonSpeaker : null;
            if (PERSON_PRONOUNS.contains(lw) && same == null) {
                // "Engineer Ana Lim reviewed the survey. According to her, ...": a person named as a subject in this
                // paragraph since the last quotation takes over from the earlier speaker.
                String subject = subjectInParagraph(head, male);
                if (subject != null) chain = subject;
            }
            if (PERSON_PRONOUNS.contains(lw) && same == null && chain == null && lastPersonSpeaker != null) {
                // "She said:" after a man spoke: the pronoun's own antecedent, as coreference found it.
                chain = linkedPerson(head);
            }
            String e = same != null ? same : PERSON_PRONOUNS.contains(lw) ? chain != null ? chain : lastPersonSubject(head)
                    : lw.equals("it") ? lastOtherSpeaker : lastOtherSpeaker != null ? lastOtherSpeaker : lastPersonSpeaker;
            return new Attribution(e, npText, st, en, cue);
        }
        return new Attribution(entityOfNominal(head, np, s, depth), npText, st, en, cue);
    }

    private String entityOfNominal(Token head, int[] np, Sentence s, int depth) {
        String lw = head.word().toLowerCase(Locale.ROOT);
        String lemma = lemma(head);
        if ((PERSON_ROLES.contains(lemma) || PERSON_ROLES.contains(lw)) && ("NN".equals(head.pos()) || "NNP".equals(head.pos()))) {
            String role = roleHolder(head, np, s);
            if (role != null) return role.isEmpty() ? null : role;
        }
        String e = entityIn(np, head);
        if (e == null) e = apposedName(head, s);
        boolean document = DOCUMENT_NOUNS.contains(lw) || DOCUMENT_NOUNS.contains(lemma);
        if (e == null && document) e = signer(head, s);
        if (e == null && document) e = possessorOf(head, s, depth);
        if (e == null && document) e = authorOf(lw, s, depth);
        if (e == null && document) e = issuedAt(head, s);
        if (e == null && ("TITLE".equals(head.ner()) || isTitleWord(lw))) e = holderOfTitle(np, s);
        // "a spokesperson for the ministry", "German carmakers including BMW": the organisation in the phrase. A
        // titled person's organisation ("the President of the chamber") is not the person.
        if (e == null) e = organisationInPhrase(head, s);
        if (e == null) e = personIntroducedAs(head, np, s);
        if (e == null && depth < 2) e = nominalAntecedent(head, np, s, depth);
        // A statement, unlike a report or a letter, is the voice of whoever has just been speaking.
        if (e == null && STATEMENT_NOUNS.contains(lemma) && depth < 2) e = recentSpeaker(s);
        return e;
    }

    /**
     * "the researcher" after "Ana Lim, researcher at the institute": a definite singular noun that heads the role
     * this document gave a person named before it in apposition; the person last so introduced.
     */
    private String personIntroducedAs(Token head, int[] np, Sentence s) {
        if (!"NN".equals(head.pos()) || !isDefinite(head, s)) return null;
        for (Token c : children(head, s)) if ("nmod:poss".equals(c.deprel())) return null;
        String lemma = lemma(head);
        java.util.regex.Pattern role = java.util.regex.Pattern.compile("^(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,2}?"
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

    /** Nouns naming a role one person holds ("the minister", "the COP28 president", "the oil tycoon"). */
    private static final Set<String> PERSON_ROLES = Set.of("minister", "president", "leader", "premier", "chancellor",
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
    private String roleHolder(Token head, int[] np, Sentence s) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(np[0]).start(), toks.get(np[1] - 1).end())) {
            if (h.entity().type().equals("PERSON")) return null;
        }
        String named = apposedName(head, s);
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
            String window = roleWindow(h.mention()).toLowerCase(Locale.ROOT);
            // "the President" is not a "Vice-President" or a "vice president".
            boolean role = !leader && java.util.regex.Pattern.compile("(?<![-\\w])(?<!vice )(?<!deputy )"
                    + java.util.regex.Pattern.quote(lemma) + "s?\\b").matcher(window).find();
            if (!role && leader) role = LEADER_TITLES.stream().anyMatch(w -> java.util.regex.Pattern.compile("\\b" + w + "\\b").matcher(window).find());
            if (!role) continue;
            if (!words.stream().allMatch(w -> window.contains(w) || gazetteer.demonymOf(w)
                    .map(g -> window.contains(g.name().toLowerCase(Locale.ROOT))).orElse(false))) {
                continue;
            }
            found = h.entity().id();
        }
        return found == null ? "" : found;
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

    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique", "communiqué", "declaration",
            "release");
    private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "spokesmen", "spokeswomen");
    /** Plural titles that, with "the", stand for a group of people named together ("the ministers said"). */
    private static final Set<String> GROUP_TITLES = Set.of("leader", "minister", "president", "premier", "secretary",
            "chancellor", "head", "envoy", "negotiator");
    /** Nouns through which a nationality speaks for its country ("the Chinese side", "a French ministry spokesperson"). */
    private static final Set<String> STATE_NOUNS = Set.of("government", "ministry", "spokesperson", "spokesman",
            "spokeswoman", "side", "official", "authority", "embassy", "diplomat", "delegation", "leader", "leadership",
            "president", "premier", "minister", "foreign", "administration", "cabinet", "regime", "state", "military",
            "army", "navy", "mission", "envoy", "ambassador", "negotiator", "presidency", "office", "statement");

    private static final Set<String> AGENT_NOUNS = Set.of("official", "representative", "officer", "staff", "staffer",
            "aide", "adviser", "advisor", "source");

    /**
     * The organisation a phrase's own modifiers name: the one a spokesperson or official speaks for ("for", "of",
     * "at", "from" the ministry), or the first member of a list ("carmakers including Volkswagen, BMW").
     */
    private String organisationInPhrase(Token head, Sentence s) {
        String lemma = lemma(head);
        boolean agent = SPOKES.contains(lemma) || SPOKES.contains(head.word().toLowerCase(Locale.ROOT)) || AGENT_NOUNS.contains(lemma);
        for (Token c : children(head, s)) {
            if (c.index() < head.index() || c.deprel() == null || !c.deprel().startsWith("nmod")) continue;
            String prep = "";
            for (Token m : children(c, s)) {
                if ("case".equals(m.deprel()) && m.index() < c.index()) prep = (prep + " " + m.word().toLowerCase(Locale.ROOT)).strip();
            }
            boolean list = prep.equals("including") || prep.equals("such as") || prep.equals("like");
            boolean forOrg = agent && Set.of("for", "of", "at", "from").contains(prep);
            if (!list && !forOrg) continue;
            int[] span = subtreeSpan(c, s);
            for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(span[0]).start(), toks.get(span[1] - 1).end())) {
                String type = h.entity().type();
                boolean fits = forOrg ? type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE")
                        : type.equals("ORG") || type.equals("MEDIA") || type.equals("GPE") || type.equals("PERSON");
                if (fits) return h.entity().id();
            }
        }
        return null;
    }

    /** "Paul Keating, who called it ...": the noun a relative pronoun stands for. */
    private Token relativeAntecedent(Token t, Sentence s) {
        if (!"WP".equals(t.pos()) && !"WDT".equals(t.pos())) return null;
        if (t.head() < 0) return null;
        Token verb = toks.get(t.head());
        if (!"acl:relcl".equals(verb.deprel()) || verb.head() < 0) return null;
        Token noun = toks.get(verb.head());
        return noun.index() >= s.firstToken() && noun.index() < s.endToken() ? noun : null;
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

    /** "The President of the association, Hildegard Müller, called ...": the person named in apposition. */
    private String apposedName(Token head, Sentence s) {
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

    /** "The letter, signed by the head of the guild Ana Lim, asks ...": whoever signed or issued the document. */
    private String signer(Token noun, Sentence s) {
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
                String e = entityIn(subtreeSpan(t, s), t);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** "The ministry's statement", "the leaders’ joint statement": whoever the document belongs to. */
    private String possessorOf(Token noun, Sentence s, int depth) {
        for (Token c : children(noun, s)) {
            if (c.index() > noun.index() || c.deprel() == null) continue;
            if (!c.deprel().equals("nmod:poss") && !c.deprel().equals("compound")) continue;
            if (c.isPronoun()) continue;
            String e = entityIn(nounPhrase(c, s), c);
            if (e == null && depth < 2 && ("NNS".equals(c.pos()) || c.deprel().equals("nmod:poss") || isDefinite(c, s))) {
                e = nominalAntecedent(c, nounPhrase(c, s), s, depth);
            }
            if (e != null) return e;
        }
        return null;
    }

    /**
     * What a nominal refers back to: "the spokesperson" to the spokesperson named or attributed earlier; "the
     * ministry", "the Commission", "the chamber" to the organisation last named whose name has that head noun; "the
     * ministers" to the people last named together.
     */
    private String nominalAntecedent(Token head, int[] np, Sentence s, int depth) {
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
        if (head.pos() != null && head.pos().startsWith("NN")) return organisationByHeadNoun(head.word(), before);
        return null;
    }

    /** Whether a noun has the definite article or a possessive determiner ("the ministry", "its spokesperson"). */
    private boolean isDefinite(Token noun, Sentence s) {
        for (Token c : children(noun, s)) {
            if (c.index() > noun.index()) continue;
            String w = c.word().toLowerCase(Locale.ROOT);
            if ("det".equals(c.deprel()) && (w.equals("the") || w.equals("this") || w.equals("that"))) return true;
        }
        return false;
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
            String e = entityOfNominal(named, nounPhrase(named, ts), ts, depth + 1);
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
            boolean matches = word.equalsIgnoreCase(headNoun(h.mention().text())) || word.equalsIgnoreCase(headNoun(e.name()))
                    || e.aliases().stream().anyMatch(a -> word.equalsIgnoreCase(headNoun(a)));
            if (matches) found = e.id();
        }
        return found;
    }

    /** The head noun of a name: the word before its first preposition, else its last word. */
    static String headNoun(String name) {
        String[] w = name.strip().split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (Set.of("of", "for", "to", "on", "in", "at", "de", "and").contains(w[i].toLowerCase(Locale.ROOT))) return w[i - 1];
        }
        return w[w.length - 1];
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

    /** "“…,” the statement reads" after the ministry spoke: the speaker of the last few sentences. */
    private String recentSpeaker(Sentence s) {
        return lastSpeaker != null && lastSpeakerSentence >= s.index() - 3 ? lastSpeaker : null;
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
            EntityMention m = h.mention();
            boolean onHead = m.start() <= head.start() && head.end() <= m.end();
            // "Downing Street said": a name the recogniser could not type still speaks when it is the subject itself.
            boolean namedSpeaker = e.type().equals("MISC") && onHead && head.isProperNoun() && m.kind() == EntityMention.Kind.name;
            if (e.type().equals("EVENT") || e.type().equals("MISC") && !namedSpeaker) continue;
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
            // "a French foreign ministry spokesperson" speaks for France; "a European diplomat" for no one; "German
            // carmakers" or "Australian media" are not their country either.
            if (bestScore < 10 && !STATE_NOUNS.contains(lemma(head)) && !STATE_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
                return null;
            }
            var country = gazetteer.demonymOf(best.name()).filter(g -> "country".equals(g.kind()));
            return country.map(g -> index.byName(g.name())).map(Entity::id).orElse(null);
        }
        return best == null ? null : best.id();
    }

    /** "the statement reads": whoever issued the statement, in the nearest earlier sentence that says so. */
    private String authorOf(String noun, Sentence current, int depth) {
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
                if (subj.isPronoun()) return lastPersonSubject(subj);
                String e = entityIn(nounPhrase(subj, s), subj);
                if (e == null && depth < 2) e = entityOfNominal(subj, nounPhrase(subj, s), s, depth + 1);
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

    /** "when Mr Stoltenberg met President Yoon, he welcomed ...": the first person named earlier in the sentence. */
    private String personEarlierIn(Sentence s, Token pronoun) {
        for (MentionIndex.Hit h : index.within(doc.id(), s.start(), pronoun.start())) {
            if (!h.entity().type().equals("PERSON") || h.mention().kind() != EntityMention.Kind.name) continue;
            // "Questioned by Senator Lind, he said": the agent or object of an adjunct is not who "he" is.
            if (isSubjectMention(h.mention(), s) && !inEmbeddedClause(h.mention())) return h.entity().id();
        }
        return null;
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
    private String subjectInParagraph(Token pronoun, boolean male) {
        int from = Math.max(text.lastIndexOf('\n', pronoun.start()) + 1, 0);
        String found = null;
        for (MentionIndex.Hit h : index.within(doc.id(), from, pronoun.start())) {
            if (!h.entity().type().equals("PERSON") || h.mention().kind() != EntityMention.Kind.name) continue;
            Sentence ms = at.sentenceAt(h.mention().start());
            // Only the subject of a sentence's main clause: "X said Y would go. He added" is still X.
            if (ms != null && ms.index() < pronoun.sentence() && isSubjectMention(h.mention(), ms) && isMainClauseSubject(h.mention())) {
                found = h.entity().id();
            }
        }
        return found != null && fitsPronoun(found, male) ? found : null;
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
    private boolean isSubjectMention(EntityMention m, Sentence s) {
        List<Token> in = at.tokensIn(m.start(), m.end());
        if (in.isEmpty()) return false;
        Token t = in.get(in.size() - 1);
        for (int steps = 0; steps < 4 && t != null; steps++) {
            String rel = t.deprel() == null ? "" : t.deprel();
            if (rel.startsWith("nsubj")) return true;
            // "The French president Ana Roux": the parser leaves an unpunctuated apposition as "dep".
            boolean apposed = rel.equals("dep") && t.isProperNoun() && t.head() >= 0
                    && String.valueOf(toks.get(t.head()).deprel()).startsWith("nsubj");
            if (!rel.equals("compound") && !rel.equals("flat") && !rel.equals("appos") && !rel.equals("conj")
                    && !rel.startsWith("flat") && !apposed) {
                return false;
            }
            t = t.head() >= 0 ? toks.get(t.head()) : null;
        }
        return false;
    }

    /**
     * For a pronoun that no speaker chain explains: the most recent person named as the subject of a clause before
     * it ("Commissioner Dahl defended the plan. Questioned by Ms Lind, he said"), else the most recent person named.
     */
    private String lastPersonSubject(Token pronoun) {
        String found = null, subject = null;
        for (MentionIndex.Hit h : index.of(doc.id())) {
            if (h.mention().start() >= pronoun.start()) break;
            if (!h.entity().type().equals("PERSON") || h.mention().kind() != EntityMention.Kind.name) continue;
            found = h.entity().id();
            Sentence ms = at.sentenceAt(h.mention().start());
            if (ms != null && isSubjectMention(h.mention(), ms)) subject = h.entity().id();
        }
        return subject != null ? subject : found;
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
