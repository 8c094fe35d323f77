package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Dates events across the corpus: a date stated next to an event in any article ("the fair runs from 11th to
 * 12th July 2023") dates that event everywhere; when no article states the year, the calendar of known summits
 * (organiser and host country) supplies it.
 */
final class EventDates {

    /** When an event took place and what says so. */
    record Dated(Interval dates, List<Evidence> evidence, String organiser, String country) {}

    private EventDates() {}

    static Map<String, Dated> compute(Corpus corpus, MentionIndex index, Map<String, List<Reading>> readings,
                                      Calendar calendar, Gazetteer gazetteer) {
        Map<String, Dated> out = new TreeMap<>();
        for (Entity e : corpus.entities()) {
            if (!e.type().equals("EVENT")) continue;
            Map<String, Integer> organisers = new TreeMap<>();
            Map<String, Integer> countries = new TreeMap<>();
            Map<Interval, Integer> absolute = new HashMap<>();
            Map<Interval, List<Evidence>> absoluteEvidence = new HashMap<>();
            List<TimexParts> partials = new ArrayList<>();
            List<Evidence> partialEvidence = new ArrayList<>();
            for (EntityMention m : e.mentions()) {
                if (m.kind() != EntityMention.Kind.name) continue;
                boolean other = otherEdition(corpus, m);
                for (MentionIndex.Hit h : index.within(m.doc(), m.start(), m.end())) {
                    Entity inner = h.entity();
                    if (inner == e) continue;
                    if ((inner.type().equals("ORG") || inner.type().equals("MISC")) && h.mention().start() == m.start()) {
                        organisers.merge(inner.name(), 1, Integer::sum);
                    }
                    if (inner.type().equals("GPE")) {
                        String country = countryOf(inner.name(), gazetteer);
                        if (country != null) countries.merge(country, 1, Integer::sum);
                    }
                }
                AnnotatedText at = corpus.annotation(m.doc());
                if (at == null) continue;
                Sentence s = at.sentenceAt(m.start());
                if (s == null) continue;
                for (Reading r : readings.getOrDefault(m.doc(), List.of())) {
                    if (r.sentence() != s.index() || r.parts() == null || r.parts().day() == null) continue;
                    Evidence ev = new Evidence(m.doc(), r.start(), r.end());
                    Interval abs = r.absolute();
                    if (other && (abs == null || nearWriting(corpus, m.doc(), abs))) continue;
                    if (abs != null) {
                        absolute.merge(abs, 1, Integer::sum);
                        absoluteEvidence.computeIfAbsent(abs, k -> new ArrayList<>()).add(ev);
                    } else {
                        partials.add(r.parts());
                        partialEvidence.add(ev);
                    }
                }
            }
            String organiser = top(organisers);
            String country = top(countries);
            Interval best = absolute.entrySet().stream()
                    .max(Map.Entry.<Interval, Integer>comparingByValue().thenComparing(x -> x.getKey().days())
                            .thenComparing(x -> x.getKey().start()))
                    .map(Map.Entry::getKey).orElse(null);
            if (best != null) {
                out.put(e.id(), new Dated(best, absoluteEvidence.get(best), organiser, country));
                continue;
            }
            if (organiser == null) continue;
            List<Calendar.Summit> known = calendar.summits(organiser, country);
            if (!partials.isEmpty()) {
                List<Calendar.Summit> fitting = known.stream().filter(k -> partials.stream().anyMatch(p -> {
                    Interval in = p.in(k.dates().start().getYear());
                    return in != null && in.intersect(new Interval(k.dates().start().minusDays(1), k.dates().end().plusDays(1))) != null;
                })).toList();
                if (fitting.size() == 1) {
                    int year = fitting.get(0).dates().start().getYear();
                    TimexParts widest = partials.stream().max((a, b) -> Integer.compare(
                            (int) Objects.requireNonNull(a.in(year)).days(), (int) Objects.requireNonNull(b.in(year)).days())).orElseThrow();
                    out.put(e.id(), new Dated(widest.in(year), partialEvidence, organiser, country));
                }
            } else if (known.size() == 1 && country != null) {
                out.put(e.id(), new Dated(known.get(0).dates(), List.of(), organiser, country));
            }
        }
        return out;
    }

    /**
     * Dates the events still undated once every expression is resolved: the day (or days) most often stated in
     * the sentences that name the event ("the general election ... will be held on July 10").
     */
    static Map<String, Dated> completeFromResolved(Corpus corpus, MentionIndex index, Map<String, Dated> known) {
        Map<String, Dated> out = new TreeMap<>(known);
        Map<String, List<dev.parallax.corpus.TemporalExpression>> byDoc = new HashMap<>();
        for (var t : corpus.temporal()) byDoc.computeIfAbsent(t.doc(), k -> new ArrayList<>()).add(t);
        for (Entity e : corpus.entities()) {
            if (!e.type().equals("EVENT") || out.containsKey(e.id())) continue;
            Map<Interval, Integer> votes = new HashMap<>();
            Map<Interval, List<Evidence>> evidence = new HashMap<>();
            for (EntityMention m : e.mentions()) {
                if (m.kind() != EntityMention.Kind.name) continue;
                boolean other = otherEdition(corpus, m);
                AnnotatedText at = corpus.annotation(m.doc());
                Sentence s = at == null ? null : at.sentenceAt(m.start());
                if (s == null) continue;
                for (var t : byDoc.getOrDefault(m.doc(), List.of())) {
                    if (t.start() < s.start() || t.end() > s.end() || t.value() == null) continue;
                    if (actsApart(at, s, m.start(), m.end(), t)) continue;
                    if (t.reason() != null && !t.reason().equals(TemporalResolver.APPROXIMATE)) continue;
                    if (t.timex() != null && t.timex().endsWith("_REF")) continue;
                    Interval i = Interval.parse(t.value());
                    if (i == null || i.days() > 7 || other && nearWriting(corpus, m.doc(), i)) continue;
                    votes.merge(i, 1, Integer::sum);
                    evidence.computeIfAbsent(i, k -> new ArrayList<>()).add(t.evidence());
                }
            }
            votes.entrySet().stream()
                    .max(Map.Entry.<Interval, Integer>comparingByValue().thenComparing(x -> x.getKey().start()))
                    .ifPresent(best -> out.put(e.id(), new Dated(best.getKey(), evidence.get(best.getKey()), null, null)));
        }
        return out;
    }

    /**
     * "The summit ends on Sunday, before next year's summit in Rio": a mention looking back or ahead to another
     * edition does not share the dates its sentence gives the days of the writing ("last year's forum, held in June
     * 2024" keeps its own).
     */
    private static boolean otherEdition(Corpus corpus, EntityMention m) {
        return corpus.document(m.doc()).map(d -> dev.parallax.resolve.EventFinder.retrospective(d.text(), m.start()))
                .orElse(false);
    }

    /**
     * Whether a name acts in a clause of its own, apart from the one a date of its sentence dates: "sworn in today,
     * after his African National Congress lost its majority" dates no congress (the name is the subject of another
     * verb than the date's).
     */
    static boolean actsApart(AnnotatedText at, Sentence s, int start, int end, dev.parallax.corpus.TemporalExpression t) {
        if (at == null || s == null) return false;
        List<dev.parallax.corpus.Token> name = at.tokensIn(start, end);
        List<dev.parallax.corpus.Token> date = at.tokensIn(t.start(), t.end());
        if (name.isEmpty() || date.isEmpty()) return false;
        dev.parallax.corpus.Token head = null;
        for (dev.parallax.corpus.Token x : name) {
            if (x.head() < 0 || x.head() < name.get(0).index() || x.head() > name.get(name.size() - 1).index()) head = x;
        }
        if (head == null || head.deprel() == null || !head.deprel().startsWith("nsubj") || head.head() < 0) return false;
        dev.parallax.corpus.Token verb = at.tokens().get(head.head());
        dev.parallax.corpus.Token dated = Tense.governingVerb(at.tokens(), date.get(date.size() - 1), s);
        return verb.isVerb() && dated != null && dated.index() != verb.index();
    }

    /** Days around the writing within which a date tells of the edition being reported, not another one. */
    private static final int WRITING_DAYS = 7;

    /** Whether a date lies within a week of the article's stated writing day. */
    private static boolean nearWriting(Corpus corpus, String doc, Interval i) {
        String written = corpus.document(doc).map(d -> d.published().value()).orElse(null);
        if (written == null) return false;
        java.time.LocalDate w = java.time.LocalDate.parse(written);
        return !i.end().isBefore(w.minusDays(WRITING_DAYS)) && !i.start().isAfter(w.plusDays(WRITING_DAYS));
    }

    static String countryOf(String name, Gazetteer gazetteer) {
        var entry = gazetteer.lookup(name);
        if (entry.isPresent() && "country".equals(entry.get().kind())) return entry.get().name();
        return gazetteer.seatOf(name).map(Gazetteer.Entry::name).orElse(null);
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Documents' readings, keyed by document id. */
    static Map<String, List<Reading>> readings(Corpus corpus) {
        Map<String, List<Reading>> out = new HashMap<>();
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            out.put(d.id(), at == null ? List.of() : Reading.of(d.text(), at));
        }
        return out;
    }
}
