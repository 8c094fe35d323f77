package dev.parallax.quote;

import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reported speech: the clause a speech verb introduces ("said that ...", "insists the plan is sound"), or one "according to" qualifies. */
final class ReportedSpeech extends QuoteRule implements QuoteFinder {

    private final AccordingTo according;
    private final WovenQuotations woven;

    ReportedSpeech(QuoteRule same, AccordingTo according, WovenQuotations woven) {
        super(same);
        this.according = according;
        this.woven = woven;
    }

    /** Reports not already quoted, each given once when it is mostly a quotation woven in. */
    @Override
    public List<Found> find(List<Found> known) {
        return woven.withoutMixedQuotations(reported(known), known);
    }

    /** Reported speech: the complement clause of a speech verb, or the clause an "according to" phrase qualifies. */
    List<Found> reported(List<Found> direct) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token v = toks.get(i);
                if (Found.insideAny(direct, v.start())) continue;
                if (v.word().equalsIgnoreCase("according") && i + 1 < s.endToken() && toks.get(i + 1).word().equalsIgnoreCase("to")) {
                    Found f = according.accordingTo(s, i, direct);
                    if (f != null) out.add(f);
                    continue;
                }
                Report impersonal = impersonalReport(v, s);
                if (impersonal != null) {
                    Found f = found(impersonal, s, direct);
                    if (f != null) out.add(f);
                    continue;
                }
                // "..., have specified the authorities": a verb attributing only in inverted order does so here too.
                boolean invertedOnly = SpeechVerbs.afterQuotation(v) && invertedAfterClause(v, s);
                if (!SpeechVerbs.is(v, toks) && !invertedOnly) continue;
                Report r = report(v, s);
                if (r == null) continue;
                Found f = found(r, s, direct);
                if (f != null) out.add(f);
                for (Report more : thatConjuncts(v, s)) {
                    f = found(more, s, direct);
                    if (f != null) out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * "Among the injured are two reporters, it has been reported": an impersonal passive of a speech verb closing the
     * sentence after a comma reports everything before the comma, and names no speaker.
     */
    private Report impersonalReport(Token v, Sentence s) {
        if (!"VBN".equals(v.pos()) || v.lemma() == null || !SpeechVerbs.LEMMAS.contains(v.lemma().toLowerCase(java.util.Locale.ROOT))) return null;
        if (v.head() < 0 || v.head() > v.index() || !hasChild(v, s, "aux:pass")) return null;
        for (int k = v.index() + 1; k < s.endToken(); k++) if (!isPunct(toks.get(k))) return null;
        for (Token c : children(v, s)) {
            if (!"nsubj:pass".equals(c.deprel()) || !c.word().equalsIgnoreCase("it")) continue;
            int comma = c.index() - 1;
            if (comma <= s.firstToken() || !toks.get(comma).word().equals(",")) return null;
            return new Report(toks.get(v.head()), s.firstToken(), comma);
        }
        return null;
    }

    /** The quotation a report makes, without its "that" and end punctuation; null if too short or already quoted. */
    private Found found(Report r, Sentence s, List<Found> direct) {
        int first = r.first();
        // "asked whether the jobs should go": an open question keeps its "whether"/"if", which "that" does not carry.
        while (first < r.end() && "mark".equals(toks.get(first).deprel()) && toks.get(first).head() == r.head().index()
                && !Set.of("whether", "if").contains(toks.get(first).word().toLowerCase(java.util.Locale.ROOT))) first++;
        int last = r.end() - 1;
        for (int k = first; k <= last; k++) {
            // A report ends where another speaker's attribution begins, even one the parser buried in it.
            Token t = toks.get(k);
            if (t == r.head() || !SpeechVerbs.is(t, toks)) continue;
            Token speaker = speakerBeforeAuxiliary(t);
            if (speaker == null) speaker = contrastedSpeaker(t, s, first);
            if (speaker == null) continue;
            last = nounPhrase(speaker, s)[0] - 1;
            while (last > first && (isPunct(toks.get(last)) || "cc".equals(toks.get(last).deprel())
                    || "mark".equals(toks.get(last).deprel()) && toks.get(last).head() == t.index())) last--;
            break;
        }
        while (last > first && isPunct(toks.get(last))) last--;
        // "some suppliers say they are overdue": a clause with its own subject is a report even when short.
        if (last - first < (hasChild(r.head(), s, "nsubj") ? 2 : 3)) return null;
        int start = toks.get(first).start(), end = toks.get(last).end();
        if (text.startsWith("that ", start)) start += 5;
        // Reported speech may contain a quoted fragment ("said that it has the meaning of “rehabilitation”").
        if (end <= start || Found.overlapsAny(Found.whole(direct), start, end)) return null;
        return new Found(start, end, Quote.Kind.indirect, s.index(), s.index());
    }

    /**
     * "Ana Lim said the board would decide, while Bo Chen said ...": a speech verb that opens a clause of its own
     * after a comma and a conjunction ("while", "whereas", "but", "and"), with its own subject, is another speaker's
     * attribution, wherever the parser hung it. That subject, or null.
     */
    private Token contrastedSpeaker(Token t, Sentence s, int first) {
        String rel = t.deprel() == null ? "" : t.deprel();
        if (!rel.equals("advcl") && !rel.equals("conj") && !rel.equals("parataxis")) return null;
        Token subject = null, opener = null;
        for (Token c : children(t, s)) {
            if (c.index() > t.index()) continue;
            String r = c.deprel() == null ? "" : c.deprel();
            if (r.equals("nsubj")) subject = c;
            if ((r.equals("mark") || r.equals("cc")) && CONTRASTS.contains(c.word().toLowerCase(java.util.Locale.ROOT))) opener = c;
        }
        if (subject == null || opener == null || opener.index() <= first || opener.index() > subject.index()) return null;
        return toks.get(opener.index() - 1).word().equals(",") ? subject : null;
    }

    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "and");

    /**
     * "said the plan had stalled, and that the two sides would meet again": a further complement joined to the speech
     * verb itself, opened by "that" and with a subject of its own, is a second report of the same speaker.
     */
    List<Report> thatConjuncts(Token v, Sentence s) {
        List<Report> out = new ArrayList<>();
        for (Token c : children(v, s)) {
            if (!"conj".equals(c.deprel()) || c.index() < v.index() || !c.isVerb() && !hasChild(c, s, "cop")) continue;
            if (!hasMarkThat(c, s) || !hasChild(c, s, "nsubj")) continue;
            int[] span = subtreeSpan(c, s);
            int first = span[0];
            while (first < c.index() && ("cc".equals(toks.get(first).deprel()) || isPunct(toks.get(first)))) first++;
            out.add(new Report(c, first, span[1]));
        }
        return out;
    }

    /** Words that open a clause after a comma: the report set off by an aside starts after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("although", "though", "but", "and", "while", "whereas",
            "because", "since", "yet", "so", "as", "if");

    /**
     * "The longer the talks last, the minister said, the weaker the deal will be", "Investors, she added, would want
     * a lasting solution": a speech verb with its subject set between commas, without quotation marks, reports the
     * whole clause it interrupts (the parser hangs it anywhere). The report runs from the clause's start (the
     * sentence's, or after a colon or a ", although") to the sentence's end, the aside included; its head is the
     * speech verb itself. Null unless the subject is a short noun phrase (a pronoun, a name, a title) and a verb
     * follows the aside.
     */
    Report parentheticalReport(Token v, Sentence s) {
        if (QuoteRule.lemma(v).equals("ask") || hasChild(v, s, "mark")) return null;
        // The comma closing the aside: right after the verb or after a short object ("she told reporters,").
        int close = v.index() + 1;
        while (close < s.endToken() && close <= v.index() + 3 && !isPunct(toks.get(close)) && !toks.get(close).isVerb()) close++;
        if (close >= s.endToken() || !toks.get(close).word().equals(",")) return null;
        // The comma opening it: only a short subject phrase (and auxiliaries) between it and the verb.
        int open = v.index() - 1;
        boolean noun = false;
        for (; open > s.firstToken() && open >= v.index() - 6; open--) {
            Token t = toks.get(open);
            if (t.word().equals(",")) break;
            String pos = t.pos() == null ? "" : t.pos();
            boolean aux = "aux".equals(t.deprel()) || pos.equals("MD");
            if (!aux && !pos.startsWith("NN") && !pos.equals("PRP") && !pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("POS")
                    && !t.word().equals(".")) {
                return null;
            }
            noun |= pos.startsWith("NN") || pos.equals("PRP");
        }
        if (!noun || open <= s.firstToken() || !toks.get(open).word().equals(",")) return null;
        int first = s.firstToken();
        for (int k = s.firstToken(); k < open; k++) {
            Token t = toks.get(k);
            if (Set.of(":", ";", "—", "–").contains(t.word())) first = k + 1;
            if (t.word().equals(",") && k + 1 < open && CLAUSE_OPENERS.contains(toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))) first = k + 2;
        }
        if (open - first < 1) return null;
        // The aside interrupts a clause: a verb of it follows, and no quotation mark stands in the report.
        boolean verbAfter = false;
        int end = s.endToken();
        for (int k = close + 1; k < end; k++) verbAfter |= toks.get(k).isVerb() || "MD".equals(toks.get(k).pos());
        for (int k = first; k < end; k++) {
            String w = toks.get(k).word();
            if (w.equals("``") || w.equals("''") || QUOTE_MARKS.indexOf(w.charAt(0)) >= 0 && !w.equals("'s") && !w.equals("'")) return null;
        }
        return verbAfter ? new Report(v, first, end) : null;
    }

    /**
     * "The summit, as the minister announced, will open in May", "As her office explained, the visit was cancelled":
     * a speech verb in an "as" clause reports the clause it qualifies. The report runs from after the "as" clause
     * when that opens the sentence, else over the whole clause.
     */
    private Report asClause(Token v, Sentence s) {
        Token part = asPart(v, s);
        if (part == null || hasChild(v, s, "ccomp") || hasChild(v, s, "xcomp")) return null;
        // The clause qualified: the nearest verb above the "as" part (the parser may hang it on the subject noun).
        Token clause = toks.get(part.head());
        for (int steps = 0; steps < 3 && !clause.isVerb() && clause.head() >= 0; steps++) clause = toks.get(clause.head());
        if (!isFiniteClause(clause, s) || !hasChild(clause, s, "nsubj") && !hasChild(clause, s, "nsubj:pass")) return null;
        int[] whole = subtreeSpan(clause, s), said = subtreeSpan(part, s);
        int first = whole[0];
        while (first < whole[1] && (isPunct(toks.get(first)) || "cc".equals(toks.get(first).deprel()))) first++;
        if (first >= said[0]) {
            first = said[1];
            while (first < whole[1] && isPunct(toks.get(first))) first++;
        }
        return new Report(clause, first, whole[1]);
    }

    /**
     * The "as" clause a speech verb stands in, as the token heading it: the verb marked by "as" (an adverbial or,
     * misparsed, a relative clause), or the noun "as" was taken to govern ("As the minister explained" read as "as
     * the minister" with "explained" modifying it). Null when the verb is in no "as" clause.
     */
    Token asPart(Token v, Sentence s) {
        String rel = v.deprel() == null ? "" : v.deprel();
        if (v.head() < 0 || !rel.equals("advcl") && !rel.startsWith("acl")) return null;
        for (Token c : children(v, s)) {
            if ("mark".equals(c.deprel()) && c.word().equalsIgnoreCase("as") && c.index() < v.index()) return v;
        }
        if (!rel.startsWith("acl")) return null;
        Token noun = toks.get(v.head());
        if (noun.head() < 0 || noun.deprel() == null || !noun.deprel().startsWith("obl")) return null;
        for (Token c : children(noun, s)) {
            if ("case".equals(c.deprel()) && c.word().equalsIgnoreCase("as") && c.index() < noun.index()) return noun;
        }
        return null;
    }

    /** Nouns whose content clause is what was said: "expressed concern that ...", "gave assurances that ...". */
    private static final Set<String> CONTENT_NOUNS = Set.of("concern", "fear", "hope", "view", "belief", "assurance",
            "warning", "claim", "point", "argument", "doubt", "confidence", "opinion", "position", "expectation", "wish",
            "optimism", "regret", "conviction", "intention", "commitment", "promise", "message");

    /** Verbs that report an accusation as "X of/for doing Y". */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "criticize", "criticise", "condemn", "praise",
            "commend", "fault", "charge");

    /** The reported clause of a speech verb: the clause's head and its token span [first, end). */
    record Report(Token head, int first, int end) {}

    /**
     * Where a speech verb's report lies. Besides a clausal complement, the parser hands us a few misparsed shapes of
     * the same thing: the clause's subject taken for the verb's object ("said the government would vote against"),
     * the verb taken for the subject of its own report ("Canberra insists the submarines are a deterrent", "a deal
     * that Sunak says will secure jobs"), the clause hung on the object noun ("expressed concern that ..."), and
     * accusations ("accused the partners of fuelling an arms race").
     */
    Report report(Token v, Sentence s) {
        Report aside = parentheticalReport(v, s);
        if (aside != null) return aside;
        Report as = asClause(v, s);
        if (as != null) return as;
        Token comp = complement(v, s);
        if (comp != null) {
            int[] span = subtreeSpan(comp, s);
            if (comp.index() < v.index()) {
                // "..., which would be a first for the port, harbour chief Ines Kovar said": the report is
                // everything before the attribution.
                Token subj = subjectOf(v, s);
                int attributionStart = Math.min(v.index(), subj == null ? v.index() : nounPhrase(subj, s)[0]);
                // "Lim defended the plan again: the town had no choice, she said": a colon, semicolon or dash
                // before the report's verb closes a clause of the writer's own.
                int from = s.firstToken();
                for (int k = s.firstToken(); k < comp.index(); k++) {
                    if (Set.of(":", ";", "—", "–").contains(toks.get(k).word())) from = k + 1;
                }
                span = new int[] {from, attributionStart};
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
        if (obj != null) {
            // "said India should press for rules": the report's subject taken for the verb's object, its verb (with
            // a modal of its own) for a complement of the speech verb.
            for (Token c : children(v, s)) {
                if (c.index() > obj.index() && "xcomp".equals(c.deprel()) && c.isVerb() && hasChild(c, s, "aux")) {
                    return new Report(c, subtreeSpan(obj, s)[0], subtreeSpan(c, s)[1]);
                }
            }
        }
        Report twoSubjects = reportTakenForSubject(v, s);
        if (twoSubjects != null) return twoSubjects;
        if (obj == null && dep != null && before != null && "WDT".equals(before.pos())) {
            // "..., which observers say shows the deep divisions": the relative pronoun is the report's subject.
            return new Report(dep, v.index() + 1, subtreeSpan(dep, s)[1]);
        }
        if (("csubj".equals(v.deprel()) || participleTakenForSubject(v)) && v.head() > v.index()) {
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
        Report aux = saidAsAuxiliary(v, s);
        if (aux != null) return aux;
        Report inverted = invertedAfterComma(v, s);
        if (inverted != null) return inverted;
        Report closing = closingAttribution(v, s);
        return closing != null ? closing : thatClauseAfter(v, s);
    }

    /**
     * "The minister has affirmed at his return to the capital that the country will send troops": a "that" clause
     * a few words after the speech verb, with only an adjunct between, which the parser hung elsewhere (on the
     * adjunct's noun). The clause's verb must have a subject of its own.
     */
    private Report thatClauseAfter(Token v, Sentence s) {
        for (int k = v.index() + 1; k < Math.min(s.endToken(), v.index() + 10); k++) {
            Token t = toks.get(k);
            if (t.isVerb() || isPunct(t)) return null;
            if (!t.word().equalsIgnoreCase("that") || t.head() <= k) continue;
            // "that" as a complementiser, not the relative pronoun of a noun before it ("a step that would ...").
            if (t.deprel() == null || t.deprel().startsWith("nsubj") || t.deprel().startsWith("obj")) return null;
            Token clause = toks.get(t.head());
            if (!isFiniteClause(clause, s) || !hasChild(clause, s, "nsubj") && !hasChild(clause, s, "nsubj:pass")) return null;
            // Only a clause the parser left loose: "rejected suggestions that ..." or "reports that ..." is the
            // content of a noun, not of the speech verb.
            if (!"dep".equals(clause.deprel())) return null;
            int[] span = subtreeSpan(clause, s);
            return span[0] == k ? new Report(clause, k, span[1]) : null;
        }
        return null;
    }

    /**
     * "The ex-sailor accused of the attack built his own weapons, police sources said": the parser may take the
     * subject of the report for a first subject of the speech verb. With two subjects, the nearer one after a comma
     * speaks; the report is everything before that comma.
     */
    private Report reportTakenForSubject(Token v, Sentence s) {
        Token first = null, second = null;
        for (Token c : children(v, s)) {
            if (c.index() > v.index() || c.deprel() == null || !c.deprel().startsWith("nsubj")) continue;
            if (first == null) first = c;
            else second = c;
        }
        if (first == null || second == null) return null;
        int comma = nounPhrase(second, s)[0] - 1;
        if (comma <= first.index() || !toks.get(comma).word().equals(",")) return null;
        // "On the quay, Lim, harbour chief Berg and the mayor announced ...": a list of names, not a report, unless
        // the first subject has a verb of its own before the comma.
        boolean verb = false;
        for (int k = first.index() + 1; k < comma && !verb; k++) {
            String pos = toks.get(k).pos();
            verb = "VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos);
        }
        return verb ? new Report(first, s.firstToken(), comma) : null;
    }

    /**
     * "..., and its spokesman Ana Lim said the delay would have cost lives": the parser may take a speech verb
     * between a name and a clause for an auxiliary (or a loose dependent) of the clause's verb. The report is what
     * follows the speech verb.
     */
    private Report saidAsAuxiliary(Token v, Sentence s) {
        if (speakerBeforeAuxiliary(v) == null) return null;
        Token clause = toks.get(v.head());
        if (!hasChild(clause, s, "nsubj") && !hasChild(clause, s, "nsubj:pass")) return null;
        return new Report(clause, v.index() + 1, subtreeSpan(clause, s)[1]);
    }

    /**
     * "The two ports will merge in May, harbour chief Ana Lim told a news conference": the parser may hang an
     * inverted attribution on a word of the report (as "dep"); the report is then everything before the comma that
     * opens the speaker's noun phrase, and its head the sentence's root.
     */
    private Report invertedAfterComma(Token v, Sentence s) {
        // "At least 40 people were treated in hospital, a hospital spokesman said": the parser may also take the
        // attribution for a complement of the report's verb before it.
        boolean complementAfter = "ccomp".equals(v.deprel()) && v.head() >= 0 && v.head() < v.index() && !hasChild(v, s, "ccomp");
        if (!"dep".equals(v.deprel()) && !complementAfter || hasChild(v, s, "mark")) return null;
        Token subject = null;
        for (Token c : children(v, s)) {
            if (c.index() < v.index() && c.deprel() != null && c.deprel().startsWith("nsubj")) subject = c;
        }
        if (subject == null) return null;
        // The comma before the speaker's phrase: every word between belongs to that phrase or to the verb (the
        // tagger may take a noun of a title for an auxiliary).
        int comma = subject.index() - 1;
        while (comma > s.firstToken() && !toks.get(comma).word().equals(",")) comma--;
        if (comma <= s.firstToken()) return null;
        for (int k = comma + 1; k < subject.index(); k++) {
            int h = toks.get(k).head();
            if (h <= comma || h > v.index()) return null;
        }
        for (int k = s.firstToken(); k < comma; k++) {
            Token t = toks.get(k);
            if ("root".equals(t.deprel())) return isFiniteClause(t, s) ? new Report(t, s.firstToken(), comma) : null;
        }
        return null;
    }

    /**
     * "The two victims are fishermen, has informed the chief of the coast guard, Ana Lim.": an inverted attribution
     * closing a sentence without quotation marks reports the clause before its comma (from the sentence's start, or
     * after a colon or semicolon); its head is the word the parser hung the attribution on.
     */
    private Report closingAttribution(Token v, Sentence s) {
        if (!invertedAfterClause(v, s)) return null;
        int comma = verbGroupStart(v) - 1;
        int first = s.firstToken();
        for (int k = s.firstToken(); k < comma; k++) {
            if (Set.of(":", ";", "—", "–").contains(toks.get(k).word())) first = k + 1;
        }
        return comma - first < 3 ? null : new Report(toks.get(v.head()), first, comma);
    }

    /** Whether a phrase holds a gerund ("of ignoring the rules"), which makes it a charge and not a topic. */
    private boolean hasGerund(Token t, Sentence s) {
        int[] span = subtreeSpan(t, s);
        for (int k = span[0]; k < span[1]; k++) if ("VBG".equals(toks.get(k).pos())) return true;
        return false;
    }

    /** The clause a speech verb introduces: its clausal complement (or a parataxis for inverted "..., said X"). */
    Token complement(Token verb, Sentence s) {
        Token para = null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.head() != verb.index() || t.deprel() == null) continue;
            if (t.deprel().equals("ccomp")) return t;
            if (t.deprel().equals("parataxis") && t.index() < verb.index()) para = t;
        }
        if (para != null) return para;
        // "But inflation has reached 80 percent, and the poor are the worst hit, economists say": the parser may hang
        // the report before the verb as an adverbial clause; one with no "if", "when" or "because" of its own.
        if ("root".equals(verb.deprel()) && !hasChild(verb, s, "obj")) {
            for (Token c : children(verb, s)) {
                if (!"advcl".equals(c.deprel()) || c.index() > verb.index() || hasChild(c, s, "mark") || !isFiniteClause(c, s)) continue;
                if (!hasChild(c, s, "nsubj") && !hasChild(c, s, "nsubj:pass")) continue;
                Token subj = null;
                for (Token d : children(verb, s)) if (d.deprel() != null && d.deprel().startsWith("nsubj") && d.index() > c.index()) subj = d;
                if (subj != null && nounPhrase(subj, s)[0] > s.firstToken() && toks.get(nounPhrase(subj, s)[0] - 1).word().equals(",")) return c;
            }
        }
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

    /** Whether the speech verb introduces this reported clause (and not another one in the sentence). */
    boolean governs(Token v, Found f, Sentence s) {
        Report r = report(v, s);
        if (r == null) return false;
        List<Token> heads = new ArrayList<>(List.of(r.head()));
        for (Report more : thatConjuncts(v, s)) heads.add(more.head());
        for (Token head : heads) if (head.start() <= f.end() && head.end() >= f.start()) return true;
        return false;
    }
}
