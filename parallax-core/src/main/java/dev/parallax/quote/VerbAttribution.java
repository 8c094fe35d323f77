package dev.parallax.quote;

import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.List;
import java.util.Set;

/** The speech verb of the quotation's sentence (or of its last sentence) and its subject, resolved to a speaker. */
final class VerbAttribution extends QuoteRule implements AttributionRule {

    private final ReportedSpeech reported;
    private final AccordingTo according;
    private final Speakers speakers;

    VerbAttribution(QuoteRule same, ReportedSpeech reported, AccordingTo according, Speakers speakers) {
        super(same);
        this.reported = reported;
        this.according = according;
        this.speakers = speakers;
    }

    @Override
    public Attribution attribute(Found f) {
        Attribution a = attributionIn(f, f.sentence());
        if (a == null && f.endSentence() != f.sentence()) a = attributionIn(f, f.endSentence());
        return a;
    }

    /** The speech verb of a sentence (outside the quotation) and its resolved subject. */
    Attribution attributionIn(Found f, int sentence) {
        Sentence s = at.sentences().get(sentence);
        // "Paris brought its « firm support », according to a communiqué of the ministry": for quoted words, the
        // source of "according to" speaks when no speech verb of the sentence does.
        Token accordingSource = null;
        Token aside = f.kind() == Quote.Kind.indirect ? null : parentheticalSpeech(s, f);
        if (aside != null) {
            Attribution a = speakers.speakerOf(subjectOf(aside, s), s, cue(aside));
            if (a != null && a.entity() != null) return a;
        }
        if (f.kind() == Quote.Kind.partial) {
            Attribution inner = innermostAttribution(f, s);
            if (inner != null) return inner;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            // A speech verb inside the quotation is not its attribution, unless an "as" clause the report spans
            // ("The summit, as the minister announced, will open in May").
            boolean asClause = f.kind() == Quote.Kind.indirect && (reported.asPart(v, s) != null
                    || SpeechVerbs.is(v, toks) && reported.parentheticalReport(v, s) != null);
            if (v.start() >= f.start() && v.end() <= f.end() && !asClause) continue;
            if (v.word().equalsIgnoreCase("according") && f.kind() != Quote.Kind.indirect) {
                if (accordingSource == null) accordingSource = according.accordingHead(s, k);
                continue;
            }
            if (v.word().equalsIgnoreCase("according") && f.kind() == Quote.Kind.indirect) {
                Token head = according.accordingHead(s, k);
                // "The experts say the quakes, of magnitude 7.7 according to the agency, broke the fault": a source
                // cited for a phrase inside the report is not the report's speaker.
                if (head != null && (citesReport(v, f, s) || !reportedByVerb(f, s))) {
                    Attribution a = speakers.speakerOf(head, s, "according to");
                    if (a != null) return a;
                }
                continue;
            }
            boolean inverted = followsQuotation(v) && SpeechVerbs.afterQuotation(v);
            boolean about = f.kind() == Quote.Kind.partial && SpeechVerbs.aboutQuoted(v) && spans(v, f, s);
            if (!SpeechVerbs.is(v, toks) && !inverted && !about) continue;
            // "“We regret the delay,” he said, adding that it was “very difficult”": a speech verb quoted in another
            // quotation is that quotation's words, not the attribution of this one.
            if (f.kind() != Quote.Kind.direct && !asClause && Found.insideAny(otherDirect(f), v.start())) continue;
            if (f.kind() == Quote.Kind.indirect && !reported.governs(v, f, s)) continue;
            Attribution epithet = f.kind() == Quote.Kind.indirect ? null : epithetBeforeVerb(v, s);
            if (epithet != null) return epithet;
            Token subject = subjectOf(v, s);
            Token after = subject == null || subject.index() < v.index() ? subjectBetweenCommasAfter(v, s) : null;
            if (after != null) subject = after;
            // "Asked whether ..., Ana Lim said it would not": the parser may take the participle opening the
            // sentence for the subject; the name right before the verb speaks.
            if (subject != null && subject.isVerb() && nameEndingBefore(v) != null) subject = nameEndingBefore(v);
            // "..., which said it was owed": the parser may hang the verb on its relative pronoun.
            if (v.head() >= 0 && v.head() < v.index() && Set.of("WDT", "WP").contains(String.valueOf(toks.get(v.head()).pos()))
                    && !hasChild(v, s, "nsubj")) {
                subject = toks.get(v.head());
            }
            if (subject == null) subject = placeAsSpeaker(v, s);
            if (subject == null) subject = nameRightBefore(v, s);
            if (subject == null) subject = nameBeforeAppositions(v, s);
            if (subject == null) continue;
            // A quote mark is no subject, nor a word of the quotation before an interrupting attribution: the parser
            // may take the closing 「 of a quotation, or its first noun, for the verb's subject ("「…,」 explains X, 「…」").
            boolean quoted = subject.word().length() == 1 && QUOTE_MARKS.indexOf(subject.word().charAt(0)) >= 0
                    || Found.insideAny(otherDirect(f), subject.start());
            if (f.kind() != Quote.Kind.indirect && (quoted || subject.start() >= f.start() && subject.end() <= f.end())) {
                // "«…», estimates the researcher": the parser may take a word of the quotation for the subject; the
                // speaker is the noun after the verb.
                subject = followsQuotation(v) ? nounAfter(v, s) : nameAfterQuotation(f, v, s);
                if (subject == null) continue;
            }
            Attribution a = speakers.speakerOf(subject, s, cue(v));
            if (a != null) return a;
        }
        return accordingSource == null || !qualifies(accordingSource, f, s) ? null : speakers.speakerOf(accordingSource, s, "according to");
    }

    /**
     * "Ana Lim called it progress; Bo Chen called it "too little"": where several speech verbs of the sentence hold
     * the quoted words in their phrase, the innermost one (the smallest phrase) is the one that quotes them, not
     * the first. Its resolved subject, or null when fewer than two verbs hold the words or its subject names nobody.
     */
    private Attribution innermostAttribution(Found f, Sentence s) {
        Token inner = null;
        int holders = 0, innerSize = Integer.MAX_VALUE;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            if (v.start() >= f.start() && v.end() <= f.end() || !SpeechVerbs.is(v, toks) || !spans(v, f, s)) continue;
            if (Found.insideAny(otherDirect(f), v.start())) continue;
            holders++;
            int[] span = subtreeSpan(v, s);
            if (span[1] - span[0] < innerSize) {
                inner = v;
                innerSize = span[1] - span[0];
            }
        }
        if (holders < 2) return null;
        // "Ana Lim said the state would respond with “full force”": a verb inside another's reported clause is
        // part of what that speaker said.
        for (Token t = inner; t.head() >= 0; t = toks.get(t.head())) {
            if (Set.of("ccomp", "xcomp", "csubj").contains(String.valueOf(t.deprel()))) return null;
        }
        Token subject = null;
        for (Token c : children(inner, s)) if ("nsubj".equals(c.deprel()) && c.index() < inner.index()) subject = c;
        if (subject == null || subject.start() >= f.start() && subject.end() <= f.end()) return null;
        Attribution a = speakers.speakerOf(subject, s, cue(inner));
        return a == null || a.entity() == null ? null : a;
    }

    /** Whether a speech verb of the sentence introduces this report. */
    private boolean reportedByVerb(Found f, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = toks.get(k);
            if (SpeechVerbs.is(v, toks) && reported.governs(v, f, s)) return true;
        }
        return false;
    }

    /**
     * Whether an "according to" phrase cites the report a speech verb introduces: unless it qualifies a noun or a
     * number inside the report ("quakes of magnitude 7.7 according to the agency").
     */
    private boolean citesReport(Token according, Found f, Sentence s) {
        if (!"case".equals(according.deprel()) || according.head() < 0) return true;
        Token noun = toks.get(according.head());
        if (noun.head() < 0 || !String.valueOf(noun.deprel()).startsWith("nmod")) return true;
        Token qualified = toks.get(noun.head());
        if (qualified.pos() == null || !qualified.pos().startsWith("NN") && !qualified.pos().equals("CD")) return true;
        int[] span = subtreeSpan(qualified, s);
        return toks.get(span[0]).start() <= f.start() && f.end() <= toks.get(span[1] - 1).end();
    }

    /**
     * Whether the clause an "according to" source hangs on spans the quotation: "..., a deal that, according to Lim,
     * gave away the ministry" cites Lim for the relative clause only, not for words quoted before it.
     */
    private boolean qualifies(Token source, Found f, Sentence s) {
        if (source.head() < 0) return true;
        int[] span = subtreeSpan(toks.get(source.head()), s);
        return toks.get(span[0]).start() <= f.start() && f.end() <= toks.get(span[1] - 1).end();
    }

    /**
     * "The council wanted a vote, he says, but "nobody listened"": a speech verb set between commas with its own
     * subject reports the whole sentence, whatever other verb of speech the sentence has. Null if none.
     */
    private Token parentheticalSpeech(Sentence s, Found f) {
        for (int k = s.firstToken() + 2; k + 1 < s.endToken(); k++) {
            Token v = toks.get(k);
            if (!"parataxis".equals(v.deprel()) || !SpeechVerbs.is(v, toks) || Found.insideAny(found, v.start()) || f.start() <= v.start() && v.end() <= f.end()) continue;
            if (!toks.get(k + 1).word().equals(",")) continue;
            for (Token c : children(v, s)) {
                if (c.deprel() == null || !c.deprel().startsWith("nsubj") || c.index() > k) continue;
                int[] np = nounPhrase(c, s);
                if (np[0] > s.firstToken() && toks.get(np[0] - 1).word().equals(",")) return v;
            }
        }
        return null;
    }

    /**
     * "“…,” the 55-year-old told supporters": the parser may read the speech verb as an adjective of its object and
     * leave it without a subject. The words between the closing quote mark and the verb, a determiner first and no
     * verb or punctuation among them, are who speaks. Null unless they resolve to an entity.
     */
    private Attribution epithetBeforeVerb(Token v, Sentence s) {
        if (!"VBD".equals(v.pos()) && !"VBZ".equals(v.pos()) || hasChild(v, s, "nsubj")) return null;
        int k = v.index() - 1;
        while (k >= s.firstToken() && !toks.get(k).isVerb() && (!isPunct(toks.get(k)) || "HYPH".equals(toks.get(k).pos()))) k--;
        int first = k + 1;
        if (first >= v.index() - 1 || !"DT".equals(toks.get(first).pos())) return null;
        int i = toks.get(first).start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) i--;
        if (i < 0 || QUOTE_MARKS.indexOf(text.charAt(i)) < 0) return null;
        return speakers.speakerOfWords(new int[] {first, v.index()}, s, cue(v));
    }

    /**
     * "The Council and the Commission, said the minister Ana Lim, "have no say"": a speech verb between a comma and a
     * noun phrase closed by a comma or a quote mark is inverted; that phrase is who speaks, though the parser takes
     * the words before the verb for its subject. The head of the phrase, or null unless it names a person or an
     * organisation (a title counts).
     */
    private Token subjectBetweenCommasAfter(Token v, Sentence s) {
        if (v.index() <= s.firstToken() || !toks.get(v.index() - 1).word().equals(",")) return null;
        int k = v.index() + 1;
        while (k < s.endToken() && k - v.index() <= 8 && !isPunct(toks.get(k)) && !toks.get(k).isVerb()) k++;
        if (k == v.index() + 1 || k >= s.endToken() || !toks.get(k).word().equals(",") && !toks.get(k).word().equals("''")) return null;
        Token head = null;
        boolean names = false;
        for (int j = v.index() + 1; j < k; j++) {
            Token t = toks.get(j);
            if (t.head() < v.index() + 1 || t.head() >= k) {
                if (head != null) return null;
                head = t;
            }
            names |= "TITLE".equals(t.ner()) || index.overlapping(doc.id(), t.start(), t.end()).stream().anyMatch(h ->
                    h.mention().kind() == EntityMention.Kind.name && Set.of("PERSON", "ORG", "MEDIA").contains(h.entity().type()));
        }
        return names && head != null && String.valueOf(head.pos()).startsWith("NN") ? head : null;
    }

    /** Whether a verb's phrase holds the quotation ("spoke of a „new start“"). */
    private boolean spans(Token v, Found f, Sentence s) {
        int[] span = subtreeSpan(v, s);
        return toks.get(span[0]).start() <= f.start() && f.end() <= toks.get(span[1] - 1).end();
    }

    /**
     * "In a video address to the forum of the bloc Ana Lim declared that ...": a speech verb left without a subject,
     * right after a person's name the parser folded into the phrase before it, has that person for subject.
     */
    private Token nameRightBefore(Token v, Sentence s) {
        if (v.index() <= s.firstToken() || hasChild(v, s, "nsubj") || hasChild(v, s, "nsubj:pass")) return null;
        return nameEndingBefore(v);
    }

    /** The last token of a person's name that ends right before a verb, or null. */
    private Token nameEndingBefore(Token v) {
        if (v.index() == 0) return null;
        Token before = toks.get(v.index() - 1);
        for (MentionIndex.Hit h : index.overlapping(doc.id(), before.start(), before.end())) {
            if (h.entity().type().equals("PERSON") && h.mention().kind() == EntityMention.Kind.name
                    && h.mention().end() == before.end()) {
                return before;
            }
        }
        return null;
    }

    /** The quotations found in the document, set once they are all found. */
    List<Found> found = List.of();

    private List<Found> otherDirect(Found f) {
        return found.stream().filter(o -> o != f && o.kind() == Quote.Kind.direct).toList();
    }

    /**
     * "In Nara, where a monument now stands, Ana Lim, 74, who heard him speak, said ...": a speech verb the parser
     * left without a subject, after a comma, has for subject the name that stands between commas (or opens the
     * sentence) before its appositions. The last token of the nearest such name.
     */
    private Token nameBeforeAppositions(Token v, Sentence s) {
        if (v.index() <= s.firstToken() + 2 || hasChild(v, s, "nsubj") || hasChild(v, s, "nsubj:pass")
                || !toks.get(v.index() - 1).word().equals(",")) {
            return null;
        }
        Token found = null;
        for (MentionIndex.Hit h : index.within(doc.id(), s.start(), toks.get(v.index() - 1).start())) {
            EntityMention m = h.mention();
            String type = h.entity().type();
            if (m.kind() != EntityMention.Kind.name || !type.equals("PERSON") && !type.equals("ORG")) continue;
            List<Token> name = at.tokensIn(m.start(), m.end());
            if (name.isEmpty()) continue;
            int first = name.get(0).index(), last = name.get(name.size() - 1).index();
            boolean opens = first == s.firstToken() || toks.get(first - 1).word().equals(",");
            if (!opens || last + 1 >= v.index() || !toks.get(last + 1).word().equals(",")) continue;
            boolean clear = true;
            for (int k = last + 1; k < v.index() && clear; k++) {
                Token t = toks.get(k);
                clear = !t.word().equals(";") && QUOTE_MARKS.indexOf(t.word().charAt(0)) < 0 && !t.word().equals("``")
                        && !t.word().equals("''") && !SpeechVerbs.is(t, toks);
            }
            if (clear) found = name.get(name.size() - 1);
        }
        return found;
    }

    /**
     * "“…,” Ana Lim, the envoy, told the radio": the parser may hang the name on the quotation and take a quoted word
     * for the verb's subject; the name that opens the words between the closing mark and the verb, followed by
     * nothing but an apposition between commas, speaks. The last token of that name, or null.
     */
    private Token nameAfterQuotation(Found f, Token v, Sentence s) {
        if (v.index() == 0 || !toks.get(v.index() - 1).word().equals(",") && !isName(toks.get(v.index() - 1))) return null;
        int k = s.firstToken();
        while (k < v.index() && toks.get(k).start() < f.end()) k++;
        while (k < v.index() && isPunct(toks.get(k))) k++;
        if (k >= v.index()) return null;
        for (MentionIndex.Hit h : index.overlapping(doc.id(), toks.get(k).start(), toks.get(k).end())) {
            EntityMention m = h.mention();
            String type = h.entity().type();
            if (m.kind() != EntityMention.Kind.name || m.start() != toks.get(k).start() || !type.equals("PERSON") && !type.equals("ORG")) continue;
            List<Token> name = at.tokensIn(m.start(), m.end());
            int last = name.get(name.size() - 1).index();
            if (last + 1 == v.index()) return name.get(name.size() - 1);
            if (!toks.get(last + 1).word().equals(",")) return null;
            // Only one apposition between the name and the verb: no clause, quotation or other speech verb in it.
            for (int j = last + 2; j < v.index() - 1; j++) {
                Token t = toks.get(j);
                if (t.word().equals(",") || t.word().equals(";") || t.isVerb() || t.word().equals("``") || t.word().equals("''")) return null;
            }
            return name.get(name.size() - 1);
        }
        return null;
    }

    private boolean isName(Token t) {
        for (MentionIndex.Hit h : index.overlapping(doc.id(), t.start(), t.end())) {
            if (h.mention().kind() == EntityMention.Kind.name && h.mention().end() == t.end()) return true;
        }
        return false;
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

    String cue(Token v) {
        String w = v.word();
        if (v.lemma() != null && v.lemma().equals("point") && v.index() + 1 < toks.size()
                && toks.get(v.index() + 1).word().equalsIgnoreCase("out")) {
            return w + " out";
        }
        return w;
    }
}
