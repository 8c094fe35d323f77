package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one timeline from all articles: dated event entities ("NATO summit in Vilnius") with every mention as
 * evidence, and events read from dated sentences ({@link SentenceEvents}), merged across sources when they report
 * one happening: same day (or a month or range holding it), and the same actor, the same action with a shared
 * participant, or sentences that say much the same thing.
 */
final class TimelineBuilder {

    /** Least similarity of two sentences ({@link SentenceSimilarity}) for their events on one day to be one. */
    static final double SAME_EVENT_SIMILARITY = 12.0;

    /** A timeline entry under construction. */
    private static final class Entry {
        String date;
        String until;
        Interval when;
        String title;
        String trigger;
        String subjectKey;
        String subjectEntity;
        final Set<String> entities = new LinkedHashSet<>();
        String place;
        final Set<Evidence> evidence = new TreeSet<>();
        /** The sentences the entry was read from, as (document, sentence index). */
        final List<Map.Entry<String, Integer>> sentences = new ArrayList<>();
        /** The predicates the entry was read from, as document, sentence index and trigger. */
        final Set<String> predicates = new LinkedHashSet<>();
        /** How directly the date attaches to what the title names (dependency steps): the most direct names best. */
        int distance;
        /** Read with neither actor nor participant ("since its launch"): kept only as part of another entry. */
        boolean weak;
        /** A plan, an expectation or what the writer still awaits: evidence of a happening others report, no more. */
        boolean expected;
        /** An occasion's own calendar: "the conference opened on 30 November", "the talks ran from ... to ...". */
        boolean occasion;
        /** Read from a ballot's noun ("Sunday's presidential election", "the run-off of 5 July"). */
        boolean ballot;
        /** The word that says what kind of act the entry is ({@code SentenceEvents.Found.kind}). */
        String kind;
        /** The kinds of act of every report merged into the entry ("stormed", "forced their way in"). */
        final Set<String> kinds = new LinkedHashSet<>();
        /** The verbs chained to the entry's actions by complements ("voted to demand that it be lifted"). */
        final Set<String> chain = new LinkedHashSet<>();
        /** Titled with an object that only points back ("announced the measure"). */
        boolean vague;
        /** Named actors of the other clauses of the entry's sentences. */
        final Set<String> otherActors = new LinkedHashSet<>();
        /** Ordinals its titles give the happening ("the second quake"): which of a series it is. */
        final Set<String> ordinals = new java.util.TreeSet<>();

        Entry(Interval when, String title, String trigger) {
            setWhen(when);
            this.title = title;
            this.trigger = trigger;
        }

        void setWhen(Interval w) {
            when = w;
            date = isMonth(w) ? w.iso() : w.start().toString();
            until = isMonth(w) || w.isDay() ? null : w.end().toString();
        }
    }

    private TimelineBuilder() {}

    static List<TimelineEvent> build(Corpus corpus, MentionIndex index, Map<String, EventDates.Dated> eventDates,
                                     SentenceSimilarity similarity) {
        Map<String, Entry> byEvent = new LinkedHashMap<>();
        for (Entity e : corpus.entities()) {
            EventDates.Dated d = eventDates.get(e.id());
            if (d == null) continue;
            Entry entry = new Entry(d.dates(), e.name(), lastWord(e.name()));
            // An event entity keeps its days as stated, a month-long one too.
            entry.date = d.dates().start().toString();
            entry.until = d.dates().isDay() ? null : d.dates().end().toString();
            for (EntityMention m : e.mentions()) {
                entry.evidence.add(m.evidence());
                for (MentionIndex.Hit h : index.within(m.doc(), m.start(), m.end())) {
                    if (h.entity() == e) continue;
                    entry.entities.add(h.entity().id());
                    if (h.entity().type().equals("GPE") && entry.place == null) entry.place = h.entity().id();
                }
            }
            entry.evidence.addAll(d.evidence());
            byEvent.put(e.id(), entry);
        }
        Map<String, Entry> group = sameOccasions(corpus, byEvent);
        List<Entry> sentenceEvents = new ArrayList<>();
        Map<String, List<TemporalExpression>> byDoc = new LinkedHashMap<>();
        for (TemporalExpression t : corpus.temporal()) byDoc.computeIfAbsent(t.doc(), k -> new ArrayList<>()).add(t);
        for (List<TemporalExpression> l : byDoc.values()) l.sort(Comparator.comparingInt(TemporalExpression::start));
        for (TemporalExpression t : corpus.temporal()) {
            AnnotatedText at = corpus.annotation(t.doc());
            Interval when;
            if ("DURATION".equals(t.type())) {
                // "About nine hours later a second quake struck": the day of the moment the text counts from.
                when = HoursLater.day(t, byDoc.get(t.doc()), at);
                // "a day after protesters stormed parliament": the day of the clause the span introduces.
                if (when == null) when = DaysApart.day(t, byDoc.get(t.doc()), at);
                if (when == null) continue;
            } else {
                if (!"DATE".equals(t.type()) && !"TIME".equals(t.type()) || t.value() == null) continue;
                if (t.reason() != null && !t.reason().equals(TemporalResolver.APPROXIMATE)) continue;
                // "now" and "today" date the writing, not an event.
                if (t.timex() != null && t.timex().endsWith("_REF")) continue;
                when = Interval.parse(t.value());
            }
            // Days, short ranges and whole months ("visited Japan in June") make events; years are too coarse. An
            // occasion may run for some weeks ("the talks ran from 30 November to 12 December").
            if (when == null || when.days() > MAX_OCCASION_DAYS && !isMonth(when)) continue;
            Sentence s = at == null ? null : at.sentenceAt(t.start());
            if (s == null) continue;
            String attached = attachToEvent(at, index, t, s, when, group);
            if (attached != null) {
                group.get(attached).evidence.add(new Evidence(t.doc(), s.start(), s.end()));
                continue;
            }
            String written = corpus.document(t.doc()).map(d -> d.published().value()).orElse(null);
            List<SentenceEvents.Found> found = SentenceEvents.all(at, index, t, s, when, written == null ? null : LocalDate.parse(written));
            if (found.isEmpty()) continue;
            SentenceEvents.Found f = found.get(0);
            if (when.days() > 7 && !isMonth(when) && !f.occasion()) continue;
            if (f.occasion()) {
                // "The summit opened on Tuesday" in an article that names the summit: that event's calendar.
                String occasion = namedOccasion(index, t.doc(), when, group);
                if (occasion != null) {
                    group.get(occasion).evidence.add(new Evidence(t.doc(), s.start(), s.end()));
                    found = found.subList(1, found.size());
                }
            }
            for (SentenceEvents.Found x : found) sentenceEvents.add(entry(x, t, s, when));
        }
        List<Entry> all = new ArrayList<>(new LinkedHashSet<>(group.values()));
        all.addAll(merge(sentenceEvents, similarity));
        List<TimelineEvent> out = new ArrayList<>();
        all.sort(Comparator.comparing((Entry x) -> x.date).thenComparing(x -> x.title));
        int n = 0;
        for (Entry x : all) {
            long sources = x.evidence.stream().map(Evidence::doc).distinct().count();
            out.add(new TimelineEvent("t" + (++n), x.date, x.until, x.title, x.trigger, List.copyOf(x.entities), x.place,
                    List.copyOf(x.evidence), (int) sources));
        }
        return out;
    }

    /** The entry of what a dated sentence reports. */
    private static Entry entry(SentenceEvents.Found f, TemporalExpression t, Sentence s, Interval when) {
        Entry e = new Entry(when, f.title(), f.trigger());
        e.occasion = f.occasion();
        e.kind = f.kind();
        e.kinds.add(f.kind() == null ? f.trigger() : f.kind());
        e.chain.addAll(f.chain());
        e.otherActors.addAll(f.otherActors());
        e.subjectKey = f.subjectKey();
        e.subjectEntity = f.subjectEntity();
        e.entities.addAll(f.participants());
        e.place = f.place();
        e.evidence.add(new Evidence(t.doc(), s.start(), s.end()));
        e.sentences.add(Map.entry(t.doc(), s.index()));
        e.predicates.add(t.doc() + "#" + s.index() + "#" + f.trigger());
        e.distance = f.distance();
        e.ballot = SentenceEvents.ballot(f);
        e.weak = f.subjectKey() == null && f.participants().isEmpty() && !f.hasObject() && !e.ballot;
        e.expected = f.expected();
        e.vague = f.vague();
        e.ordinals.addAll(ordinals(f.title()));
        return e;
    }

    /** Longest range a sentence may give an occasion ("two weeks of talks, from 30 November to 13 December"). */
    static final int MAX_OCCASION_DAYS = 31;

    /** The dated event an article names anywhere whose dates hold the start of {@code when}, if just one. */
    private static String namedOccasion(MentionIndex index, String doc, Interval when, Map<String, Entry> events) {
        Set<Entry> found = new LinkedHashSet<>();
        String id = null;
        for (MentionIndex.Hit h : index.of(doc)) {
            Entry d = events.get(h.entity().id());
            if (d != null && d.when.contains(when.start()) && found.add(d)) id = h.entity().id();
        }
        return found.size() == 1 ? id : null;
    }

    /** The dated event a sentence names whose date matches the expression, if any. */
    private static String attachToEvent(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s,
                                        Interval when, Map<String, Entry> events) {
        for (MentionIndex.Hit h : index.within(t.doc(), s.start(), s.end())) {
            Entry d = events.get(h.entity().id());
            if (d == null || d.when.intersect(when) == null) continue;
            if (!EventDates.actsApart(at, s, h.mention().start(), h.mention().end(), t)) return h.entity().id();
        }
        return null;
    }

    /** Words of an event name that say neither its kind nor its edition nor where it is held. */
    private static final java.util.regex.Pattern EDITION =
            java.util.regex.Pattern.compile("(?i)\\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|the|of|in|at|on|for|and|a|an");

    /**
     * Event entities that name one occasion: the same kind ("summit") of the same organiser, one name holding no
     * organiser word the other lacks ("15th BRICS Summit", "BRICS summit in Johannesburg"), on dates that meet. Two
     * places ("NATO summit in Vilnius", "NATO summit in Madrid") or dates apart keep them apart. Maps every event
     * entity id to its (shared) entry.
     */
    private static Map<String, Entry> sameOccasions(Corpus corpus, Map<String, Entry> byEvent) {
        Map<String, Entry> out = new LinkedHashMap<>(byEvent);
        List<String> ids = new ArrayList<>(byEvent.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Entry a = out.get(ids.get(i));
                Entry b = out.get(ids.get(j));
                if (a == b || !a.trigger.equals(b.trigger) || a.when.intersect(b.when) == null) continue;
                // "the G20 summit in New Delhi" and "the G20 summit in Rio": two editions, whatever their dates.
                if (a.place != null && b.place != null && !a.place.equals(b.place)) continue;
                Set<String> wa = organiser(a.title, a.trigger, a.place, corpus);
                Set<String> wb = organiser(b.title, b.trigger, b.place, corpus);
                // "the summit in Abuja" and "their second summit" told of the same single day: one summit, even when
                // one name gives no organiser (a story's summits on one day are one).
                boolean sameDay = a.when.equals(b.when) && a.when.isDay();
                if (!sameDay && (wa.isEmpty() || wb.isEmpty()) || !(wa.containsAll(wb) || wb.containsAll(wa))) continue;
                // The one more sources name keeps its title; the longer dates hold the shorter.
                Entry keep = b.evidence.size() > a.evidence.size() ? b : a;
                Entry gone = keep == a ? b : a;
                keep.evidence.addAll(gone.evidence);
                keep.entities.addAll(gone.entities);
                if (keep.place == null) keep.place = gone.place;
                if (gone.when.days() > keep.when.days()) {
                    keep.when = gone.when;
                    keep.date = gone.date;
                    keep.until = gone.until;
                }
                for (var en : out.entrySet()) if (en.getValue() == gone) en.setValue(keep);
            }
        }
        for (var en : out.entrySet()) en.getValue().entities.remove(en.getKey());
        return out;
    }

    private static Set<String> organiser(String name, String kind, String place, Corpus corpus) {
        Set<String> placeWords = new java.util.HashSet<>();
        if (place != null) {
            corpus.entities().stream().filter(x -> x.id().equals(place)).findFirst()
                    .ifPresent(x -> placeWords.addAll(List.of(x.name().toLowerCase(Locale.ROOT).split("\\s+"))));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (w.isEmpty() || w.equals(kind) || EDITION.matcher(w).matches() || placeWords.contains(w)) continue;
            out.add(w);
        }
        return out;
    }

    /**
     * Joins the entries that report one happening. The most precisely dated come first, so that "this month it
     * ordered importers to pay deposits" joins the day another source gives, not the other way round.
     */
    private static List<Entry> merge(List<Entry> events, SentenceSimilarity similarity) {
        List<Entry> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong((Entry e) -> e.when.days()).thenComparing(e -> e.weak)
                .thenComparing(e -> e.expected));
        List<Entry> out = new ArrayList<>();
        for (Entry e : sorted) {
            Entry best = null;
            double bestScore = 0;
            for (Entry o : out) {
                double score = sameHappening(e, o, similarity);
                if (score > bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best == null) {
                if (!e.weak && !e.expected) out.add(e);
                continue;
            }
            best.evidence.addAll(e.evidence);
            best.entities.addAll(e.entities);
            best.sentences.addAll(e.sentences);
            best.predicates.addAll(e.predicates);
            best.otherActors.addAll(e.otherActors);
            best.chain.addAll(e.chain);
            // What another named actor did there ("the assembly removed him", "the vice-president was sworn in") is
            // another part of the happening, not another name of its act.
            if (e.subjectEntity == null || best.subjectEntity == null || e.subjectEntity.equals(best.subjectEntity)) {
                best.kinds.addAll(e.kinds);
            }
            best.ordinals.addAll(e.ordinals);
            // "opened on 30 November" and "ran from 30 November to 12 December": the occasion keeps its whole run.
            if (e.occasion && best.occasion && e.when.days() > best.when.days()) best.setWhen(e.when);
            if (best.place == null) best.place = e.place;
            // Named by a source that names the actor, and among those by the one whose date attaches most directly
            // to what it reports.
            // A title whose object only points back ("announced the measure") gives way to one that names it.
            boolean better = e.vague != best.vague ? best.vague
                    : named(e) && !named(best) || named(e) == named(best) && e.distance < best.distance;
            // What someone said of a happening does not name it.
            better &= !saying(e) || saying(best);
            // A ballot is named by its noun ("presidential election"), not by what one candidate claims in it.
            if (e.ballot && best.ballot) better = e.subjectKey == null && best.subjectKey != null
                    || (e.subjectKey == null) == (best.subjectKey == null) && e.distance < best.distance;
            if (better && e.when.equals(best.when) && !e.weak && !e.expected) {
                best.title = e.title;
                best.trigger = e.trigger;
                best.kind = e.kind;
                best.distance = e.distance;
                best.subjectEntity = e.subjectEntity;
                best.subjectKey = e.subjectKey;
                best.vague = e.vague;
            }
        }
        return out;
    }

    /** Whether the subjects of two entries are nouns of one kind of happening ("the earthquake", "the quake"). */
    private static boolean sameHappeningSubject(Entry e, Entry o) {
        if (e.subjectKey == null || o.subjectKey == null) return false;
        if (!e.subjectKey.startsWith("noun:") || !o.subjectKey.startsWith("noun:")) return false;
        return EventFamilies.sameHappening(e.subjectKey.substring(5), o.subjectKey.substring(5));
    }

    /** Whether an entry reports a saying and nothing else. */
    private static boolean saying(Entry e) {
        return EventFamilies.saying(e.kind == null ? e.trigger : e.kind);
    }

    private static boolean named(Entry e) {
        return e.subjectEntity != null || e.subjectKey != null && !e.subjectKey.startsWith("noun:");
    }

    /**
     * How surely entry {@code e} reports the happening {@code o} (already as precise or more), 0 if it does not.
     * The date must be the same or hold {@code o}'s and the named actors must not differ; then evidence adds up:
     * the similarity of the sentences, the same named actor on the same day, the same kind of action (more with a
     * shared participant or actor), several shared participants.
     */
    private static double sameHappening(Entry e, Entry o, SentenceSimilarity similarity) {
        boolean sameDate = e.when.equals(o.when);
        if (!sameDate && !(e.when.contains(o.when.start()) && e.when.contains(o.when.end()))) return 0;
        // An occasion's opening or run is not what was done there ("the conference opened with the launch of a
        // fund" and "countries agreed to put the fund into operation" are two entries); two such statements of
        // one calendar are one.
        if (e.occasion != o.occasion) return 0;
        // "The first quake struck at 04:17" and "a second quake hit nine hours later": two of a series.
        if (!e.ordinals.isEmpty() && !o.ordinals.isEmpty() && java.util.Collections.disjoint(e.ordinals, o.ordinals)) return 0;
        if (e.occasion && e.when.start().equals(o.when.start())) return SAME_EVENT_SIMILARITY * 4;
        // "Sunday's presidential election" and "the election of July 28": a story's voters go to the polls once a day
        // in one place, whoever each source names with the ballot.
        if (sameDate && e.ballot && o.ballot && (e.place == null || o.place == null || e.place.equals(o.place))) {
            return SAME_EVENT_SIMILARITY * 2;
        }
        // "The same day, late in the evening, he unveiled": two dates of one predicate date one happening.
        if (sameDate) for (String p : e.predicates) if (o.predicates.contains(p)) return SAME_EVENT_SIMILARITY * 4;
        if (!compatibleActors(e, o, similarity) && !(sameDate && handover(e, o, similarity))) return 0;
        // "The president said the rioters would be punished" and "rioters stormed Congress": what one actor said that
        // day is not what another did.
        if (saying(e) != saying(o) && (e.subjectKey == null || !e.subjectKey.equals(o.subjectKey))) return 0;
        // Two dated predicates of one sentence ("marched on Saturday against the closure approved last week") are
        // two happenings.
        for (var a : e.sentences) if (o.sentences.contains(a)) return 0;
        Set<String> shared = new LinkedHashSet<>(o.entities);
        shared.retainAll(e.entities);
        boolean sameSubject = e.subjectKey != null && e.subjectKey.equals(o.subjectKey);
        boolean namedSubject = named(e);
        String action = e.kind == null ? e.trigger : e.kind;
        String otherAction = o.kind == null ? o.trigger : o.kind;
        boolean handover = sameDate && handover(e, o, similarity);
        boolean sameAction = EventFamilies.same(action, otherAction) || chained(e, o) || handover;
        // One happening already told by two sources with two verbs ("stormed", "forced their way in") is of the kind
        // of either.
        for (String k : o.kinds) sameAction |= !EventFamilies.saying(k) && EventFamilies.same(action, k);
        double sim = 0;
        for (var a : e.sentences) {
            for (var b : o.sentences) sim = Math.max(sim, similarity.of(a.getKey(), a.getValue(), b.getKey(), b.getValue()));
        }
        double score = sim;
        // One article's sentences share the story's words, and a writer who tells one happening twice tells it with
        // the same kind of word: two different actions in one article need more than shared words.
        boolean sameArticle = false;
        for (var a : e.sentences) for (var b : o.sentences) sameArticle |= a.getKey().equals(b.getKey());
        if (sameDate && sameArticle && !sameAction) score -= SAME_EVENT_SIMILARITY / 2;
        // The same actor on the same day: an actor does several things in a day, so the sentences or the action
        // must agree a little too ("Xi held talks" and "Xi failed to show up at the forum" are two).
        if (sameDate && sameSubject && namedSubject) score += sameAction ? SAME_EVENT_SIMILARITY : SAME_EVENT_SIMILARITY * 2 / 3;
        // "The quake struck the peninsula" and "the main shock recorded intensity 7" on one day: a happening that
        // strikes by itself, named as the subject of both, is one happening whatever each says it did.
        if (sameDate && sameHappeningSubject(e, o)) score += SAME_EVENT_SIMILARITY * 2;
        if (sameAction && !EventFamilies.saying(action)) score += SAME_EVENT_SIMILARITY * 2 / 3;
        // "Supporters stormed Congress" and "the rioters invaded the seats of power" in two articles: a happening a
        // story tells once a day, told by two sources with verbs of its kind, is one unless they place it apart.
        if (sameDate && !sameArticle && EventFamilies.onceADay(action, otherAction)
                && (e.place == null || o.place == null || e.place.equals(o.place))) score += SAME_EVENT_SIMILARITY / 3;
        // Who took up the office is named in what the other tells: a participant both share.
        if (sameAction && (!shared.isEmpty() || sameSubject || handover)) score += SAME_EVENT_SIMILARITY;
        if (shared.size() >= 2) score += SAME_EVENT_SIMILARITY / 2 * shared.size();
        // "during his trip, March 13 to 14, Sunak pledged": a longer occasion of an actor who takes part in the
        // happening on a day within it.
        if (!sameDate && e.subjectEntity != null && o.entities.contains(e.subjectEntity)) score += SAME_EVENT_SIMILARITY / 2;
        return score < SAME_EVENT_SIMILARITY ? 0 : score;
    }

    /** Words that tell which of a series a happening is. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th)");

    /** Words at the head of a title, where its actor or event noun stands ("second quake hit"). */
    private static final int TITLE_HEAD_WORDS = 3;

    /**
     * The ordinal words of the head of a title, lower case: those of its actor or event noun ("first quake struck"),
     * not of what it acts on ("barred him from being nominated a second time").
     */
    static Set<String> ordinals(String title) {
        Set<String> out = new java.util.TreeSet<>();
        String[] words = title.split("\\s+");
        for (int i = 0; i < Math.min(TITLE_HEAD_WORDS, words.length); i++) {
            if (ORDINAL.matcher(words[i]).matches()) out.add(words[i].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Verbs too light or too common to link two chains of complements by themselves. */
    private static final Set<String> UNLINKING = Set.of("be", "have", "do", "get", "make", "take", "go", "come", "want",
            "try", "seek", "need", "begin", "start", "continue", "keep", "help", "let", "allow", "can", "will");

    /**
     * Whether the chains of complement verbs of two entries share an action other than saying: "lawmakers voted to
     * demand that martial law be lifted" and "lawmakers forced the president to lift martial law".
     */
    private static boolean chained(Entry e, Entry o) {
        Set<String> other = new java.util.HashSet<>();
        for (String w : o.chain) other.add(EventFamilies.stem(w));
        for (String v : e.chain) {
            if (other.contains(EventFamilies.stem(v)) && !UNLINKING.contains(v) && !EventFamilies.saying(v)) return true;
        }
        return false;
    }

    /**
     * Whether two entries of one day tell one handover of an office: one says someone left it ("the assembly
     * impeached the premier"), the other that someone took it up ("the finance minister took over"), and one
     * article tells both or who took it up is named in or around what the first tells.
     */
    private static boolean handover(Entry e, Entry o, SentenceSimilarity similarity) {
        Entry taker = takesUp(e) ? e : takesUp(o) ? o : null;
        Entry left = taker == e ? o : e;
        if (taker == null || !leaves(left)) return false;
        if (taker.subjectEntity == null) return false;
        // One article telling both on that day tells one handover in two sentences.
        for (var a : e.sentences) for (var b : o.sentences) if (a.getKey().equals(b.getKey())) return true;
        return left.entities.contains(taker.subjectEntity) || left.otherActors.contains(taker.subjectEntity)
                || around(left, similarity).contains(taker.subjectEntity);
    }

    /**
     * Two entries can be one happening unless each has a named actor and neither actor appears around the other's
     * sentences: "China voiced opposition" and "Wang told reporters" (a China spokesman, named next to it) can be
     * one; Indonesia's statement and China's cannot.
     */
    private static boolean compatibleActors(Entry e, Entry o, SentenceSimilarity similarity) {
        // "Xi arrived" (a name the resolver left out) and "Lavrov arrived": two named actors unless the name is a
        // word of the other's or of a name around it.
        String en = unresolvedName(e), on = unresolvedName(o);
        if (en != null && on != null) return en.equals(on);
        if (en != null && o.subjectEntity != null) return namesAround(o, similarity).contains(en);
        if (on != null && e.subjectEntity != null) return namesAround(e, similarity).contains(on);
        if (e.subjectEntity == null || o.subjectEntity == null || e.subjectEntity.equals(o.subjectEntity)) return true;
        // "Han Guoyu" and "Han Kuo-yu": one person written in two romanisations the resolver kept apart.
        for (String a : similarity.formsOf(e.subjectEntity)) {
            for (String b : similarity.formsOf(o.subjectEntity)) if (spellingVariants(a, b)) return true;
        }
        // "Japan Airlines" and "the Japan Airlines Airbus A350": the whole of one name leads the other.
        for (String a : similarity.formsOf(e.subjectEntity)) {
            for (String b : similarity.formsOf(o.subjectEntity)) if (leadingName(a, b)) return true;
        }
        // An actor of another clause of the other's sentence did something else there.
        if (o.otherActors.contains(e.subjectEntity) || e.otherActors.contains(o.subjectEntity)) return false;
        return around(o, similarity).contains(e.subjectEntity) || around(e, similarity).contains(o.subjectEntity);
    }

    /** Shortest name word in which one letter changed may be a spelling variant rather than another name. */
    private static final int MIN_VARIANT_LENGTH = 5;

    /**
     * Whether two names are one name spelt two ways, as romanisations differ ("Guoyu", "Kuo-yu"; "Daglo", "Dagalo"):
     * the same number of words, every word the same once hyphens and accents are dropped but for at most one, long
     * enough, that one letter added, dropped or changed turns into the other. "Kim Jong-un" and "Kim Jong-il" differ
     * by two letters, "Raul Castro" and "Fidel Castro" by a whole word: two people.
     */
    static boolean spellingVariants(String a, String b) {
        if (a == null || b == null) return false;
        String[] wa = dev.parallax.resolve.Names.fold(a.replace("-", "")).split("\\s+");
        String[] wb = dev.parallax.resolve.Names.fold(b.replace("-", "")).split("\\s+");
        if (wa.length != wb.length || wa.length < 2) return false;
        int differing = 0;
        for (int i = 0; i < wa.length; i++) {
            if (wa[i].equals(wb[i])) continue;
            if (++differing > 1 || Math.min(wa[i].length(), wb[i].length()) < MIN_VARIANT_LENGTH
                    || !oneEditApart(wa[i], wb[i])) return false;
        }
        return differing == 1;
    }

    /**
     * Whether the words of one name of two words or more are the first words of the other ("Japan Airlines",
     * "Japan Airlines Airbus A350"): the longer names a part or a thing of the shorter.
     */
    static boolean leadingName(String a, String b) {
        if (a == null || b == null) return false;
        List<String> wa = List.of(dev.parallax.resolve.Names.fold(a).split("\\s+"));
        List<String> wb = List.of(dev.parallax.resolve.Names.fold(b).split("\\s+"));
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        return shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter);
    }

    /** Whether one letter added, dropped or changed turns one word into the other. */
    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Whether an entry tells someone taking up an office ("sworn in", "took over"). */
    private static boolean takesUp(Entry e) {
        return EventFamilies.takingUp(e.kind == null ? e.trigger : e.kind);
    }

    /** Whether an entry tells, by its kind or a verb or noun chained to it, someone leaving an office ("impeached"). */
    private static boolean leaves(Entry e) {
        if (EventFamilies.leaving(e.kind == null ? e.trigger : e.kind)) return true;
        for (String w : e.chain) if (EventFamilies.leaving(w)) return true;
        return false;
    }

    /** The name word of an actor the resolver left out ("name:xi"), or null. */
    private static String unresolvedName(Entry e) {
        if (e.subjectEntity != null || e.subjectKey == null || !e.subjectKey.startsWith("name:")) return null;
        String k = e.subjectKey.substring(5);
        return k.contains(":") ? null : k;
    }

    /** The words of the names of an entry's actor and of the entities around its sentences, lower case. */
    private static Set<String> namesAround(Entry e, SentenceSimilarity similarity) {
        Set<String> ids = new LinkedHashSet<>(around(e, similarity));
        ids.add(e.subjectEntity);
        ids.addAll(e.entities);
        Set<String> out = new java.util.HashSet<>();
        for (String id : ids) {
            String name = similarity.nameOf(id);
            if (name != null) out.addAll(List.of(name.toLowerCase(Locale.ROOT).split("[\\s\\-]+")));
        }
        return out;
    }

    private static Set<String> around(Entry e, SentenceSimilarity similarity) {
        Set<String> out = new LinkedHashSet<>();
        for (var s : e.sentences) out.addAll(similarity.entitiesAround(s.getKey(), s.getValue()));
        return out;
    }

    private static boolean isMonth(Interval i) {
        return i.iso().length() == 7;
    }

    private static String lastWord(String s) {
        String[] w = s.split("\\s+");
        for (int i = w.length - 1; i >= 0; i--) {
            String lw = w[i].toLowerCase(Locale.ROOT);
            if (dev.parallax.resolve.Names.fold(lw).matches("summit|conference|talks|forum|election|elections|meeting|games|olympics|dialogue")) return lw;
        }
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }
}
