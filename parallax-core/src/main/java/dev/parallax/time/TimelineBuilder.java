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
import dev.parallax.corpus.Token;

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
 * evidence, and events read from dated sentences (who did what, where, per the dependency parse), merged across
 * sources when they share a date, an action and a participant.
 */
final class TimelineBuilder {

    private static final Set<String> PARTICIPANT_TYPES = Set.of("PERSON", "ORG", "GPE", "MEDIA", "NORP");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj");
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp");

    /** A timeline entry under construction. */
    private static final class Entry {
        final String date;
        final String until;
        final String title;
        final String trigger;
        final String subject;
        final Set<String> entities = new LinkedHashSet<>();
        String place;
        final Set<Evidence> evidence = new TreeSet<>();

        Entry(String date, String until, String title, String trigger, String subject) {
            this.date = date;
            this.until = until;
            this.title = title;
            this.trigger = trigger;
            this.subject = subject;
        }
    }

    private TimelineBuilder() {}

    static List<TimelineEvent> build(Corpus corpus, MentionIndex index, Map<String, EventDates.Dated> eventDates) {
        Map<String, Entry> byEvent = new LinkedHashMap<>();
        for (Entity e : corpus.entities()) {
            EventDates.Dated d = eventDates.get(e.id());
            if (d == null) continue;
            Entry entry = new Entry(d.dates().start().toString(), d.dates().isDay() ? null : d.dates().end().toString(),
                    e.name(), lastWord(e.name()), null);
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
        List<Entry> sentenceEvents = new ArrayList<>();
        for (TemporalExpression t : corpus.temporal()) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type()) || t.value() == null) continue;
            if (t.reason() != null && !t.reason().equals(TemporalResolver.APPROXIMATE)) continue;
            // "now" and "today" date the writing, not an event.
            if (t.timex() != null && t.timex().endsWith("_REF")) continue;
            Interval when = Interval.parse(t.value());
            // Days, short ranges and whole months ("visited Japan in June") make events; years are too coarse.
            if (when == null || when.days() > 7 && !isMonth(when)) continue;
            AnnotatedText at = corpus.annotation(t.doc());
            Sentence s = at == null ? null : at.sentenceAt(t.start());
            if (s == null) continue;
            String attached = attachToEvent(index, t, s, when, eventDates);
            if (attached != null) {
                byEvent.get(attached).evidence.add(new Evidence(t.doc(), s.start(), s.end()));
                continue;
            }
            Entry e = sentenceEvent(corpus, at, index, t, s, when);
            if (e != null) sentenceEvents.add(e);
        }
        List<Entry> all = new ArrayList<>(byEvent.values());
        all.addAll(merge(sentenceEvents));
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

    /** The dated event a sentence names whose date matches the expression, if any. */
    private static String attachToEvent(MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                                        Map<String, EventDates.Dated> eventDates) {
        for (MentionIndex.Hit h : index.within(t.doc(), s.start(), s.end())) {
            EventDates.Dated d = eventDates.get(h.entity().id());
            if (d != null && d.dates().intersect(when) != null) return h.entity().id();
        }
        return null;
    }

    private static Entry sentenceEvent(Corpus corpus, AnnotatedText at, MentionIndex index, TemporalExpression t,
                                       Sentence s, Interval when) {
        List<Token> toks = at.tokensIn(t.start(), t.end());
        if (toks.isEmpty()) return null;
        Token verb = Tense.governingVerb(at.tokens(), toks.get(toks.size() - 1), s);
        if (verb == null) return null;
        verb = reportedAction(at, s, verb, toks.get(0));
        Entry local = eventOf(at, index, t, s, when, verb);
        if (local == null && verb.head() >= 0) {
            // "claimed at a press conference held on June 23": the participants belong to the governing clause.
            Token up = Tense.governingVerb(at.tokens(), verb, s);
            if (up != null) local = eventOf(at, index, t, s, when, up);
        }
        return local;
    }

    private static Entry eventOf(AnnotatedText at, MentionIndex index, TemporalExpression t, Sentence s, Interval when,
                                 Token verb) {
        String subject = null, object = null, place = null;
        Set<String> participants = new LinkedHashSet<>();
        for (MentionIndex.Hit h : index.within(t.doc(), s.start(), s.end())) {
            Entity e = h.entity();
            if (!PARTICIPANT_TYPES.contains(e.type()) || h.mention().kind() == EntityMention.Kind.description) continue;
            List<Token> mt = at.tokensIn(h.mention().start(), h.mention().end());
            if (mt.isEmpty()) continue;
            Token head = mt.get(mt.size() - 1);
            for (Token x : mt) if (x.head() == verb.index()) head = x;
            String rel = head.head() == verb.index() ? head.deprel() : null;
            boolean locative = rel != null && rel.startsWith("obl") && hasCase(at, head, s, "in");
            if (locative && e.type().equals("GPE")) {
                if (place == null) place = e.id();
            } else if (rel != null && SUBJECT_RELATIONS.contains(rel)) {
                if (subject == null) subject = e.id();
            } else if (rel != null && OBJECT_RELATIONS.contains(rel.split(":")[0]) && object == null && !e.type().equals("NORP")) {
                object = e.id();
            }
            if (!e.type().equals("NORP")) participants.add(e.id());
        }
        if (subject == null) subject = inheritedSubject(at, index, t.doc(), s, verb);
        if (subject == null && object == null) return null;
        String lemma = verb.lemma() == null ? verb.word().toLowerCase(Locale.ROOT) : verb.lemma().toLowerCase(Locale.ROOT);
        StringBuilder title = new StringBuilder();
        if (subject != null) title.append(index.entity(subject).name()).append(' ');
        title.append(verb.word());
        if (object != null) title.append(' ').append(index.entity(object).name());
        if (place != null && !place.equals(object)) title.append(" in ").append(index.entity(place).name());
        String date = isMonth(when) ? when.iso() : when.start().toString();
        String until = isMonth(when) || when.isDay() ? null : when.end().toString();
        Entry e = new Entry(date, until, title.toString().strip(),
                lemma, subject);
        e.entities.addAll(participants);
        e.place = place;
        e.evidence.add(new Evidence(t.doc(), s.start(), s.end()));
        return e;
    }

    /**
     * "He pointed out that in March 2019 the ministry sent staff": a date inside what someone reports dates the
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

    /** Whether {@code t} lies in the subtree of {@code root}. */
    private static boolean dominates(AnnotatedText at, Token root, Token t) {
        Token cur = t;
        for (int steps = 0; steps < 20 && cur != null; steps++) {
            if (cur.index() == root.index()) return true;
            cur = cur.head() >= 0 ? at.tokens().get(cur.head()) : null;
        }
        return false;
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "point", "add", "note", "state", "claim",
            "explain", "stress", "emphasize", "report", "announce", "warn", "argue");

    /** "Tervala is expected to travel to Gdańsk": the subject of the governing clause. */
    private static String inheritedSubject(AnnotatedText at, MentionIndex index, String doc, Sentence s, Token verb) {
        Token cur = verb;
        for (int steps = 0; steps < 3 && cur.head() >= 0; steps++) {
            String rel = cur.deprel() == null ? "" : cur.deprel();
            // "expected to travel", "met and agreed": the same actor; an adverbial clause may have its own.
            if (!(rel.equals("xcomp") || rel.equals("conj"))) return null;
            cur = at.tokens().get(cur.head());
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token c = at.tokens().get(k);
                if (c.head() != cur.index() || c.deprel() == null || !c.deprel().startsWith("nsubj")) continue;
                for (MentionIndex.Hit h : index.overlapping(doc, c.start(), c.end())) {
                    if (PARTICIPANT_TYPES.contains(h.entity().type()) && !h.entity().type().equals("NORP")) return h.entity().id();
                }
            }
        }
        return null;
    }

    private static boolean isMonth(Interval i) {
        return i.iso().length() == 7;
    }

    private static boolean hasCase(AnnotatedText at, Token head, Sentence s, String word) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token c = at.tokens().get(k);
            if (c.head() == head.index() && "case".equals(c.deprel()) && c.word().equalsIgnoreCase(word)) return true;
        }
        return false;
    }

    /** Sentence events on one date with the same subject, or the same action and a shared participant, are one. */
    private static List<Entry> merge(List<Entry> events) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : events) {
            Entry same = null;
            for (Entry o : out) {
                if (!o.date.equals(e.date)) continue;
                Set<String> shared = new LinkedHashSet<>(o.entities);
                shared.retainAll(e.entities);
                boolean sameSubject = e.subject != null && e.subject.equals(o.subject);
                boolean sameAction = o.trigger.equals(e.trigger) && !shared.isEmpty();
                if (sameSubject || sameAction) {
                    same = o;
                    break;
                }
            }
            if (same == null) out.add(e);
            else {
                same.evidence.addAll(e.evidence);
                same.entities.addAll(e.entities);
            }
        }
        return out;
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
