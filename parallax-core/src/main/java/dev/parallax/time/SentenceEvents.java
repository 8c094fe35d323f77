package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what a dated sentence reports, per the dependency parse: the predicate the date attaches to (a verb, or an
 * event noun as in "the vote on Friday" or "since its launch in September 2021"), who does it (a named entity, a
 * name the resolver left out, or a common noun: "provisional duties"), to what or whom, and where.
 */
final class SentenceEvents {

    /**
     * What a dated sentence reports. {@code subjectKey} identifies the actor across sources (entity id or word);
     * {@code expected} marks a plan, an expectation or a happening the writer still awaits; {@code occasion} marks an
     * occasion's own calendar ("the conference opened on 30 November", "the talks ran from ... to ...").
     */
    record Found(String trigger, String title, String subjectKey, String subjectEntity, Set<String> participants,
                 String place, int sentence, boolean nominal, int distance, boolean expected, boolean occasion,
                 boolean hasObject, Set<String> otherActors, String kind, Set<String> chain, int predicate, boolean vague) {}

    private static final Set<String> NOT_PARTICIPANT_TYPES = Set.of("NORP");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj");
    /** Relations whose dependent shares its governor's actor: "expected to travel", "met and agreed". */
    private static final Set<String> SHARED_ACTOR = Set.of("xcomp", "conj", "dep", "advcl");
    /** Relations that make a noun phrase, searched for names and words of an actor. */
    private static final Set<String> PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "appos");
    private static final Set<String> REPORTING = Set.of("say", "tell", "point", "add", "note", "state", "claim",
            "explain", "stress", "emphasize", "report", "announce", "warn", "argue");
    /** Prepositions by which an occasion frames its clause's actor: "said in a statement", "during his talks". */
    private static final Set<String> OCCASION_CASES = Set.of("in", "at", "during", "through", "throughout");
    private static final Set<String> PLACE_CASES = Set.of("in", "at");
    private static final Set<String> OBJECT_CASES = Set.of("with", "of", "against", "into", "on", "for", "to", "between");
    /** Event nouns English forms without a telling suffix. */
    private static final Set<String> EVENT_NOUNS = Set.of("vote", "poll", "ballot", "election", "referendum", "runoff",
            "run-off", "plebiscite", "talk",
            "talks", "meeting", "summit", "conference", "forum", "visit", "trip", "tour", "journey", "speech", "address",
            "statement", "launch", "attack", "strike", "raid", "bombing", "shooting", "war", "protest", "rally", "march",
            "crash", "fire", "blast", "earthquake", "flood", "storm", "ceremony", "hearing", "trial", "ruling", "verdict",
            "debate", "interview", "briefing", "call", "deal", "signing", "decision", "move", "win", "victory", "defeat",
            "death", "killing", "arrest", "release", "inauguration", "funeral", "opening", "show", "festival", "match",
            "race", "session", "sitting", "review", "inspection", "test", "drill", "exercise", "arrival", "departure",
            "landing", "flight", "collapse", "outbreak", "shutdown", "lockdown", "ban", "walkout", "handover", "takeover",
            "merger", "sale", "purchase", "gathering", "u-turn", "sweep", "crackdown", "clash", "riot", "siege",
            "assault", "coup", "massacre", "ambush");
    /**
     * Nouns of what strikes or breaks out by itself ("a second quake", "the riot"), read as the event only where the
     * parser left the sentence without a verb to hang the date on: elsewhere they are more often the cause named in
     * passing ("the first convoy after the quakes").
     */
    private static final Set<String> HAPPENING_NOUNS = Set.of("quake", "earthquake", "aftershock", "tremor", "tsunami",
            "eruption", "hurricane", "typhoon", "cyclone", "landslide", "avalanche", "riot", "coup", "explosion",
            "blast", "attack", "strike", "fire", "flood", "storm");
    /** Suffixes of nouns made from verbs of doing ("announcement", "invasion", "approval", "closure", "withdrawal"). */
    private static final String[] EVENT_SUFFIXES = {"tion", "sion", "ment", "ance", "ence", "sal", "val", "wal", "ure"};
    /** Nouns with such a suffix that name a thing, a body or a state rather than something that happens. */
    private static final Set<String> NOT_EVENT_NOUNS = Set.of("measure", "government", "department", "parliament",
            "document", "environment", "equipment", "management", "nature", "future", "culture", "structure",
            "legislature", "procedure", "pressure", "figure", "treasure", "creature", "feature", "literature",
            "signature", "infrastructure", "temperature", "audience", "evidence", "science", "sequence", "licence",
            "license", "defence", "defense", "balance", "distance", "finance", "alliance", "insurance", "ambulance",
            "substance", "instance", "population", "nation", "station", "region", "position", "condition",
            "institution", "portion", "version", "dimension", "commission", "television", "mission", "division",
            "pension", "tension", "information", "generation", "organisation", "organization", "association",
            "corporation", "federation", "administration", "constitution", "proportion", "relation", "question",
            "section", "interval", "moment", "commitment", "instrument",
            "element", "segment", "sentiment", "experience", "difference", "influence", "independence", "presence",
            "confidence", "reference", "performance", "importance", "assistance", "resistance", "guidance",
            "maintenance", "compliance", "governance", "allowance", "exposure", "mixture", "posture");

    private SentenceEvents() {}

    /** The event a dated expression's sentence reports on that date, or null if none can be read. */
    static Found of(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                    java.time.LocalDate written) {
        List<Found> all = all(at, index, t, s, when, written);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The event a dated expression's sentence reports on that date, first, then those its clauses told as hours
     * apart from it report ("removed him on Wednesday, hours after he went on television to dissolve the
     * legislature": the going on television was that day too); empty if none can be read.
     */
    static List<Found> all(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                           java.time.LocalDate written) {
        List<Token> toks = at.tokensIn(t.start(), t.end());
        if (toks.isEmpty()) return List.of();
        BitSet date = new BitSet();
        for (Token x : toks) date.set(x.index());
        Found main = first(at, index, t, s, when, written, toks, date);
        if (main == null) return List.of();
        List<Found> out = new ArrayList<>();
        out.add(main);
        Token predicate = at.tokens().get(main.predicate());
        for (Token v : hoursApart(at, s, predicate, date)) {
            Found f = read(at, index, t, s, when, written, toks, date, v, false, null);
            // "hours after the plane landed": a clause without a named actor only sets the scene.
            if (f == null || f.expected() || f.subjectEntity() == null) continue;
            // "caught at the airport while he was preparing to leave": the same actor's meanwhile is the scene of
            // the act, not another happening.
            boolean meanwhile = children(at, s, v).stream().anyMatch(c -> rel(c).equals("mark") && c.word().equalsIgnoreCase("while"));
            if (meanwhile && f.subjectEntity().equals(main.subjectEntity())) continue;
            out.add(f);
        }
        return out;
    }

    /** Nouns of a length of time short enough that what happened that far before or after happened the same day. */
    private static final Set<String> SHORT_SPANS = Set.of("hour", "minute", "moment", "second");
    /** Adverbs that set a clause just before or after another. */
    private static final Set<String> SHORTLY = Set.of("shortly", "just", "soon", "immediately", "moments", "minutes", "hours");

    /**
     * Verbs of the clauses under a predicate that say they happened hours or moments before or after it ("hours
     * after he went on television", "shortly before police arrived") or meanwhile ("while France began an
     * operation") and give no date of their own.
     */
    private static List<Token> hoursApart(AnnotatedText at, Sentence s, Token predicate, BitSet date) {
        List<Token> out = new ArrayList<>();
        // "Britain said it had flown out its diplomats the same day, while France began an operation": a clause of
        // the same moment may hang from the saying verb above the dated one.
        Token reporter = rel(predicate).equals("ccomp") && predicate.head() >= 0 ? at.tokens().get(predicate.head()) : predicate;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token v = at.tokens().get(k);
            if (!v.isVerb() || v == predicate || date.get(k) || !dominates(at, reporter, v) || dominates(at, v, predicate)) continue;
            boolean mark = false, close = false, meanwhile = false;
            for (Token c : children(at, s, v)) {
                String w = c.word().toLowerCase(Locale.ROOT);
                if (rel(c).equals("mark") && (w.equals("after") || w.equals("before"))) mark = true;
                if (c.index() < v.index() && (SHORT_SPANS.contains(lemmaOf(c)) || SHORTLY.contains(w))) close = true;
                if (rel(c).equals("mark") && w.equals("while") && c.index() < v.index()) meanwhile = true;
            }
            if (!(mark && close) && !meanwhile) continue;
            // A clause with a date of its own is dated by that date.
            boolean dated = false;
            for (int j = s.firstToken(); j < s.endToken() && !dated; j++) {
                Token x = at.tokens().get(j);
                dated = x.ner() != null && Set.of("DATE", "TIME").contains(x.ner()) && !date.get(j) && dominates(at, v, x);
            }
            if (!dated) out.add(v);
        }
        return out;
    }

    private static Found first(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                               java.time.LocalDate written, List<Token> toks, BitSet date) {
        java.time.LocalDate before = written == null || when == null ? null : when.end();
        Token exit = spanHead(at, toks, date);
        if (exit == null) {
            // "About nine hours later a second quake near the city": where the parser made the date the root of a
            // sentence it could not read, the event noun hanging from the date tells what happened.
            Token noun = eventUnderDate(at, index, s, date);
            return noun == null ? null : read(at, index, t, s, when, written, toks, date, noun, true, null);
        }
        Token predicate;
        // "The bank's troubles deepened on Tuesday, when it published its annual report": the clause the date
        // introduces tells what happened that day; the main clause only comments on it.
        Token told = toldByWhen(at, s, toks, date, exit);
        // "declared him the winner of Sunday's election on Monday": a noun dated by its own possessive ("Sunday's")
        // is not what a second date the parser hangs on it dates; that one dates the clause.
        boolean nominal = told == null && exit != null && eventNoun(at, index, exit) && !ownDate(at, s, exit, date);
        Token doer = nominal ? verbOfObject(at, exit) : null;
        if (told != null) {
            predicate = told;
        } else if (doer != null) {
            // "issued the warrant for his arrest on March 17": what happened that day is the issuing, not the arrest.
            nominal = false;
            predicate = doer;
        } else if (nominal) {
            predicate = exit;
        } else {
            // "at today's exchange rate": a date that qualifies a thing dates no happening.
            Token top = toks.stream().filter(x -> x.head() == (exit == null ? -2 : exit.index())).findFirst().orElse(null);
            // "On Monday morning soldiers began", which the parser reads as one noun phrase: a date after its
            // preposition is no qualifier.
            Token first = toks.get(0);
            boolean adverbial = first.index() > s.firstToken() && rel(at.tokens().get(first.index() - 1)).equals("case")
                    && "IN".equals(at.tokens().get(first.index() - 1).pos());
            if (exit != null && exit.pos() != null && exit.pos().startsWith("NN") && top != null
                    && Set.of("nmod:poss", "compound", "amod").contains(rel(top)) && !(adverbial && rel(top).equals("compound"))) return null;
            // "defended the decree of Dec. 3": the date names the thing (the decree issued that day), not when it was
            // defended; "the evening of December 3" is a time, and an event noun ("the vote of 7 May") is read above.
            // "warned in a communiqué of Monday" is dated by it: the noun is the act's occasion, not what it acts on.
            if (exit != null && exit.pos() != null && exit.pos().startsWith("NN") && top != null && rel(top).equals("nmod")
                    && Set.of("obj", "iobj").contains(rel(exit)) && hasCase(at, s, top, Set.of("of"))
                    && (exit.ner() == null || exit.ner().equals("O"))) return null;
            predicate = Tense.governingVerb(at.tokens(), toks.get(toks.size() - 1), s);
            if (predicate == null) return null;
            predicate = reportedAction(at, s, predicate, toks.get(0));
            predicate = momentClause(at, index, s, predicate);
            if (before != null && before.isBefore(written)) predicate = lowAttachment(at, s, predicate, toks.get(0));
            // "a press conference held on June 23": the participle only says the event took place.
            if (rel(predicate).equals("acl") && predicate.head() >= 0 && eventNoun(at, index, at.tokens().get(predicate.head()))) {
                predicate = at.tokens().get(predicate.head());
                nominal = true;
            }
        }
        return read(at, index, t, s, when, written, toks, date, predicate, nominal, told);
    }

    /** Whether a noun carries a date of its own besides {@code date}, before it: "Sunday's election", "the May 5 vote". */
    private static boolean ownDate(AnnotatedText at, Sentence s, Token noun, BitSet date) {
        for (Token c : children(at, s, noun)) {
            if (date.get(c.index()) || c.index() > noun.index() || !Set.of("nmod:poss", "compound", "amod").contains(rel(c))) continue;
            if ("DATE".equals(c.ner())) return true;
        }
        return false;
    }

    /** The first event noun that hangs from a date heading its sentence, or null. */
    private static Token eventUnderDate(AnnotatedText at, MentionIndex index, Sentence s, BitSet date) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (date.get(k) || c.head() < 0 || !date.get(c.head())) continue;
            if (eventNoun(at, index, c) || HAPPENING_NOUNS.contains(lemmaOf(c)) && index.overlapping(at.doc(), c.start(), c.end()).isEmpty()) return c;
        }
        return null;
    }

    /** What the clause of {@code predicate} reports on the date, told by the "when" clause {@code told} if any. */
    private static Found read(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                              java.time.LocalDate written, List<Token> toks, BitSet date, Token predicate,
                              boolean nominal, Token told) {
        // "a new draft is expected on Monday", "the talks are scheduled for Friday": a plan or expectation a source
        // reports is not something that happened.
        boolean expected = !nominal && planned(at, s, predicate);
        // "India hosts the summit next month", "the members will join from January 1": what the writer still
        // awaits has not happened.
        // An occasion's calendar ("the election will be held on July 10") is known ahead, and stays an event.
        expected |= !nominal && written != null && when != null && when.start().isAfter(written) && future(at, s, predicate)
                && !occasionSubject(at, index, s, predicate);
        boolean calendar = !nominal && occasionSubject(at, index, s, predicate) && occasionNamed(at, index, s, predicate);
        Phrase subject = subject(at, index, s, predicate, nominal);
        // "the spokesman claimed at a weekly briefing": an occasion is titled by what its actor did there.
        Token occasion = nominal && subject != null && !hasPossessor(at, s, predicate) ? Tense.governingVerb(at.tokens(), predicate, s) : null;
        String occasionCase = occasion == null ? null : caseOf(at, s, predicate);
        // "The United States went further in May, raising its tariff": what was done is in the verb the light one
        // governs.
        Token action = nominal ? predicate : contentVerb(at, s, predicate);
        Phrase object = object(at, index, s, action, nominal, date);
        Phrase agent = nominal ? null : agent(at, index, s, predicate);
        if (agent != null) {
            // "a plan unveiled by the three leaders": the agent acts, what the passive is about is acted on.
            // "presented his resignation, accepted by the president": a participle after its governor's object is
            // about that object.
            if (object == null) object = participleObject(at, index, s, predicate);
            if (object == null) object = subject;
            subject = agent;
        }
        if (subject == null && object != null && object.entity() != null && invertedSpeaker(at, s, action, index)) {
            // "« Failure is not an option », said the minister on Friday": the name after the saying verb speaks.
            subject = object;
            object = null;
        }
        String place = place(at, index, s, predicate);
        Set<String> participants = new LinkedHashSet<>();
        if (subject != null && subject.entity() != null) participants.add(subject.entity());
        if (object != null && object.entity() != null) participants.add(object.entity());
        BitSet scope = subtree(at, s, predicate, date);
        // "The ship has been wedged in the canal since Tuesday, when gusts drove it aground": who takes part in the
        // main clause takes part in what its "when" clause tells.
        Token commented = told == null ? null : Tense.governingVerb(at.tokens(), toks.get(toks.size() - 1), s);
        if (commented != null) scope.or(subtree(at, s, commented, date));
        for (MentionIndex.Hit h : index.within(t.doc(), s.start(), s.end())) {
            if (h.mention().kind() == EntityMention.Kind.description || NOT_PARTICIPANT_TYPES.contains(h.entity().type())) continue;
            List<Token> mt = at.tokensIn(h.mention().start(), h.mention().end());
            if (!mt.isEmpty() && scope.get(mt.get(mt.size() - 1).index())) participants.add(h.entity().id());
        }
        if (place != null) participants.add(place);
        if (subject == null && object == null && !nominal) return null;
        String lemma = (action.lemma() == null ? action.word() : action.lemma()).toLowerCase(Locale.ROOT);
        StringBuilder title = new StringBuilder();
        if (subject != null) title.append(subject.text()).append(' ');
        if (occasion != null && occasionCase != null) title.append(occasion.word()).append(' ').append(occasionCase.toLowerCase(Locale.ROOT)).append(' ');
        title.append(predicateWords(at, s, action, nominal, date));
        // "the decision of the authorities to guarantee all deposits": what the decision was for.
        String aim = nominal ? infinitive(at, index, s, predicate) : "";
        if (!aim.isEmpty() && !title.toString().contains(aim)) title.append(' ').append(aim);
        // "The first impeachment vote, on 7 May, failed": an event noun is titled with what befell it.
        if (nominal && subject == null && object == null && SUBJECT_RELATIONS.contains(rel(predicate)) && predicate.head() >= 0
                && at.tokens().get(predicate.head()).isVerb()) {
            title.append(' ').append(at.tokens().get(predicate.head()).word());
        }
        if (object != null) title.append(nominal ? " " + objectCase(at, s, predicate, date) + " " : " ").append(object.text());
        // "ordered the mayor to be held for six months": what the object is made to do, and for how long.
        if (object != null && !nominal) title.append(complement(at, s, action, date));
        String said = object == null && !nominal ? reported(at, s, action, date) : null;
        if (said != null) title.append(' ').append(said);
        Token purpose = object == null && !nominal && said == null ? purposeVerb(at, s, action) : null;
        if (purpose != null) {
            // "Countries agreed to launch the fund": what was agreed or decided names the happening.
            Phrase what = object(at, index, s, purpose, false, date);
            title.append(" to ").append(purpose.word());
            if (what != null) title.append(' ').append(what.text());
            // "voted to bring the election forward": the particle that completes the verb after its object.
            for (Token c : children(at, s, purpose)) {
                String w = c.word().toLowerCase(Locale.ROOT);
                if (c.index() > purpose.index() && Set.of("advmod", "compound:prt").contains(rel(c)) && PARTICLES.contains(w)
                        && !title.toString().toLowerCase(Locale.ROOT).endsWith(" " + w)) title.append(' ').append(w);
            }
        }
        if (place != null && (object == null || !place.equals(object.entity()))) {
            title.append(" in ").append(index.entity(place).name());
        }
        return new Found(lemma, title.toString().strip(), subject == null ? null : subject.key(),
                subject == null ? null : subject.entity(), participants, place, s.index(), nominal,
                steps(at, toks.get(toks.size() - 1), predicate), expected, calendar, object != null,
                otherActors(at, index, s, subject == null ? null : subject.entity()), kind(at, index, s, action, nominal, date),
                nominal ? Set.of() : chain(at, s, action), predicate.index(), object != null && shell(at, s, object));
    }

    /**
     * The verb of a "when" clause that follows the date and describes it ("on Tuesday, when it published its report"),
     * if the clause names its actor; null otherwise.
     */
    private static Token toldByWhen(AnnotatedText at, Sentence s, List<Token> toks, BitSet date, Token exit) {
        int k = toks.get(toks.size() - 1).index() + 1;
        if (k < s.endToken() && ",".equals(at.tokens().get(k).word())) k++;
        if (k >= s.endToken() || !at.tokens().get(k).word().equalsIgnoreCase("when")) return null;
        Token when = at.tokens().get(k);
        if (when.head() < 0) return null;
        Token verb = at.tokens().get(when.head());
        if (!verb.isVerb() || verb.head() < 0) return null;
        boolean describesDate = date.get(verb.head()) && rel(verb).startsWith("acl")
                || exit != null && verb.head() == exit.index() && rel(verb).equals("advcl");
        if (!describesDate) return null;
        for (Token c : children(at, s, verb)) if (SUBJECT_RELATIONS.contains(rel(c))) return verb;
        return null;
    }

    /** Dependency steps followed up and down a chain of complement verbs. */
    private static final int CHAIN_STEPS = 3;

    /**
     * The lemmas of the verbs chained to an action by complements: "voted to demand that martial law be lifted"
     * (vote, demand, lift) and "forced the president to lift martial law" (force, lift) share the lifting.
     */
    private static Set<String> chain(AnnotatedText at, Sentence s, Token action) {
        Set<String> out = new java.util.TreeSet<>();
        out.add(lemmaOf(action));
        Token up = action;
        for (int k = 0; k < CHAIN_STEPS && rel(up).equals("xcomp") && up.head() >= 0; k++) {
            up = at.tokens().get(up.head());
            if (up.isVerb()) out.add(lemmaOf(up));
        }
        List<Token> frontier = List.of(action);
        List<Token> verbs = new ArrayList<>(frontier);
        for (int k = 0; k < CHAIN_STEPS; k++) {
            List<Token> next = new ArrayList<>();
            for (Token t : frontier) {
                for (Token c : children(at, s, t)) {
                    if (c.isVerb() && Set.of("xcomp", "ccomp").contains(rel(c))) next.add(c);
                }
            }
            for (Token t : next) out.add(lemmaOf(t));
            verbs.addAll(next);
            frontier = next;
        }
        // "approved the lifting", "would postpone the appointment", "passed the impeachment motion": an action named
        // by a noun made of its verb is chained as that noun, which compares with the verb by its stem.
        for (Token v : verbs) {
            for (Token c : children(at, s, v)) {
                if (!rel(c).equals("obj") || c.pos() == null || !c.pos().startsWith("NN")) continue;
                if (deverbal(lemmaOf(c))) out.add(lemmaOf(c));
                for (Token m : children(at, s, c)) {
                    if (rel(m).equals("compound") && m.pos() != null && m.pos().startsWith("NN") && deverbal(lemmaOf(m))) out.add(lemmaOf(m));
                }
            }
        }
        // "the second vote passed", "the recall vote failed": what passed or failed is chained as the act it names.
        if (OUTCOMES.contains(lemmaOf(action))) {
            for (Token c : children(at, s, action)) {
                if (!SUBJECT_RELATIONS.contains(rel(c)) || c.pos() == null || !c.pos().startsWith("NN")) continue;
                if (EVENT_NOUNS.contains(lemmaOf(c)) || deverbal(lemmaOf(c))) out.add(lemmaOf(c));
            }
        }
        return out;
    }

    /** Verbs that report what someone said or made known, whose reported clause says what the happening was. */
    private static final Set<String> SAYING = Set.of("say", "tell", "announce", "declare", "state", "warn", "insist",
            "claim", "assure", "confirm", "reveal", "argue", "stress", "add", "note", "explain", "admit", "deny",
            "promise", "pledge", "vow", "threaten", "predict", "acknowledge", "concede", "complain", "suggest");
    /** Relations that keep a reported clause's core: who, the verb with its auxiliaries and negation, and what. */
    private static final Set<String> REPORTED_CORE = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "obj",
            "iobj", "det", "amod", "compound", "nummod", "nmod:poss", "xcomp", "compound:prt", "flat", "fixed");
    /** Longest reported clause written into a title, in words. */
    private static final int MAX_REPORTED_WORDS = 10;

    /**
     * "South Africa announced last month that Putin would not attend": what a saying verb reports, written as its
     * core (subject, verb with auxiliaries and negation, object), so that the title says what was made known.
     * Null if the verb reports nothing, the date lies inside what is reported, or the core is too long.
     */
    private static String reported(AnnotatedText at, Sentence s, Token verb, BitSet date) {
        String lemma = (verb.lemma() == null ? verb.word() : verb.lemma()).toLowerCase(Locale.ROOT);
        if (!SAYING.contains(lemma)) return null;
        Token clause = null;
        for (Token c : children(at, s, verb)) {
            if (rel(c).equals("ccomp") && !containsAny(at, s, c, date)) clause = c;
        }
        if (clause == null) return null;
        List<Token> words = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = at.tokens().get(k);
            if (t.index() == clause.index() || inCore(at, clause, t)) words.add(t);
        }
        if (words.size() < 2 || words.size() > MAX_REPORTED_WORDS) return null;
        StringBuilder out = new StringBuilder();
        for (Token w : words) out.append(w.word()).append(' ');
        return out.toString().strip();
    }

    /** Verbs whose object noun names what was done: "held talks", "reached a consensus", "made an announcement". */
    private static final Set<String> LIGHT_ACTIONS = Set.of("hold", "reach", "make", "take", "strike", "give", "conduct");

    /**
     * The word that says what kind of happening the predicate is: its lemma, the noun of a light verb ("held
     * talks": talks), and for a saying verb, what it reports ("announced that the leaders had reached consensus":
     * consensus), so that reports of one happening compare as one kind of act.
     */
    private static String kind(AnnotatedText at, MentionIndex index, Sentence s, Token action, boolean nominal, BitSet date) {
        Token verb = action;
        String lemma = lemmaOf(verb);
        if (!nominal && SAYING.contains(lemma)) {
            boolean reports = false;
            for (Token c : children(at, s, verb)) {
                if (rel(c).equals("ccomp") && c.isVerb() && !containsAny(at, s, c, date)) {
                    verb = c;
                    reports = true;
                }
            }
            // "the army chief announced her departure": what is made known is the departure.
            if (!reports) {
                for (Token c : children(at, s, verb)) if (rel(c).equals("obj") && eventNoun(at, index, c)) return lemmaOf(c);
                // "the agreement announced by the UN", "the deal was announced on Monday": so in the passive.
                Token made = madeKnown(at, s, verb);
                if (made != null && (deverbal(lemmaOf(made)) || EVENT_NOUNS.contains(lemmaOf(made)))) return lemmaOf(made);
            }
        }
        if (nominal) return lemmaOf(verb);
        // "new marches took place in the capital", "the demonstrations continued": a verb that only says a
        // happening went on leaves the kind of act to its subject noun.
        Token happening = happeningSubject(at, index, s, verb);
        if (happening != null) return lemmaOf(happening);
        // "pulled out of the race", "stepped down", "took over the role": the particle makes another verb than
        // "pulled", so it joins the lemma (before a light verb's object is read); the parser reads "out of" before
        // the verb's object as a preposition.
        String particle = particle(at, s, verb);
        if (particle != null) return lemmaOf(verb) + "-" + particle;
        if (LIGHT_ACTIONS.contains(lemmaOf(verb))) {
            for (Token c : children(at, s, verb)) if (rel(c).equals("obj")) return lemmaOf(c);
        }
        return lemmaOf(verb);
    }

    /** Verbs that say no more than that their subject happened, went on or broke out. */
    private static final Set<String> HAPPENING_VERBS = Set.of("happen", "occur", "continue", "resume", "unfold",
            "erupt", "recur", "persist", "proceed");

    /**
     * The event noun a verb of mere happening has as its subject ("the protests continued", "new marches took
     * place", "clashes broke out"), or the noun of a happening that strikes by itself whatever its verb ("the quake
     * struck"); null if none.
     */
    private static Token happeningSubject(AnnotatedText at, MentionIndex index, Sentence s, Token verb) {
        String lemma = lemmaOf(verb);
        boolean happens = HAPPENING_VERBS.contains(lemma);
        String particle = particle(at, s, verb);
        if (lemma.equals("break") && "out".equals(particle) || lemma.equals("go") && "ahead".equals(nextWord(at, s, verb))) happens = true;
        if (lemma.equals("take")) {
            for (Token c : children(at, s, verb)) happens |= rel(c).equals("obj") && lemmaOf(c).equals("place");
        }
        for (Token c : children(at, s, verb)) {
            // "the region struck by a powerful earthquake": the agent of a passive is its actor.
            boolean agent = "VBN".equals(verb.pos()) && (rel(c).startsWith("obl") || rel(c).startsWith("nmod"))
                    && hasCase(at, s, c, Set.of("by"));
            if (agent && c.pos() != null && c.pos().startsWith("NN") && EventFamilies.happening(lemmaOf(c))) return c;
            if (!SUBJECT_RELATIONS.contains(rel(c))) continue;
            // "the quake struck the peninsula", "the fire destroyed 300 buildings": whatever such a happening did,
            // what happened is the quake or the fire (and "struck" tells no collision).
            if (c.pos() != null && c.pos().startsWith("NN") && EventFamilies.happening(lemmaOf(c))) return c;
            boolean named = !index.overlapping(at.doc(), c.start(), c.end()).isEmpty();
            return happens && !named && (eventNoun(at, index, c) || HAPPENING_NOUNS.contains(lemmaOf(c))) ? c : null;
        }
        return null;
    }

    /** The word right after a token in its sentence, lower case, or null. */
    private static String nextWord(AnnotatedText at, Sentence s, Token t) {
        int next = t.index() + 1;
        return next < s.endToken() ? at.tokens().get(next).word().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * What a passive saying verb makes known: the noun its participle describes ("the agreement announced by the
     * UN") or its subject ("the deal was announced"), or null.
     */
    private static Token madeKnown(AnnotatedText at, Sentence s, Token verb) {
        if (!"VBN".equals(verb.pos())) return null;
        if (rel(verb).startsWith("acl") && verb.head() >= 0) return at.tokens().get(verb.head());
        // "after the agreement announced by the UN", which the parser may read as a clause with "agreement" as its
        // subject.
        for (Token c : children(at, s, verb)) if (SUBJECT_RELATIONS.contains(rel(c))) return c;
        return null;
    }

    /** Verbs that say how a vote or motion ended, whose subject names the act. */
    private static final Set<String> OUTCOMES = Set.of("pass", "fail", "collapse", "succeed");

    /** The particle that completes a verb ("down" of "stepped down"), or null. */
    private static String particle(AnnotatedText at, Sentence s, Token verb) {
        for (Token c : children(at, s, verb)) {
            if (rel(c).equals("compound:prt")) return lemmaOf(c);
        }
        int next = verb.index() + 1;
        if (next < at.tokens().size() && next <= lastIndex(at, s)) {
            Token c = at.tokens().get(next);
            boolean attached = c.head() == verb.index()
                    || c.head() >= 0 && at.tokens().get(c.head()).head() == verb.index();
            if (attached && PARTICLES.contains(c.word().toLowerCase(Locale.ROOT))) return lemmaOf(c);
        }
        return null;
    }

    private static int lastIndex(AnnotatedText at, Sentence s) {
        List<Token> t = at.tokensIn(s.start(), s.end());
        return t.isEmpty() ? -1 : t.get(t.size() - 1).index();
    }

    private static String lemmaOf(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Whether a saying verb's object is a person named after it, as the parser reads an inverted speaker. */
    private static boolean invertedSpeaker(AnnotatedText at, Sentence s, Token verb, MentionIndex index) {
        String lemma = (verb.lemma() == null ? verb.word() : verb.lemma()).toLowerCase(Locale.ROOT);
        if (!SAYING.contains(lemma) || lemma.equals("tell")) return false;
        for (Token c : children(at, s, verb)) {
            if (!rel(c).equals("obj") || c.index() < verb.index()) continue;
            Entity e = entityAt(at, index, c);
            return e != null && e.type().equals("PERSON");
        }
        return false;
    }

    /** Whether {@code t} hangs from {@code clause} by core relations only (a "not" or "never" counts as core). */
    private static boolean inCore(AnnotatedText at, Token clause, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 8 && cur.head() >= 0; steps++) {
            String r = rel(cur);
            String w = cur.word().toLowerCase(Locale.ROOT);
            boolean negation = r.equals("advmod") && Set.of("not", "n't", "never", "no").contains(w);
            boolean infinitive = r.equals("mark") && w.equals("to");
            if (!REPORTED_CORE.contains(r) && !negation && !infinitive) return false;
            if (!Character.isLetterOrDigit(cur.word().charAt(0))) return false;
            if (cur.head() == clause.index()) return true;
            cur = at.tokens().get(cur.head());
        }
        return false;
    }

    /** Verbs by which a source reports a plan or expectation rather than a happening. */
    private static final Set<String> PLAN_VERBS = Set.of("expect", "schedule", "plan", "slate", "due", "intend",
            "anticipate", "predict", "forecast", "envisage", "envision");

    /**
     * Whether the predicate is a plan or expectation: a passive or adjectival plan verb as clause ("a draft expected
     * on Monday", "is due on Friday"), or a verb hanging from one ("is expected to vote on Friday", "plans to travel").
     */
    private static boolean planned(AnnotatedText at, Sentence s, Token predicate) {
        if (rel(predicate).equals("acl")) return false;
        String lemma = predicate.lemma() == null ? predicate.word().toLowerCase(Locale.ROOT) : predicate.lemma().toLowerCase(Locale.ROOT);
        if (PLAN_VERBS.contains(lemma) || PLAN_VERBS.contains(predicate.word().toLowerCase(Locale.ROOT))) {
            if ("VBN".equals(predicate.pos()) || "JJ".equals(predicate.pos())) return true;
            for (Token c : children(at, s, predicate)) if (rel(c).equals("xcomp")) return true;
        }
        if (rel(predicate).equals("xcomp") && predicate.head() >= 0) {
            Token up = at.tokens().get(predicate.head());
            String u = up.lemma() == null ? up.word().toLowerCase(Locale.ROOT) : up.lemma().toLowerCase(Locale.ROOT);
            return PLAN_VERBS.contains(u) || PLAN_VERBS.contains(up.word().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * What an act makes its object do, written after the object: " to be held for 18 months" of "ordered X to be
     * held for 18 months in custody" (the verb with its infinitive marker and auxiliaries, and a length of time it
     * lasts); empty if the act has no such complement.
     */
    private static String complement(AnnotatedText at, Sentence s, Token verb, BitSet date) {
        for (Token v : children(at, s, verb)) {
            if (!rel(v).equals("xcomp") || !v.isVerb() || date.get(v.index())) continue;
            StringBuilder out = new StringBuilder();
            for (Token c : children(at, s, v)) {
                boolean to = rel(c).equals("mark") && c.word().equalsIgnoreCase("to");
                if (c.index() < v.index() && (to || rel(c).startsWith("aux"))) out.append(' ').append(c.word());
            }
            out.append(' ').append(v.word());
            for (Token c : children(at, s, v)) {
                if (rel(c).startsWith("obl") && span(c) && hasCase(at, s, c, Set.of("for")) && !date.get(c.index())) {
                    out.append(" for ").append(length(at, s, c));
                }
            }
            return out.toString();
        }
        return "";
    }

    /** The verb an infinitive complement adds ("agreed to launch", "decided to join"), or null. */
    private static Token purposeVerb(AnnotatedText at, Sentence s, Token verb) {
        for (Token c : children(at, s, verb)) {
            // "voted by 93 to 30 to bring the election forward": the parser may hang the infinitive as a clause of
            // purpose; its "to" then stands right before it.
            boolean purpose = rel(c).equals("advcl") && c.index() > verb.index() && c.index() > 0
                    && "TO".equals(at.tokens().get(c.index() - 1).pos());
            if (!rel(c).equals("xcomp") && !purpose || !"VB".equals(c.pos())) continue;
            for (Token m : children(at, s, c)) {
                if (rel(m).equals("mark") && m.word().equalsIgnoreCase("to")) return c;
            }
        }
        return null;
    }

    /** Verbs by which an occasion is said to take place, open or close. */
    private static final Set<String> TAKING_PLACE = Set.of("hold", "take", "open", "begin", "start", "run", "close",
            "end", "convene", "conclude", "finish", "happen", "occur", "resume", "continue", "last", "be", "meet",
            "kick", "get");

    /**
     * Whether the predicate says that an occasion takes place: "the vote takes place on Friday", "the election will
     * be held". "Attention turns to the summit" has a noun in "-tion" as subject, and is no occasion's calendar.
     */
    private static boolean occasionSubject(AnnotatedText at, MentionIndex index, Sentence s, Token predicate) {
        String verb = (predicate.lemma() == null ? predicate.word() : predicate.lemma()).toLowerCase(Locale.ROOT);
        if (!TAKING_PLACE.contains(verb)) return false;
        Token held = heldOccasion(at, s, predicate);
        if (held != null) {
            String w = lemmaOf(held);
            return OCCASIONS.contains(w) || eventNoun(at, index, held) || index.overlapping(at.doc(), held.start(), held.end())
                    .stream().anyMatch(h -> h.entity().type().equals("EVENT"));
        }
        for (Token c : children(at, s, predicate)) {
            if (!SUBJECT_RELATIONS.contains(rel(c))) continue;
            // "the talks, which ran from ... to ...": the relative pronoun stands for the noun the clause describes.
            Token who = ("WDT".equals(c.pos()) || "WP".equals(c.pos())) && rel(predicate).startsWith("acl") && predicate.head() >= 0
                    ? at.tokens().get(predicate.head()) : c;
            String w = (who.lemma() == null ? who.word() : who.lemma()).toLowerCase(Locale.ROOT);
            return OCCASIONS.contains(w) || eventNoun(at, index, who) || index.overlapping(at.doc(), who.start(), who.end())
                    .stream().anyMatch(h -> h.entity().type().equals("EVENT"));
        }
        return false;
    }

    /**
     * "When the calendar turned on Monday, the expansion took effect": a "when" clause without a named actor only
     * marks the moment, and what happened is its main clause.
     */
    private static Token momentClause(AnnotatedText at, MentionIndex index, Sentence s, Token verb) {
        if (!rel(verb).equals("advcl") || verb.head() < 0) return verb;
        boolean when = false;
        for (Token c : children(at, s, verb)) {
            if ((rel(c).equals("mark") || rel(c).equals("advmod")) && c.word().equalsIgnoreCase("when") && c.index() < verb.index()) when = true;
            if (SUBJECT_RELATIONS.contains(rel(c))) {
                Phrase p = phrase(at, index, s, c);
                if (p == null || !p.key().startsWith("noun:")) return verb;
            }
        }
        Token main = at.tokens().get(verb.head());
        return when && main.isVerb() ? main : verb;
    }

    /** A verb in the present tense or with a modal of the future ("hosts", "will join", "is to open"). */
    private static boolean future(AnnotatedText at, Sentence s, Token predicate) {
        if ("VBZ".equals(predicate.pos()) || "VBP".equals(predicate.pos())) return true;
        Token cur = predicate;
        for (int steps = 0; steps < 3; steps++) {
            boolean passiveOrPerfect = false;
            for (Token c : children(at, s, cur)) {
                String w = c.word().toLowerCase(Locale.ROOT);
                // "said marches would go ahead on Thursday": a future told from the past is still awaited.
                if (rel(c).startsWith("aux") && Set.of("will", "shall", "'ll", "would", "is", "are", "am").contains(w)
                        && (!w.startsWith("i") && !w.startsWith("a") || "VB".equals(cur.pos()) || "VBN".equals(cur.pos()))) return true;
                if (rel(c).startsWith("aux")) passiveOrPerfect = true;
            }
            // "is expected to travel", "will be able to join": the tense is the governing verb's.
            if (passiveOrPerfect || !rel(cur).equals("xcomp") || cur.head() < 0) return false;
            cur = at.tokens().get(cur.head());
            if ("VBZ".equals(cur.pos()) || "VBP".equals(cur.pos())) return true;
            // "had agreed to step down on Wednesday": what one committed to, dated after the writing, is awaited.
            if (cur.lemma() != null && Tense.COMMITMENTS.contains(cur.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whether the subject of the predicate is an occasion by name or by word ("the summit", "the talks", "COP28
     * opened"), not any noun of doing ("the investigation began", which is what a body did).
     */
    private static boolean occasionNamed(AnnotatedText at, MentionIndex index, Sentence s, Token predicate) {
        Token held = heldOccasion(at, s, predicate);
        if (held != null) {
            String w = lemmaOf(held);
            return OCCASIONS.contains(w) && !Set.of("vote", "poll", "ballot", "visit", "trip", "hearing", "trial").contains(w)
                    || index.overlapping(at.doc(), held.start(), held.end()).stream().anyMatch(h -> h.entity().type().equals("EVENT"));
        }
        for (Token c : children(at, s, predicate)) {
            if (!SUBJECT_RELATIONS.contains(rel(c))) continue;
            Token who = ("WDT".equals(c.pos()) || "WP".equals(c.pos())) && rel(predicate).startsWith("acl") && predicate.head() >= 0
                    ? at.tokens().get(predicate.head()) : c;
            String w = (who.lemma() == null ? who.word() : who.lemma()).toLowerCase(Locale.ROOT);
            return OCCASIONS.contains(w) && !Set.of("vote", "poll", "ballot", "visit", "trip", "hearing", "trial").contains(w)
                    || index.overlapping(at.doc(), who.start(), who.end()).stream().anyMatch(h -> h.entity().type().equals("EVENT"));
        }
        return false;
    }

    /**
     * The noun a relative clause of holding describes when the relative pronoun is the verb's object: "the talks that
     * the two mediators convened on 6 May", "the summit which Kenya held on Monday" tell the occasion's calendar as
     * much as "the talks opened on 6 May". Null for any other clause.
     */
    private static Token heldOccasion(AnnotatedText at, Sentence s, Token predicate) {
        if (!rel(predicate).startsWith("acl") || predicate.head() < 0) return null;
        for (Token c : children(at, s, predicate)) {
            if (rel(c).equals("obj") && ("WDT".equals(c.pos()) || "WP".equals(c.pos()))) return at.tokens().get(predicate.head());
        }
        return null;
    }

    /**
     * Nouns of a ballot, a happening complete without anyone named: "Sunday's presidential election", "the run-off
     * of 5 July" tell what happened that day even when no actor is, as a meeting or a visit without its parties
     * does not. "The vote" is left out: it is as often a chamber's vote on a bill, which its verb tells better.
     */
    private static final Set<String> BALLOTS = Set.of("poll", "ballot", "election", "referendum", "runoff", "run-off",
            "plebiscite");

    /** Whether a dated event noun is a ballot, complete without a named actor. */
    static boolean ballot(Found f) {
        return f.nominal() && BALLOTS.contains(f.trigger());
    }

    /** Occasions that are dated in their own right even inside a "for" phrase ("called for talks on Monday"). */
    private static final Set<String> OCCASIONS = Set.of("vote", "poll", "ballot", "election", "referendum", "talk", "talks",
            "meeting", "summit", "conference", "forum", "visit", "trip", "hearing", "trial", "session", "ceremony");

    /**
     * The verb whose object a purpose phrase qualifies ("issued the warrant for his arrest on March 17", where the
     * parser hangs the date on the arrest), or null.
     */
    private static Token verbOfObject(AnnotatedText at, Token noun) {
        String r = rel(noun);
        if (!r.startsWith("nmod") || r.equals("nmod:poss") || noun.head() < 0) return null;
        String w = (noun.lemma() == null ? noun.word() : noun.lemma()).toLowerCase(Locale.ROOT);
        if (OCCASIONS.contains(w)) return null;
        boolean purpose = false;
        for (Token c : at.tokens().subList(Math.max(0, noun.index() - 4), noun.index())) {
            if (c.head() == noun.index() && rel(c).equals("case") && c.word().equalsIgnoreCase("for")) purpose = true;
        }
        if (!purpose) return null;
        Token thing = at.tokens().get(noun.head());
        if (thing.head() < 0 || !Set.of("obj", "nsubj:pass").contains(rel(thing))) return null;
        Token verb = at.tokens().get(thing.head());
        return verb.isVerb() ? verb : null;
    }

    /** An actor or object: how it is identified across sources, its entity if named, and how to write it. */
    private record Phrase(String key, String entity, String text, Token head) {}

    /** Nouns that only point back at what the text told before ("announced the measure", "defended the decision"). */
    private static final Set<String> SHELL_NOUNS = Set.of("measure", "decision", "move", "step", "action", "thing",
            "matter", "issue", "news", "development", "situation");

    /**
     * Whether an object is a noun that points back ("the measure", "this decision") and says nothing of the act by
     * itself, so another source's words name the act better.
     */
    private static boolean shell(AnnotatedText at, Sentence s, Phrase object) {
        Token h = object.head();
        if (h == null || object.entity() != null || !SHELL_NOUNS.contains(lemmaOf(h))) return false;
        for (Token c : children(at, s, h)) {
            String w = c.word().toLowerCase(Locale.ROOT);
            if (rel(c).equals("det") && Set.of("the", "this", "that", "these", "those").contains(w)) return true;
        }
        return false;
    }

    /** The token outside a date's span that the span attaches to. */
    private static Token spanHead(AnnotatedText at, List<Token> toks, BitSet date) {
        for (Token x : toks) {
            if (x.head() >= 0 && !date.get(x.head())) return at.tokens().get(x.head());
        }
        return null;
    }

    /** Whether a noun is made from a verb by a suffix of doing ("appointment", "lifting", "resignation"). */
    private static boolean deverbal(String lemma) {
        if (NOT_EVENT_NOUNS.contains(lemma)) return false;
        if (lemma.length() > 6 && lemma.endsWith("ing")) return true;
        for (String suffix : EVENT_SUFFIXES) if (lemma.length() > suffix.length() + 3 && lemma.endsWith(suffix)) return true;
        return false;
    }

    /** "the vote on Friday", "its launch in September": a common noun naming something that happens. */
    private static boolean eventNoun(AnnotatedText at, MentionIndex index, Token t) {
        if (t.pos() == null || !(t.pos().equals("NN") || t.pos().equals("NNS"))) return false;
        if (t.ner() != null && !t.ner().equals("O")) return false;
        String doc = at.doc();
        if (!index.overlapping(doc, t.start(), t.end()).isEmpty()) return false;
        String w = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (EVENT_NOUNS.contains(w) || EVENT_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        if (NOT_EVENT_NOUNS.contains(w)) return false;
        for (String suffix : EVENT_SUFFIXES) if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) return true;
        return false;
    }

    /**
     * "She recalled that in May 2018 the union sent observers": a date inside what someone reports dates the
     * reported action, not the report.
     */
    private static Token reportedAction(AnnotatedText at, Sentence s, Token verb, Token date) {
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        if (!REPORTING.contains(lemma) || date.index() < verb.index()) return verb;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (c.head() == verb.index() && "ccomp".equals(c.deprel()) && dominates(at, c, date)) return c;
        }
        return verb;
    }

    /**
     * "Indonesia is following the announcement made by the leaders ... on 13 March": a past date cannot date an
     * ongoing present, so the parser's high attachment gives way to the participle between verb and date.
     */
    private static Token lowAttachment(AnnotatedText at, Sentence s, Token verb, Token date) {
        boolean present = "VBZ".equals(verb.pos()) || "VBP".equals(verb.pos());
        for (Token c : children(at, s, verb)) {
            if (rel(c).startsWith("aux") && Set.of("is", "are", "am").contains(c.word().toLowerCase(Locale.ROOT))
                    && "VBG".equals(verb.pos())) present = true;
        }
        if (!present) return verb;
        for (int k = date.index() - 1; k > verb.index(); k--) {
            Token c = at.tokens().get(k);
            if ("VBN".equals(c.pos()) && rel(c).equals("acl") && dominates(at, verb, c)) return c;
        }
        return verb;
    }

    /** Dependency steps from a token up to one of its governors (large if it is not one). */
    private static int steps(AnnotatedText at, Token from, Token to) {
        Token cur = from;
        for (int n = 0; n < 30 && cur != null; n++) {
            if (cur.index() == to.index()) return n;
            cur = cur.head() >= 0 ? at.tokens().get(cur.head()) : null;
        }
        return 30;
    }

    /** Whether {@code t} lies in the subtree of {@code root}. */
    static boolean dominates(AnnotatedText at, Token root, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 30 && cur != null; steps++) {
            if (cur.index() == root.index()) return true;
            cur = cur.head() >= 0 ? at.tokens().get(cur.head()) : null;
        }
        return false;
    }

    /**
     * The tokens a predicate governs, leaving out what a reporting verb reports when the date is not in it ("Wang
     * told reporters on Tuesday that Washington and London ..." is Wang's act, not theirs).
     */
    private static BitSet subtree(AnnotatedText at, Sentence s, Token predicate, BitSet date) {
        BitSet out = new BitSet();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (!dominates(at, predicate, c)) continue;
            // "The declaration adopted by the leaders on Wednesday backed the aspirations of Brazil and India": a
            // clause of its own (coordinated, reported, loosely attached) is another happening, and who takes part
            // in it does not take part in the dated one.
            Token top = childOnPath(at, predicate, c);
            if (top != null && OTHER_CLAUSES.contains(rel(top)) && (top.isVerb() || Set.of("ccomp", "parataxis").contains(rel(top)))
                    && !containsAny(at, s, top, date)) continue;
            out.set(k);
        }
        return out;
    }

    /** Relations by which a verb heads a clause that reports a happening other than its governor's. */
    private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "parataxis", "conj", "dep", "advcl", "acl:relcl");

    private static Token childOnPath(AnnotatedText at, Token root, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 30 && cur != null && cur.head() >= 0; steps++) {
            if (cur.head() == root.index()) return cur;
            cur = at.tokens().get(cur.head());
        }
        return null;
    }

    private static boolean containsAny(AnnotatedText at, Sentence s, Token root, BitSet set) {
        for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
            if (dominates(at, root, at.tokens().get(k))) return true;
        }
        return false;
    }

    private static List<Token> children(AnnotatedText at, Sentence s, Token head) {
        List<Token> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (c.head() == head.index() && c.index() != head.index()) out.add(c);
        }
        return out;
    }

    private static String rel(Token t) {
        return t.deprel() == null ? "" : t.deprel();
    }

    /** Who performs the predicate: its subject, or the actor it shares with the clause it hangs from. */
    private static Phrase subject(AnnotatedText at, MentionIndex index, Sentence s, Token predicate, boolean nominal) {
        if (nominal) {
            for (Token c : children(at, s, predicate)) {
                if (rel(c).equals("nmod:poss")) {
                    // "Quill, whose withdrawal on Friday was blamed on ...": "whose" stands for the noun the relative
                    // clause describes.
                    if ("WP$".equals(c.pos())) return phrase(at, index, s, relativised(at, s, c));
                    // "congratulated Lai on his victory", "thanked the nurses for their work": the pronoun of a
                    // noun the act is on or for stands for the one acted on, not for the actor.
                    Token acted = "PRP$".equals(c.pos()) ? actedOn(at, s, predicate) : null;
                    if (acted != null) {
                        Phrase p = phrase(at, index, s, acted);
                        if (p != null && p.entity() != null) return p;
                    }
                    Phrase p = phrase(at, index, s, c);
                    if (p != null) return p;
                }
            }
            // "EU governments cleared the way in a vote", "said in a statement": the occasion of the clause's actor.
            if (!hasCase(at, s, predicate, OCCASION_CASES)) return null;
            Token verb = Tense.governingVerb(at.tokens(), predicate, s);
            return verb == null ? null : subject(at, index, s, verb, false);
        }
        Token cur = predicate;
        for (int steps = 0; steps < 4; steps++) {
            for (Token c : children(at, s, cur)) {
                if (!SUBJECT_RELATIONS.contains(rel(c))) continue;
                // "the duties, which take effect": the relative pronoun stands for the noun the clause describes.
                if (("WDT".equals(c.pos()) || "WP".equals(c.pos())) && cur.head() >= 0) {
                    return phrase(at, index, s, at.tokens().get(cur.head()));
                }
                return phrase(at, index, s, c);
            }
            String r = rel(cur);
            if (cur.head() < 0) return null;
            Token up = at.tokens().get(cur.head());
            if (r.equals("acl")) return phrase(at, index, s, describedNoun(at, up));
            if (!SHARED_ACTOR.contains(r)) return null;
            cur = up;
        }
        return null;
    }

    /** Prepositions by which an act names what its object is praised, thanked or blamed for. */
    private static final Set<String> GROUND_CASES = Set.of("on", "for");

    /**
     * The object of the verb a noun hangs from by "on" or "for" ("congratulated Lai on his victory": Lai), or null.
     */
    private static Token actedOn(AnnotatedText at, Sentence s, Token noun) {
        if (!rel(noun).startsWith("obl") || noun.head() < 0 || !hasCase(at, s, noun, GROUND_CASES)) return null;
        Token verb = at.tokens().get(noun.head());
        if (!verb.isVerb()) return null;
        for (Token c : children(at, s, verb)) if (rel(c).equals("obj") && c.index() < noun.index()) return c;
        return null;
    }

    /**
     * The noun a relative pronoun ("whose") stands for: the one its clause describes, or, where the parser hung the
     * clause elsewhere, the noun just before it ("Quill, whose ...").
     */
    private static Token relativised(AnnotatedText at, Sentence s, Token pronoun) {
        Token cur = pronoun;
        for (int steps = 0; steps < 5 && cur.head() >= 0; steps++) {
            Token up = at.tokens().get(cur.head());
            if (rel(cur).equals("acl:relcl")) return up;
            cur = up;
        }
        for (int k = pronoun.index() - 1; k >= s.firstToken(); k--) {
            Token before = at.tokens().get(k);
            if (before.pos() != null && before.pos().startsWith("NN")) return before;
            if (!",".equals(before.word())) return null;
        }
        return null;
    }

    private static final Set<String> LIGHT_VERBS = Set.of("have", "go", "be", "do", "get");

    /** Verbs that say when an act began or went on, whose complement names the act ("began clearing the camp"). */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "finish", "resume");

    /**
     * A light verb's content verb ("had ... warned", "went further, raising"), the act an aspectual verb tells the
     * start of ("began clearing the camp"), or the verb itself.
     */
    private static Token contentVerb(AnnotatedText at, Sentence s, Token verb) {
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        if (ASPECTUAL.contains(lemma)) {
            for (Token c : children(at, s, verb)) if (c.isVerb() && rel(c).equals("xcomp") && c.index() > verb.index()) return c;
        }
        if (!LIGHT_VERBS.contains(lemma)) return verb;
        for (Token c : children(at, s, verb)) {
            if (c.isVerb() && Set.of("dep", "xcomp", "advcl").contains(rel(c))) return c;
        }
        return verb;
    }

    /** The "by" phrase of a passive participle, which names who acted ("contacted ... by telephone" is not one). */
    private static Phrase agent(AnnotatedText at, MentionIndex index, Sentence s, Token predicate) {
        if (!"VBN".equals(predicate.pos())) return null;
        boolean passive = rel(predicate).equals("acl");
        for (Token c : children(at, s, predicate)) passive |= rel(c).equals("aux:pass") || rel(c).equals("nsubj:pass");
        // "..., accepted by the president on 5 May": a participle clause of its own, without subject or auxiliary, is
        // passive too.
        if (!passive && Set.of("dep", "advcl").contains(rel(predicate))) {
            passive = children(at, s, predicate).stream().noneMatch(c -> rel(c).startsWith("aux") || SUBJECT_RELATIONS.contains(rel(c)));
        }
        for (Token c : children(at, s, predicate)) {
            if (rel(c).equals("obl:agent") || passive && rel(c).startsWith("obl") && hasCase(at, s, c, Set.of("by"))) {
                Phrase p = phrase(at, index, s, c);
                if (p != null) return p;
            }
        }
        return null;
    }

    /** The object of the verb a loose passive participle follows ("presented his resignation, accepted by ..."). */
    private static Phrase participleObject(AnnotatedText at, MentionIndex index, Sentence s, Token participle) {
        if (!Set.of("dep", "advcl").contains(rel(participle)) || participle.head() < 0) return null;
        for (Token c : children(at, s, at.tokens().get(participle.head()))) {
            if (rel(c).equals("obj") && c.index() < participle.index()) return phrase(at, index, s, c);
        }
        return null;
    }

    /** "deposits ranging from 30.6 to 39 percent starting Friday": the noun a participle describes, past numbers. */
    private static Token describedNoun(AnnotatedText at, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 4 && cur.head() >= 0; steps++) {
            boolean numeric = "CD".equals(cur.pos()) || cur.ner() != null && Set.of("PERCENT", "NUMBER", "MONEY").contains(cur.ner());
            boolean participle = cur.isVerb() && rel(cur).equals("acl");
            if (!numeric && !participle) return cur;
            cur = at.tokens().get(cur.head());
        }
        return cur;
    }

    private static boolean hasPossessor(AnnotatedText at, Sentence s, Token noun) {
        for (Token c : children(at, s, noun)) if (rel(c).equals("nmod:poss")) return true;
        return false;
    }

    private static String caseOf(AnnotatedText at, Sentence s, Token noun) {
        for (Token c : children(at, s, noun)) if ("case".equals(c.deprel())) return c.word();
        return null;
    }

    private static boolean hasCase(AnnotatedText at, Sentence s, Token head, Set<String> words) {
        for (Token c : children(at, s, head)) {
            if ("case".equals(c.deprel()) && words.contains(c.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** What the predicate acts on: a verb's object, or who an event noun is held with ("talks with X"). */
    private static Phrase object(AnnotatedText at, MentionIndex index, Sentence s, Token predicate, boolean nominal,
                                 BitSet date) {
        for (Token c : children(at, s, predicate)) {
            if (date.get(c.index())) continue;
            if (!nominal && rel(c).equals("obj")) return phrase(at, index, s, c);
            // "ordered ten days of custody": the parser reads the length as when, but what lasts it is acted on.
            if (!nominal && rel(c).equals("obl:tmod") && quantified(at, s, c) != c) return phrase(at, index, s, c);
            if (nominal && rel(c).startsWith("nmod") && !rel(c).equals("nmod:poss") && hasCase(at, s, c, OBJECT_CASES)) {
                Phrase p = phrase(at, index, s, c);
                if (p != null && p.entity() != null) return p;
            }
            // "late-night talks among the leaders on Wednesday": who meets says what the talks were, named or not.
            if (nominal && meeting(predicate) && rel(c).startsWith("nmod") && hasCase(at, s, c, MEETING_CASES)) {
                Phrase p = phrase(at, index, s, c);
                if (p != null) return p;
            }
        }
        return null;
    }

    /**
     * The named actors of the sentence's other clauses: "Prince Abdulaziz had said ..., and OPEC urged its members
     * last week" dates OPEC's act, and the prince acts in another clause.
     */
    private static Set<String> otherActors(AnnotatedText at, MentionIndex index, Sentence s, String own) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (!SUBJECT_RELATIONS.contains(rel(c)) || c.head() < 0 || !at.tokens().get(c.head()).isVerb()) continue;
            Entity e = entityAt(at, index, c);
            if (e != null && !e.id().equals(own)) out.add(e.id());
        }
        return out;
    }

    /** Prepositions by which a meeting names who meets. */
    private static final Set<String> MEETING_CASES = Set.of("among", "between", "with");

    /** A noun of people meeting: "talks", "meeting", "negotiations". */
    private static boolean meeting(Token noun) {
        String w = (noun.lemma() == null ? noun.word() : noun.lemma()).toLowerCase(Locale.ROOT);
        return Set.of("talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations").contains(w);
    }

    /** The preposition of a nominal predicate's object ("talks among the leaders"), "with" if none is found. */
    private static String objectCase(AnnotatedText at, Sentence s, Token predicate, BitSet date) {
        for (Token c : children(at, s, predicate)) {
            if (date.get(c.index()) || !rel(c).startsWith("nmod") || rel(c).equals("nmod:poss")) continue;
            String cw = caseOf(at, s, c);
            if (cw != null && (OBJECT_CASES.contains(cw.toLowerCase(Locale.ROOT)) || MEETING_CASES.contains(cw.toLowerCase(Locale.ROOT)))) {
                return cw.toLowerCase(Locale.ROOT);
            }
        }
        return "with";
    }

    /** Where it happens: "in Brussels", "at a naval base in San Diego". */
    private static String place(AnnotatedText at, MentionIndex index, Sentence s, Token predicate) {
        for (Token c : children(at, s, predicate)) {
            if (!(rel(c).startsWith("obl") || rel(c).startsWith("nmod")) || !hasCase(at, s, c, PLACE_CASES)) continue;
            for (MentionIndex.Hit h : index.overlapping(at.doc(), c.start(), c.end())) {
                String type = h.entity().type();
                if ((type.equals("GPE") || type.equals("LOC")) && h.mention().kind() == EntityMention.Kind.name) return h.entity().id();
            }
        }
        return null;
    }

    /**
     * The noun phrase headed by a token: the entity it names (the head, or a name in apposition), else a name the
     * resolver left out ("AUKUS" in "the AUKUS partnership"), else its head word.
     */
    private static Phrase phrase(AnnotatedText at, MentionIndex index, Sentence s, Token head) {
        if (head == null) return null;
        Token measured = head;
        head = quantified(at, s, head);
        // "presented himself to prosecutors": a reflexive object is the actor again, written as the writer wrote it.
        String lower = head.word().toLowerCase(Locale.ROOT);
        if (head.isPronoun() && (lower.endsWith("self") || lower.endsWith("selves"))) return new Phrase("noun:" + lower, null, lower, head);
        Entity named = entityAt(at, index, head);
        if (named == null) {
            for (Token c : children(at, s, head)) {
                if (rel(c).equals("appos")) named = entityAt(at, index, c);
                if (named != null) break;
            }
        }
        // "Pedro Reyes, a former judge who was sworn in": a noun in apposition to a name is the named one.
        if (named == null && rel(head).equals("appos") && head.head() >= 0) named = entityAt(at, index, at.tokens().get(head.head()));
        if (named == null && head.pos() != null && head.pos().startsWith("NN")) {
            // "President of Russia Vladimir Putin", "Head of the ministry Sergey Lavrov": a title noun followed by
            // the name of the person who holds it stands for that person.
            // A capitalised title without an article ("Minister of Fisheries Tomas Brellin") may hold the name in its
            // "of" phrase; "the wife of John Smith" is not John Smith.
            boolean title = Character.isUpperCase(head.word().charAt(0))
                    && children(at, s, head).stream().noneMatch(c -> rel(c).equals("det"));
            for (Token c : children(at, s, head)) {
                if (c.index() < head.index() || !Set.of("flat", "compound", "dep", "nmod", "appos").contains(rel(c))) continue;
                if (hasCase(at, s, c, Set.of("of", "in", "at", "from", "for", "to", "with", "by"))
                        && !(title && hasCase(at, s, c, Set.of("of")))) continue;
                Entity e = entityAt(at, index, c);
                if (e != null && e.type().equals("PERSON")) {
                    named = e;
                    break;
                }
            }
        }
        if (named == null) {
            // "the COP28 president hit back": a description the resolver gave a person names that person.
            for (MentionIndex.Hit h : index.overlapping(at.doc(), head.start(), head.end())) {
                if (h.mention().kind() == EntityMention.Kind.description && h.entity().type().equals("PERSON")
                        && h.mention().start() <= head.start() && head.end() <= h.mention().end()) named = h.entity();
            }
        }
        if (named != null && !NOT_PARTICIPANT_TYPES.contains(named.type())) {
            return new Phrase(named.id(), named.id(), named.name(), head);
        }
        // "were invited on Thursday to join": the date itself is no actor.
        if (head.ner() != null && Set.of("DATE", "TIME", "DURATION", "SET").contains(head.ner())) return null;
        // "the deployment of the army, which the government announced on Tuesday": the relative pronoun stands for
        // the noun its clause describes.
        if (("WDT".equals(head.pos()) || "WP".equals(head.pos())) && head.head() >= 0) {
            Token clause = at.tokens().get(head.head());
            if (rel(clause).equals("acl:relcl") && clause.head() >= 0 && clause.head() != head.index()) {
                Token noun = at.tokens().get(clause.head());
                if (noun.pos() != null && noun.pos().startsWith("NN")) return phrase(at, index, s, noun);
            }
        }
        // "the encampment ..., that was dismantled on Monday", which the parser left without a relative clause:
        // the pronoun stands for the noun before its comma.
        if (Set.of("that", "which").contains(lower) && SUBJECT_RELATIONS.contains(rel(head)) && head.head() >= 0
                && !rel(at.tokens().get(head.head())).equals("acl:relcl")) {
            Token noun = relativised(at, s, head);
            if (noun != null && noun != head) return phrase(at, index, s, noun);
        }
        if (head.isPronoun() || "WDT".equals(head.pos()) || "WP".equals(head.pos()) || "EX".equals(head.pos())) return null;
        // "599 were released": a number standing alone for those it counts.
        if ("CD".equals(head.pos()) && SUBJECT_RELATIONS.contains(rel(head)) && (head.ner() == null || Set.of("O", "NUMBER").contains(head.ner()))) {
            return new Phrase("noun:" + head.word(), null, head.word(), head);
        }
        if (head.pos() == null || !head.pos().startsWith("NN")) return null;
        List<Token> words = new ArrayList<>();
        String name = null;
        for (Token c : children(at, s, head)) {
            if (c.index() > head.index() || !Set.of("compound", "amod", "flat").contains(rel(c))) continue;
            if (c.ner() != null && Set.of("DATE", "TIME", "NUMBER", "PERCENT", "MONEY").contains(c.ner())) continue;
            words.add(c);
            if (c.isProperNoun() && index.overlapping(at.doc(), c.start(), c.end()).isEmpty() && name == null) {
                name = c.word().toLowerCase(Locale.ROOT);
            }
        }
        words.add(head);
        if (head.isProperNoun() && index.overlapping(at.doc(), head.start(), head.end()).isEmpty()) {
            name = head.word().toLowerCase(Locale.ROOT);
        }
        StringBuilder text = new StringBuilder();
        // "ordered 18 months of preventive prison": the length of what is ordered tells one order from another.
        if (measured != head && span(measured)) text.append(length(at, s, measured)).append(" of ");
        for (Token w : words.subList(Math.max(0, words.size() - 4), words.size())) text.append(w.word()).append(' ');
        // "a state of emergency", "prisoners of war": a bare noun after "of" completes the head as a compound does.
        Token of = bareOf(at, s, head);
        if (of != null) text.append("of ").append(of.word()).append(' ');
        text.append(infinitive(at, index, s, head));
        String lemma = (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
        if (name == null) {
            // "the AUKUS partnership": a common noun a named body qualifies is that body's, the same actor in every
            // source that writes it so.
            for (Token c : words) {
                if (c == head || !c.isProperNoun()) continue;
                Entity e = entityAt(at, index, c);
                if (e != null && !NOT_PARTICIPANT_TYPES.contains(e.type()) && !e.type().equals("PERSON")) {
                    // Keyed as the body itself, so that "AUKUS was announced" is the same actor.
                    return new Phrase(e.id(), null, text.toString().strip(), head);
                }
            }
        }
        return new Phrase(name != null ? "name:" + name : "noun:" + lemma, null, text.toString().strip(), head);
    }

    /**
     * "the first attempt to impeach the president": the infinitive that says what a noun of intent ("attempt",
     * "bid", "plan") was for, with its object, written after the noun; empty if there is none.
     */
    private static String infinitive(AnnotatedText at, MentionIndex index, Sentence s, Token noun) {
        for (Token c : children(at, s, noun)) {
            if (!rel(c).equals("acl") || !"VB".equals(c.pos()) || c.index() < noun.index()) continue;
            if (children(at, s, c).stream().noneMatch(m -> rel(m).equals("mark") && m.word().equalsIgnoreCase("to"))) continue;
            StringBuilder out = new StringBuilder("to ").append(c.word());
            for (Token o : children(at, s, c)) {
                if (!rel(o).equals("obj")) continue;
                Token thing = quantified(at, s, o);
                Entity e = entityAt(at, index, thing);
                out.append(' ').append(e != null ? e.name() : thing.word());
            }
            return out.toString();
        }
        return "";
    }

    /**
     * "$2 billion of bonds were written off", "all of its deposits": an amount stands for what it measures, the
     * noun of its "of" phrase; any other token stands for itself.
     */
    private static Token quantified(AnnotatedText at, Sentence s, Token head) {
        // "ordered ten days of house arrest": a length of time stands for what lasts it, as an amount does.
        boolean amount = Set.of("CD", "$", "DT", "PDT").contains(head.pos()) || head.word().equalsIgnoreCase("half")
                || COUNTS.contains(lemmaOf(head))
                || head.ner() != null && Set.of("MONEY", "PERCENT", "NUMBER", "DURATION").contains(head.ner()) || span(head);
        if (!amount) return head;
        for (Token c : children(at, s, head)) {
            // "tens of thousands of protesters": an amount of an amount measures what the last one measures.
            if (rel(c).equals("nmod") && c.pos() != null && c.pos().startsWith("NN") && hasCase(at, s, c, Set.of("of"))) {
                return c.index() > head.index() ? quantified(at, s, c) : c;
            }
        }
        return head;
    }

    /** Nouns that count what their "of" phrase names ("tens of thousands of protesters", "dozens of homes"). */
    private static final Set<String> COUNTS = Set.of("ten", "dozen", "score", "hundred", "thousand", "million",
            "billion", "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions");

    /** Units of a length of time. */
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade");

    /** Whether a noun counts a length of time ("18 months", "ten days"), whatever the tagger calls it. */
    private static boolean span(Token t) {
        return t.pos() != null && t.pos().startsWith("NN") && TIME_UNITS.contains(lemmaOf(t));
    }

    /** A counted length of time as written ("18 months"): its number and its unit. */
    private static String length(AnnotatedText at, Sentence s, Token unit) {
        StringBuilder out = new StringBuilder();
        for (Token c : children(at, s, unit)) {
            if (c.index() < unit.index() && Set.of("nummod", "amod").contains(rel(c))) out.append(c.word()).append(' ');
        }
        return out.append(unit.word()).toString();
    }

    /** The bare common noun of an "of" phrase right after a head ("state of emergency"), or null. */
    private static Token bareOf(AnnotatedText at, Sentence s, Token head) {
        for (Token c : children(at, s, head)) {
            if (!rel(c).equals("nmod") || c.index() != head.index() + 2 || !"NN".equals(c.pos())) continue;
            if (!hasCase(at, s, c, Set.of("of")) || c.ner() != null && !c.ner().equals("O")) continue;
            if (children(at, s, c).stream().anyMatch(m -> !rel(m).equals("case"))) continue;
            return c;
        }
        return null;
    }

    /** The entity whose name (or pronoun) covers a token, if any. */
    private static Entity entityAt(AnnotatedText at, MentionIndex index, Token t) {
        for (MentionIndex.Hit h : index.overlapping(at.doc(), t.start(), t.end())) {
            if (h.mention().kind() == EntityMention.Kind.description) continue;
            if (h.mention().start() <= t.start() && t.end() <= h.mention().end()) return h.entity();
        }
        return null;
    }

    /** First words of dates that take no preposition ("today", "last week", "this morning"). */
    private static final Set<String> BARE_DATE_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "last",
            "next", "this");

    /** Adverbs that complete a verb as a particle does. */
    private static final Set<String> PARTICLES = Set.of("back", "out", "off", "down", "up", "away", "over", "in",
            "forward");

    /** The words that name the predicate: a verb with its particle, or an event noun with its modifiers. */
    private static String predicateWords(AnnotatedText at, Sentence s, Token predicate, boolean nominal, BitSet date) {
        List<Token> words = new ArrayList<>();
        for (Token c : children(at, s, predicate)) {
            if (date.get(c.index())) continue;
            String r = rel(c);
            // "voted on Tuesday": a particle the parser took from the date's preposition is not part of the verb.
            // "sworn in today", "signed up last week": a date that takes no preposition leaves the particle the verb's.
            if (!nominal && r.equals("compound:prt") && (!date.get(c.index() + 1)
                    || BARE_DATE_WORDS.contains(at.tokens().get(c.index() + 1).word().toLowerCase(Locale.ROOT)))) words.add(c);
            // "hit back", "walked out": an adverbial particle right after the verb is part of it.
            if (!nominal && r.equals("advmod") && c.index() == predicate.index() + 1
                    && PARTICLES.contains(c.word().toLowerCase(Locale.ROOT))) words.add(c);
            // "the second quake": an ordinal adjective tells one occurrence from another (the tagger may read
            // "a second" as a length of time).
            boolean ordinal = r.equals("amod") && "JJ".equals(c.pos()) && Set.of("ORDINAL", "DURATION").contains(c.ner());
            if (nominal && c.index() < predicate.index() && (r.equals("amod") || r.equals("compound"))
                    && (c.ner() == null || c.ner().equals("O") || ordinal)) words.add(c);
        }
        words.add(predicate);
        words.sort((a, b) -> Integer.compare(a.index(), b.index()));
        StringBuilder out = new StringBuilder();
        for (Token w : words) out.append(w.word()).append(' ');
        return out.toString().strip();
    }
}
