package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    static final double MIN_SIMILARITY = 6.0;
    /** Longest window searched day by day. */
    static final int MAX_WINDOW = 120;
    /** Anchors longer than this many days say too little about a single day. */
    private static final int MAX_ANCHOR_DAYS = 3;
    private static final int ROUNDS = 3;

    private static final Set<String> STOP_LEMMAS = Set.of("be", "have", "do", "say", "tell", "add", "will", "would",
            "can", "could", "may", "might", "shall", "should", "must", "also", "other", "more", "most", "such", "many",
            "much", "own", "same", "new", "year", "month", "week", "day", "time", "accord", "include", "make", "take",
            "get", "go", "come", "there", "here", "which", "what", "who", "whom", "whose", "that", "this", "these",
            "those", "it", "its", "mr", "mrs", "ms");
    private static final Set<String> NOT_CONTENT_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY", "SET");

    private final Corpus corpus;
    private final Map<String, List<Reading>> readings;
    private final Map<String, Map<Integer, Set<String>>> features = new HashMap<>();
    private final Map<String, Double> rarity = new HashMap<>();

    private SharedEvents(Corpus corpus, Map<String, List<Reading>> readings, MentionIndex index) {
        this.corpus = corpus;
        this.readings = readings;
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            Map<Integer, Set<String>> bySentence = sentenceFeatures(d.id(), at, index);
            features.put(d.id(), bySentence);
            for (Sentence s : at.sentences()) {
                n++;
                for (String f : bySentence.getOrDefault(s.index(), Set.of())) df.merge(f, 1, Integer::sum);
            }
        }
        for (var e : df.entrySet()) rarity.put(e.getKey(), Math.log((double) Math.max(n, 2) / e.getValue()));
    }

    /**
     * The corpus with the windows of roughly dated articles narrowed where shared events pin them down; repeated
     * while narrowing one article lets another be anchored to it.
     */
    static Corpus narrow(Corpus corpus, Map<String, List<Reading>> readings, MentionIndex index) {
        SharedEvents shared = new SharedEvents(corpus, readings, index);
        Corpus current = corpus;
        for (int round = 0; round < ROUNDS; round++) {
            List<Anchor> anchors = shared.anchors(current);
            boolean changed = false;
            List<Document> docs = new ArrayList<>();
            for (Document d : current.documents()) {
                PublicationDate p = shared.narrowed(d, anchors);
                changed |= p != d.published();
                docs.add(p == d.published() ? d : d.withPublished(p));
            }
            if (!changed) break;
            current = current.withDocuments(docs);
        }
        return current;
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
                if (i == null && Relative.handles(r)) {
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

    private static boolean narrowerThan(PublicationDate p, int days) {
        if (p.earliest() == null) return false;
        return LocalDate.parse(p.latest()).toEpochDay() - LocalDate.parse(p.earliest()).toEpochDay() < days;
    }

    /** The document's window narrowed to its best-scoring writing days, or its own date if nothing decides. */
    private PublicationDate narrowed(Document d, List<Anchor> anchors) {
        PublicationDate p = d.published();
        if (p.basis() != PublicationDate.Basis.inferred || p.earliest() == null) return p;
        LocalDate from = LocalDate.parse(p.earliest()), to = LocalDate.parse(p.latest());
        long width = to.toEpochDay() - from.toEpochDay() + 1;
        if (width < 2 || width > MAX_WINDOW) return p;
        AnnotatedText at = corpus.annotation(d.id());
        List<Reading> relative = new ArrayList<>();
        for (Reading r : readings.getOrDefault(d.id(), List.of())) {
            if (!Relative.handles(r) || PublicationDates.insideQuote(at, r)) continue;
            if (Relative.at(r, from).days() > 1) continue;
            relative.add(r);
        }
        if (relative.isEmpty()) return p;
        double[] score = new double[(int) width];
        List<List<Evidence>> support = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            LocalDate day = from.plusDays(k);
            List<Evidence> used = new ArrayList<>();
            for (Reading r : relative) {
                LocalDate named = Relative.at(r, day).start();
                double best = 0;
                Anchor bestAnchor = null;
                for (Anchor a : anchors) {
                    if (a.doc().equals(d.id()) || !a.dates().contains(named)) continue;
                    double sim = similarity(d.id(), r.sentence(), a.doc(), a.sentence());
                    if (sim > best) {
                        best = sim;
                        bestAnchor = a;
                    }
                }
                if (best >= MIN_SIMILARITY) {
                    score[k] += best;
                    used.add(new Evidence(d.id(), r.start(), r.end()));
                    used.add(bestAnchor.evidence());
                }
            }
            support.add(used);
        }
        double top = 0;
        for (double s : score) top = Math.max(top, s);
        if (top < MIN_SIMILARITY) return p;
        int first = -1, last = -1;
        for (int k = 0; k < width; k++) {
            if (score[k] < top - 1e-9) continue;
            if (first < 0) first = k;
            last = k;
        }
        if (first == 0 && last == width - 1) return p;
        Set<Evidence> evidence = new LinkedHashSet<>(p.evidence());
        evidence.addAll(support.get(first));
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(null);
        LocalDate start = from.plusDays(first), end = from.plusDays(last);
        return new PublicationDate(start.toString(), start.toString(), end.toString(), PublicationDate.Basis.inferred, sorted);
    }

    /** Weight of what the sentences next to a dated one say: news tells one event over a few sentences. */
    static final double NEIGHBOUR_WEIGHT = 0.5;

    /**
     * How surely two dated sentences report one event: the summed rarity of the participants and words they share,
     * counting what only a neighbouring sentence says at half weight.
     */
    private double similarity(String docA, int sentenceA, String docB, int sentenceB) {
        Map<String, Double> a = context(docA, sentenceA), b = context(docB, sentenceB);
        double sum = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) sum += rarity.getOrDefault(e.getKey(), 0.0) * Math.min(w, e.getValue());
        }
        return sum;
    }

    private Map<String, Double> context(String doc, int sentence) {
        Map<Integer, Set<String>> f = features.getOrDefault(doc, Map.of());
        Map<String, Double> out = new HashMap<>();
        for (int k : new int[] {sentence - 1, sentence + 1}) {
            for (String x : f.getOrDefault(k, Set.of())) out.put(x, NEIGHBOUR_WEIGHT);
        }
        for (String x : f.getOrDefault(sentence, Set.of())) out.put(x, 1.0);
        return out;
    }

    /** Per sentence: the entities it names and the lemmas of its content words outside names and dates. */
    private static Map<Integer, Set<String>> sentenceFeatures(String doc, AnnotatedText at, MentionIndex index) {
        Map<Integer, Set<String>> out = new HashMap<>();
        BitSet named = new BitSet();
        for (MentionIndex.Hit h : index.of(doc)) {
            if (h.mention().kind() == EntityMention.Kind.pronoun) continue;
            Sentence s = at.sentenceAt(h.mention().start());
            if (s == null) continue;
            out.computeIfAbsent(s.index(), k -> new HashSet<>()).add("E:" + h.entity().id());
            for (Token t : at.tokensIn(h.mention().start(), h.mention().end())) named.set(t.index());
        }
        for (Token t : at.tokens()) {
            if (named.get(t.index()) || t.pos() == null || t.ner() != null && NOT_CONTENT_NER.contains(t.ner())) continue;
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ"))) continue;
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (lemma.length() < 3 || STOP_LEMMAS.contains(lemma) || !Character.isLetter(lemma.charAt(0))) continue;
            out.computeIfAbsent(t.sentence(), k -> new HashSet<>()).add("L:" + lemma);
        }
        return out;
    }
}
