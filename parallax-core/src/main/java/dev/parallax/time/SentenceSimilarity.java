package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How surely two sentences of a corpus report one event: the summed rarity (inverse sentence frequency in the
 * corpus) of the entities and content words they share. News tells an event over a few sentences, so what only a
 * neighbouring sentence says counts at half weight.
 */
final class SentenceSimilarity {

    /** Weight of what the sentences next to a compared one say. */
    static final double NEIGHBOUR_WEIGHT = 0.5;

    private static final Set<String> STOP_LEMMAS = Set.of("be", "have", "do", "say", "tell", "add", "will", "would",
            "can", "could", "may", "might", "shall", "should", "must", "also", "other", "more", "most", "such", "many",
            "much", "own", "same", "new", "year", "month", "week", "day", "time", "accord", "include", "make", "take",
            "get", "go", "come", "there", "here", "which", "what", "who", "whom", "whose", "that", "this", "these",
            "those", "it", "its", "mr", "mrs", "ms");
    private static final Set<String> NOT_CONTENT_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY", "SET");

    private final Map<String, Map<Integer, Set<String>>> features = new HashMap<>();
    private final Map<String, Double> rarity = new HashMap<>();
    /** Every entity's name and aliases, joined by spaces. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<String>> forms = new HashMap<>();

    SentenceSimilarity(Corpus corpus, MentionIndex index) {
        for (dev.parallax.corpus.Entity e : corpus.entities()) {
            names.put(e.id(), e.name() + " " + String.join(" ", e.aliases()));
            List<String> f = new java.util.ArrayList<>();
            f.add(e.name());
            f.addAll(e.aliases());
            forms.put(e.id(), List.copyOf(f));
        }
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

    /** The similarity of sentence {@code a} of document {@code docA} and sentence {@code b} of {@code docB}. */
    double of(String docA, int a, String docB, int b) {
        Map<String, Double> x = context(docA, a), y = context(docB, b);
        double sum = 0;
        for (var e : x.entrySet()) {
            Double w = y.get(e.getKey());
            if (w != null) sum += rarity.getOrDefault(e.getKey(), 0.0) * Math.min(w, e.getValue());
        }
        return sum;
    }

    /** The highest similarity of sentence {@code a} of {@code docA} to any sentence of {@code docB}. */
    double bestIn(String docA, int a, String docB) {
        double best = 0;
        int last = features.getOrDefault(docB, Map.of()).keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int b = 0; b <= last + 1; b++) best = Math.max(best, of(docA, a, docB, b));
        return best;
    }

    /** What sentence {@code a} of {@code docA} and sentence {@code b} of {@code docB} share themselves, without their neighbours. */
    double direct(String docA, int a, String docB, int b) {
        Set<String> x = features.getOrDefault(docA, Map.of()).getOrDefault(a, Set.of());
        Set<String> y = features.getOrDefault(docB, Map.of()).getOrDefault(b, Set.of());
        double sum = 0;
        for (String f : x) if (y.contains(f)) sum += rarity.getOrDefault(f, 0.0);
        return sum;
    }

    /** An entity's name and aliases, joined by spaces, or null. */
    String nameOf(String entity) {
        return entity == null ? null : names.get(entity);
    }

    /** An entity's name and each of its aliases, or none. */
    List<String> formsOf(String entity) {
        return entity == null ? List.of() : forms.getOrDefault(entity, List.of());
    }

    /** The entities a sentence and its neighbours name. */
    Set<String> entitiesAround(String doc, int sentence) {
        Set<String> out = new HashSet<>();
        for (String f : context(doc, sentence).keySet()) if (f.startsWith("E:")) out.add(f.substring(2));
        return out;
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
