package dev.parallax.text;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of sentences over content-word lemmas, with cosine similarity: how claims are compared across
 * sources and how the summary ranks and de-duplicates sentences.
 */
public final class SentenceVectors {

    private static final Set<String> STOP = Set.of("be", "have", "do", "say", "the", "a", "an", "and", "or", "but",
            "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "this", "these", "those", "it",
            "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "will", "would", "can", "could",
            "also", "not", "more", "most", "such", "which", "who", "whom", "what", "when", "where", "there", "than",
            "into", "about", "over", "after", "before", "between", "other", "some", "any", "all", "both", "each",
            "very", "so", "if", "because", "while", "may", "might", "must", "should", "shall", "one", "two");

    /** A sparse unit-length vector. */
    public record Vector(Map<String, Double> weights) {
        public double cosine(Vector o) {
            Map<String, Double> small = weights.size() <= o.weights.size() ? weights : o.weights;
            Map<String, Double> big = small == weights ? o.weights : weights;
            double dot = 0;
            for (var e : small.entrySet()) {
                Double w = big.get(e.getKey());
                if (w != null) dot += e.getValue() * w;
            }
            return dot;
        }

        public boolean isEmpty() {
            return weights.isEmpty();
        }
    }

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Counts in how many sentences each term occurs; call once per sentence of the collection. */
    public void observe(List<String> terms) {
        documents++;
        for (String t : Set.copyOf(terms)) documentFrequency.merge(t, 1, Integer::sum);
    }

    public Vector vector(List<String> terms) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : terms) tf.merge(t, 1.0, Double::sum);
        double norm = 0;
        for (var e : tf.entrySet()) {
            double idf = Math.log((documents + 1.0) / (documentFrequency.getOrDefault(e.getKey(), 0) + 1.0)) + 1;
            double w = (1 + Math.log(e.getValue())) * idf;
            e.setValue(w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n > 0) tf.replaceAll((k, v) -> v / n);
        return new Vector(tf);
    }

    /** The content-word lemmas of a sentence (lower case, stop words and punctuation out). */
    public static List<String> terms(AnnotatedText at, Sentence s) {
        return at.tokensOf(s).stream().map(SentenceVectors::term).filter(t -> t != null).toList();
    }

    /**
     * A crude derivational stem, so that "opposition", "opposes" and "opposed" meet: lemmas lose common suffixes
     * while at least four letters remain.
     */
    public static String stem(String lemma) {
        String w = lemma;
        for (String suffix : new String[] {"itions", "ations", "ition", "ation", "tion", "ments", "ment", "ness", "ities", "ity",
                "ances", "ance", "ences", "ence", "ings", "ing", "als", "al", "ers", "er", "es", "e", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) return w.substring(0, w.length() - suffix.length());
        }
        return w;
    }

    /** The term a token contributes, or null for stop words and punctuation. */
    public static String term(Token t) {
        String w = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) || STOP.contains(w)) return null;
        String pos = t.pos() == null ? "" : t.pos();
        if (pos.equals("DT") || pos.equals("IN") || pos.equals("CC") || pos.startsWith("PRP") || pos.equals("TO")) return null;
        return w;
    }
}
