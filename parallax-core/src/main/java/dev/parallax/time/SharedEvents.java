package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows the publication window of an article the text dates only roughly by the events it shares with other
 * articles of the corpus. Each day of the window is tried as the writing day: the article's relative expressions
 * ("on Tuesday", "yesterday", "last Friday") are resolved against it, and the day scores by how well the sentences
 * so dated match sentences that other articles date to the same day (shared participants and rare words). When
 * some days score clearly best, the window shrinks to them; otherwise it is left as it was.
 */
final class SharedEvents {

    /** A day (or few days) that an article gives to what one of its sentences reports. */
    record Anchor(String doc, int sentence, Interval dates, Evidence evidence) {}

    /** Least similarity (summed rarity of shared participants and words) for two sentences to report one event. */
    static final double MIN_SIMILARITY = 8.0;
    /** Least that the two dated sentences must share themselves (a name, or a rare word and another). */
    static final double MIN_DIRECT = 3.0;
    /** Share of the best similarity to any sentence of the anchor's article that the anchor's sentence must reach. */
    static final double NEAR_BEST = 0.8;
    /** Longest span a relative expression may name to be matched with another article's day (a month). */
    static final int MAX_GRAIN_DAYS = 31;
    /** Longest window searched day by day. */
    static final int MAX_WINDOW = 120;
    /** Anchors longer than this many days say too little about a single day. */
    private static final int MAX_ANCHOR_DAYS = 3;
    private static final int ROUNDS = 3;

    private final Corpus corpus;
    private final Map<String, List<Reading>> readings;
    private final SentenceSimilarity similarity;

    private SharedEvents(Corpus corpus, Map<String, List<Reading>> readings, SentenceSimilarity similarity) {
        this.corpus = corpus;
        this.readings = readings;
        this.similarity = similarity;
    }

    /**
     * The corpus with the windows of roughly dated articles narrowed where shared events pin them down; repeated
     * while narrowing one article lets another be anchored to it.
     *
     * @param guessed for articles whose window is a guess (the text bounds them only from below, or not at all,
     *                and the window was placed by the story's other dates), the days their own text allows: the
     *                search for shared events is not confined to the guess
     */
    static Corpus narrow(Corpus corpus, Map<String, List<Reading>> readings, SentenceSimilarity similarity,
                         Map<String, Interval> guessed) {
        SharedEvents shared = new SharedEvents(corpus, readings, similarity);
        Map<String, Interval> open = new java.util.HashMap<>(guessed);
        Corpus current = corpus;
        for (int round = 0; round < ROUNDS; round++) {
            List<Anchor> anchors = shared.anchors(current);
            boolean changed = false;
            List<Document> docs = new ArrayList<>();
            for (Document d : current.documents()) {
                PublicationDate p = shared.narrowed(d, anchors, open.get(d.id()));
                if (p != d.published()) {
                    changed = true;
                    // Placed by shared events, the window is no guess any more.
                    if (!p.earliest().equals(d.published().earliest()) || !p.latest().equals(d.published().latest())) {
                        open.remove(d.id());
                    }
                }
                docs.add(p == d.published() ? d : d.withPublished(p));
            }
            if (!changed) break;
            current = current.withDocuments(docs);
        }
        return current;
    }

    static Corpus narrow(Corpus corpus, Map<String, List<Reading>> readings, SentenceSimilarity similarity) {
        return narrow(corpus, readings, similarity, Map.of());
    }

    /**
     * Whether a sentence similar enough to an anchor's reports its event. Neighbours help tell one event from
     * another, but what a story's every paragraph says (its places, main actors and subject) fills them too: the
     * two dated sentences must share something themselves, or the anchor's sentence must be about the closest of
     * its article to this one (a paraphrase shares few words, but no other sentence of that article shares more).
     */
    private boolean sameEvent(String doc, int sentence, Anchor a, double sim) {
        if (similarity.direct(doc, sentence, a.doc(), a.sentence()) >= MIN_DIRECT) return true;
        return sim >= NEAR_BEST * similarity.bestIn(doc, sentence, a.doc());
    }

    /**
     * How much more a shared day counts when both dates hang on the same verb: "sworn in eleven days ago" and "sworn
     * in on Thursday" date one act; a sentence naming the same people may date another of theirs ("who had
     * proposed him on Monday").
     */
    static final double SAME_PREDICATE = 1.5;
    /** Verbs too light to tell one act from another, and verbs of saying, which report any act. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "make", "take", "get", "go", "say",
            "tell", "announce", "declare", "state", "report", "confirm", "explain", "add", "note", "write", "speak",
            "claim", "insist", "reveal");

    /** The lemma of the verb a date of a document hangs on, or null (none, or a light verb). */
    private String predicate(String doc, int start, int end) {
        AnnotatedText at = corpus.annotation(doc);
        if (at == null) return null;
        List<dev.parallax.corpus.Token> toks = at.tokensIn(start, end);
        if (toks.isEmpty()) return null;
        dev.parallax.corpus.Token last = toks.get(toks.size() - 1);
        dev.parallax.corpus.Token verb = Tense.governingVerb(at.tokens(), last, at.sentences().get(last.sentence()));
        if (verb == null || !verb.isVerb() || verb.lemma() == null) return null;
        String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
        return LIGHT_VERBS.contains(lemma) ? null : lemma;
    }

    /** Days that articles give to their sentences without depending on an uncertain writing day. */
    private List<Anchor> anchors(Corpus c) {
        List<Anchor> out = new ArrayList<>();
        for (Document d : c.documents()) {
            AnnotatedText at = c.annotation(d.id());
            if (at == null) continue;
            PublicationDate p = d.published();
            for (Reading r : readings.getOrDefault(d.id(), List.of())) {
                Interval i = r.absolute();
                if (i == null && r.parts() != null && r.parts().hasMonth() && r.parts().day() != null && p.value() != null
                        && narrowerThan(p, 62)) {
                    // "on Sunday (12/3)": the year of an article dated within a few weeks, if the weekday agrees.
                    int y = TemporalResolver.yearByTense(r.parts(), LocalDate.parse(p.value()), r.tense());
                    i = r.parts().in(y);
                    if (i != null && r.parts().weekday() != null && i.start().getDayOfWeek() != r.parts().weekday()) i = null;
                }
                // "found on the Wednesday after the collapse": counted from the act's day, not from the writing.
                boolean counted = i == null && TemporalResolver.countedFromAct(d.text(), r);
                if (counted && p.value() != null && narrowerThan(p, 2)) {
                    i = TemporalResolver.weekdayAfterAct(d.text(), at, r, readings.getOrDefault(d.id(), List.of()),
                            LocalDate.parse(p.value()).getYear());
                }
                if (i == null && !counted && Relative.handles(r)) {
                    if (PublicationDate.Basis.given == p.basis() || p.earliest() != null && p.earliest().equals(p.latest())) {
                        i = p.value() == null ? null : Relative.at(r, LocalDate.parse(p.value()));
                    } else {
                        i = TemporalResolver.sameOverWindow(r, d);
                    }
                }
                if (i == null || i.days() > MAX_ANCHOR_DAYS) continue;
                out.add(new Anchor(d.id(), r.sentence(), i, new Evidence(d.id(), r.start(), r.end())));
            }
        }
        return out;
    }

    private static boolean isWide(PublicationDate p) {
        return !narrowerThan(p, MAX_WINDOW);
    }

    private static boolean narrowerThan(PublicationDate p, int days) {
        if (p.earliest() == null) return false;
        return LocalDate.parse(p.latest()).toEpochDay() - LocalDate.parse(p.earliest()).toEpochDay() < days;
    }

    /**
     * The document's window narrowed to its best-scoring writing days, or its own date if nothing decides. An
     * article the text does not date at all tries the days around the anchors.
     */
    private static final int MIN_WINDOW_DAYS = 3;

    private PublicationDate narrowed(Document d, List<Anchor> anchors, Interval proven) {
        PublicationDate p = d.published();
        AnnotatedText at = corpus.annotation(d.id());
        List<LocalDate> days = WritingWeekday.keep(consistent(d, at, candidateDays(d, p, anchors, proven)),
                at == null ? null : WritingWeekday.of(d.id(), d.text(), at));
        if (days.size() < 2) return p;
        List<Reading> relative = new ArrayList<>();
        List<Reading> singleDays = new ArrayList<>();
        for (Reading r : readings.getOrDefault(d.id(), List.of())) {
            if (!Relative.handles(r) || PublicationDates.insideQuote(at, r)) continue;
            long grain = Relative.at(r, days.get(0)).days();
            // "when the leaders met in Abuja earlier this month": a week or a month that must hold the day another
            // article gives the meeting.
            if (grain > MAX_GRAIN_DAYS) continue;
            relative.add(r);
            if (grain == 1) singleDays.add(r);
        }
        if (relative.isEmpty()) return p;
        // The anchors each expression may refer to, however it is resolved.
        List<List<Anchor>> candidates = new ArrayList<>();
        List<double[]> sims = new ArrayList<>();
        for (Reading r : relative) {
            List<Anchor> near = new ArrayList<>();
            List<Double> nearSims = new ArrayList<>();
            for (Anchor a : anchors) {
                if (a.doc().equals(d.id())) continue;
                double sim = similarity.of(d.id(), r.sentence(), a.doc(), a.sentence());
                if (sim < MIN_SIMILARITY || !sameEvent(d.id(), r.sentence(), a, sim)) continue;
                near.add(a);
                String pa = predicate(a.evidence().doc(), a.evidence().start(), a.evidence().end());
                nearSims.add(pa != null && pa.equals(predicate(d.id(), r.start(), r.end())) ? sim * SAME_PREDICATE : sim);
            }
            candidates.add(near);
            sims.add(nearSims.stream().mapToDouble(Double::doubleValue).toArray());
        }
        double[] score = new double[days.size()];
        List<List<Evidence>> support = new ArrayList<>();
        for (int k = 0; k < days.size(); k++) {
            List<Evidence> used = new ArrayList<>();
            for (int i = 0; i < relative.size(); i++) {
                Reading r = relative.get(i);
                Interval named = Relative.at(r, days.get(k));
                double best = 0;
                Anchor bestAnchor = null;
                for (int j = 0; j < candidates.get(i).size(); j++) {
                    Anchor a = candidates.get(i).get(j);
                    boolean holds = named.isDay() ? a.dates().contains(named.start())
                            : named.contains(a.dates().start()) && named.contains(a.dates().end());
                    if (holds && sims.get(i)[j] > best) {
                        best = sims.get(i)[j];
                        bestAnchor = a;
                    }
                }
                if (bestAnchor != null) {
                    score[k] += best;
                    used.add(new Evidence(d.id(), r.start(), r.end()));
                    used.add(bestAnchor.evidence());
                }
            }
            support.add(used);
        }
        double top = 0;
        for (double x : score) top = Math.max(top, x);
        if (top < MIN_SIMILARITY) {
            if (p.earliest() == null || isWide(p)) return p;
            // Nothing shared decides: the window stays as it was, and so must the day chosen in it.
            List<LocalDate> inside = new ArrayList<>();
            for (LocalDate day : days) {
                if (!day.isBefore(LocalDate.parse(p.earliest())) && !day.isAfter(LocalDate.parse(p.latest()))) inside.add(day);
            }
            if (inside.isEmpty()) return p;
            LocalDate value = coherent(singleDays, inside, 0, inside.size() - 1, LocalDate.parse(p.value()));
            return value.toString().equals(p.value()) ? p
                    : new PublicationDate(value.toString(), p.earliest(), p.latest(), p.basis(), p.evidence());
        }
        int first = -1, last = -1;
        for (int k = 0; k < days.size(); k++) {
            if (score[k] < top - 1e-9) continue;
            if (first < 0) first = k;
            last = k;
        }
        if (first == 0 && last == days.size() - 1 && p.earliest() != null) return p;
        Set<Evidence> evidence = new LinkedHashSet<>(p.evidence());
        evidence.addAll(support.get(first));
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(null);
        LocalDate start = days.get(first), end = days.get(last);
        LocalDate value = coherent(singleDays, days, first, last, start);
        // Matching the days an article's weekdays name gives the day it was written, not the day it was put out,
        // which may be a day or two later: an inferred window keeps at least three days.
        LocalDate limit = proven != null ? proven.end() : p.latest() == null ? null : LocalDate.parse(p.latest());
        while (end.isBefore(start.plusDays(MIN_WINDOW_DAYS - 1)) && (limit == null || end.isBefore(limit))) end = end.plusDays(1);
        return new PublicationDate(value.toString(), start.toString(), end.toString(), PublicationDate.Basis.inferred, sorted);
    }

    /**
     * The days on which the article's dates without a year keep their tense, or all days if none does better:
     * "talks due to finish on December 12" was written before that December 12, the nearest one to the writing
     * ("the 12th of this December", not of next year's), and "on November 21, nine days before" after November 21.
     */
    private List<LocalDate> consistent(Document d, AnnotatedText at, List<LocalDate> days) {
        if (days.size() < 2 || at == null) return days;
        List<Reading> yearless = new ArrayList<>();
        for (Reading r : readings.getOrDefault(d.id(), List.of())) {
            TimexParts parts = r.parts();
            if (parts == null || parts.year() != null || !parts.hasMonth() || parts.day() == null) continue;
            if (r.tense() != Tense.PAST && r.tense() != Tense.FUTURE || PublicationDates.insideQuote(at, r)) continue;
            if (PublicationDates.ofNoun(d.text(), at, r)) continue;
            yearless.add(r);
        }
        if (yearless.isEmpty()) return days;
        int[] conflicts = new int[days.size()];
        int least = Integer.MAX_VALUE;
        for (int k = 0; k < days.size(); k++) {
            LocalDate day = days.get(k);
            for (Reading r : yearless) {
                Interval nearest = r.parts().in(TemporalResolver.yearByTense(r.parts(), day, Tense.UNKNOWN));
                if (nearest == null) continue;
                if (r.tense() == Tense.PAST && nearest.start().isAfter(day) || r.tense() == Tense.FUTURE && nearest.end().isBefore(day)) {
                    conflicts[k]++;
                }
            }
            least = Math.min(least, conflicts[k]);
        }
        List<LocalDate> out = new ArrayList<>();
        for (int k = 0; k < days.size(); k++) if (conflicts[k] == least) out.add(days.get(k));
        return out;
    }

    /**
     * The likeliest writing day among days[first..last]: the one on which the article's weekdays and "yesterday"s
     * name the closest-knit days (a report tells of the last few days: "voted on Tuesday" and "defended the vote on
     * Wednesday" are written after that Wednesday, not after the one before), the earliest on ties; {@code current}
     * unless another day is more coherent.
     */
    static LocalDate coherent(List<Reading> relative, List<LocalDate> days, int first, int last, LocalDate current) {
        long currentSpread = spread(relative, current);
        LocalDate best = current;
        long bestSpread = currentSpread;
        for (int k = first; k <= last; k++) {
            long sp = spread(relative, days.get(k));
            if (sp < bestSpread || sp == bestSpread && sp < currentSpread && days.get(k).isBefore(best)) {
                best = days.get(k);
                bestSpread = sp;
            }
        }
        return best;
    }

    private static long spread(List<Reading> relative, LocalDate day) {
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (Reading r : relative) {
            // What is still ahead ("will gather next Sunday") is no day told: only the days told are close-knit.
            if (r.tense() == Tense.FUTURE) continue;
            long d = Relative.at(r, day).start().toEpochDay();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return max - min;
    }

    /** Days a writer looks back or ahead by weekday names ("on Monday", "next Friday"). */
    private static final int WEEK = 7;

    /**
     * The writing days to try: those of an inferred window of a few days to a few months, or for an article the
     * text leaves undated (or dates only within years, or only from below), the weeks around the days other
     * articles date, inside the days its text allows.
     */
    private static List<LocalDate> candidateDays(Document d, PublicationDate p, List<Anchor> anchors, Interval proven) {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
        boolean inferred = p.basis() == PublicationDate.Basis.inferred && p.earliest() != null;
        if (inferred && !isWide(p)) {
            LocalDate from = LocalDate.parse(p.earliest()), to = LocalDate.parse(p.latest());
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) out.add(day);
        }
        if (proven != null || inferred && isWide(p) || p.basis() == PublicationDate.Basis.unknown) {
            // A window of years ("since 2009" ... "next year") is searched only near the days other articles date.
            LocalDate from = proven != null ? proven.start() : inferred ? LocalDate.parse(p.earliest()) : LocalDate.MIN;
            LocalDate to = proven != null ? proven.end() : inferred ? LocalDate.parse(p.latest()) : LocalDate.MAX;
            java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
            for (Anchor a : anchors) {
                if (a.doc().equals(d.id())) continue;
                for (LocalDate day = a.dates().start().minusDays(WEEK); !day.isAfter(a.dates().end().plusDays(WEEK)); day = day.plusDays(1)) {
                    if (!day.isBefore(from) && !day.isAfter(to)) days.add(day);
                }
            }
            if (days.size() <= MAX_DAYS_UNDATED) out.addAll(days);
        }
        return new ArrayList<>(out);
    }

    /** Most candidate days tried for an article the text does not date. */
    private static final int MAX_DAYS_UNDATED = 1000;
}
