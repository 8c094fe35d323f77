package dev.parallax.summary;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Duplicate;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.SummarySentence;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import dev.parallax.text.SentenceVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The summarise stage: an extractive multi-document summary. Sentences of all cleaned texts are ranked by LexRank
 * (PageRank over their TF-IDF cosine graph), picked best first while skipping ones too similar to a picked one
 * (maximal marginal relevance), then put in story order (the date the sentence tells, else its article's date, then
 * position). Every summary sentence is a source's sentence verbatim, cited to it and to the other sources that say
 * the same.
 */
public final class SummaryStage implements Stage {

    /** Default number of summary sentences. */
    public static final int DEFAULT_LENGTH = 7;
    private static final double EDGE_THRESHOLD = 0.1;
    private static final double REDUNDANT = 0.45;
    private static final double SAME_CONTENT = 0.5;
    private static final double DAMPING = 0.85;

    private final int length;

    public SummaryStage(int length) {
        if (length < 1) throw new IllegalArgumentException("summary length must be at least 1");
        this.length = length;
    }

    public SummaryStage() {
        this(DEFAULT_LENGTH);
    }

    @Override
    public String name() {
        return "summarise";
    }

    /** A candidate before its vector is made (every sentence's terms are counted first). */
    private record Pending(Document doc, Sentence sentence, String text, List<String> terms, long order, int rank,
                           String told) {}

    /**
     * A sentence that may go into the summary; {@code rank} is its position among its article's prose sentences and
     * {@code told} the first calendar date it states (null if none).
     */
    private record Candidate(Document doc, Sentence sentence, String text, SentenceVectors.Vector vector, long order,
                             int rank, String told) {

        String storyDate() {
            return told != null ? told : date(doc);
        }

        /** Opens by pointing back at a sentence the summary does not carry ("He said ...", "Meanwhile, ..."). */
        boolean dangling() {
            int end = 0;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            return DANGLING_OPENERS.contains(text.substring(0, end).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Words that open a sentence leaning on the one before it: pronouns with no antecedent in the summary and
     * connectives whose other half is missing. Such a sentence is taken only when nothing else is left.
     */
    private static final Set<String> DANGLING_OPENERS = Set.of("he", "she", "it", "they", "this", "these", "those",
            "his", "her", "its", "their", "but", "and", "yet", "however", "meanwhile", "also", "moreover", "still",
            "instead", "nevertheless", "nonetheless", "thus", "therefore", "then", "besides", "furthermore", "there");

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        List<Candidate> candidates = candidates(corpus);
        int n = candidates.size();
        if (n == 0) return corpus.withSummary(List.of());
        double[] score = score(candidates, lexRank(candidates));
        Integer[] byRank = new Integer[n];
        for (int i = 0; i < n; i++) byRank[i] = i;
        java.util.Arrays.sort(byRank, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingLong(i -> candidates.get(i).order()));
        long sources = candidates.stream().map(c -> c.doc().id()).distinct().count();
        int perSource = (int) Math.max(1, Math.ceil(length / (double) sources) + 1);
        List<Candidate> picked = new ArrayList<>();
        java.util.Map<String, Integer> fromSource = new java.util.HashMap<>();
        for (boolean allowDangling : new boolean[] {false, true}) {
            for (int i : byRank) {
                if (picked.size() == length) break;
                Candidate c = candidates.get(i);
                if (picked.contains(c) || (!allowDangling && c.dangling())) continue;
                boolean redundant = picked.stream().anyMatch(p -> p.vector().cosine(c.vector()) > REDUNDANT);
                // No single source may tell the whole story.
                if (redundant || fromSource.getOrDefault(c.doc().id(), 0) >= perSource) continue;
                picked.add(c);
                fromSource.merge(c.doc().id(), 1, Integer::sum);
            }
        }
        // A later article's look back at an earlier day belongs with that day, not with the article's own date.
        picked.sort(Comparator.comparing(Candidate::storyDate).thenComparing(c -> date(c.doc()))
                .thenComparingLong(Candidate::order));
        List<SummarySentence> out = new ArrayList<>();
        for (Candidate c : picked) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence(c.doc().id(), c.sentence().start(), c.sentence().end()));
            Set<String> cited = new HashSet<>(Set.of(c.doc().id()));
            for (Candidate o : candidates) {
                if (!cited.contains(o.doc().id()) && o.vector().cosine(c.vector()) >= SAME_CONTENT) {
                    evidence.add(new Evidence(o.doc().id(), o.sentence().start(), o.sentence().end()));
                    cited.add(o.doc().id());
                }
            }
            out.add(new SummarySentence(c.text(), evidence));
        }
        return corpus.withSummary(out);
    }

    private static String date(Document d) {
        return d.published().value() == null ? "9999" : d.published().value();
    }

    /** Prose sentences outside quotations and outside paragraphs repeated from another article. */
    private static List<Candidate> candidates(Corpus corpus) {
        SentenceVectors vectors = new SentenceVectors();
        List<Pending> pending = new ArrayList<>();
        Set<Evidence> copies = new HashSet<>();
        for (Duplicate dup : corpus.duplicates()) copies.addAll(dup.evidence().subList(1, dup.evidence().size()));
        java.util.Map<String, List<TemporalExpression>> datesByDoc = new java.util.HashMap<>();
        for (TemporalExpression t : corpus.temporal()) {
            if (calendarDate(t.value()) != null) datesByDoc.computeIfAbsent(t.doc(), k -> new ArrayList<>()).add(t);
        }
        long order = 0;
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null) continue;
            int prose = 0;
            for (Sentence s : at.sentences()) {
                order++;
                String text = d.text().substring(s.start(), s.end()).strip();
                if (!isProse(text) || inQuote(corpus, d.id(), s) || insideCopy(copies, d.id(), s)) continue;
                List<String> terms = SentenceVectors.terms(at, s);
                if (terms.size() < 6) continue;
                vectors.observe(terms);
                pending.add(new Pending(d, s, text, terms, order, prose++,
                        told(datesByDoc.getOrDefault(d.id(), List.of()), s)));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Pending p : pending) {
            out.add(new Candidate(p.doc(), p.sentence(), p.text(), vectors.vector(p.terms()), p.order(), p.rank(),
                    p.told()));
        }
        return out;
    }

    /** The first calendar date stated inside the sentence, as "YYYY-MM-DD" or "YYYY-MM". */
    private static String told(List<TemporalExpression> dates, Sentence s) {
        TemporalExpression first = null;
        for (TemporalExpression t : dates) {
            if (t.start() >= s.start() && t.end() <= s.end() && (first == null || t.start() < first.start())) first = t;
        }
        return first == null ? null : calendarDate(first.value());
    }

    /** A day or month (the start of a range); years alone, weeks and durations are too coarse to order by. */
    private static String calendarDate(String value) {
        if (value == null) return null;
        String start = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        return start.matches("\\d{4}-\\d{2}(-\\d{2})?") ? start : null;
    }

    private static boolean isProse(String text) {
        if (text.length() < 50 || text.length() > 400) return false;
        char last = text.charAt(text.length() - 1);
        return ".!".indexOf(last) >= 0 && Character.isUpperCase(text.charAt(0));
    }

    private static boolean inQuote(Corpus corpus, String doc, Sentence s) {
        for (Quote q : corpus.quotes()) {
            if (!q.doc().equals(doc) || q.kind() == Quote.Kind.indirect) continue;
            int overlap = Math.min(q.end(), s.end()) - Math.max(q.start(), s.start());
            if (overlap > (s.end() - s.start()) / 3) return true;
        }
        return false;
    }

    private static boolean insideCopy(Set<Evidence> copies, String doc, Sentence s) {
        for (Evidence e : copies) if (e.doc().equals(doc) && e.start() <= s.start() && s.end() <= e.end()) return true;
        return false;
    }

    /**
     * Centrality alone favours long sentences that share common words; news puts what matters first, and what
     * several sources say matters more. The score mixes LexRank (scaled to its maximum) with a lead prior and the
     * share of other sources that state something similar.
     */
    private static double[] score(List<Candidate> cs, double[] rank) {
        double max = 0;
        for (double r : rank) max = Math.max(max, r);
        long sources = cs.stream().map(c -> c.doc().id()).distinct().count();
        double[] out = new double[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            Set<String> echoed = new HashSet<>();
            for (Candidate o : cs) {
                if (!o.doc().id().equals(c.doc().id()) && o.vector().cosine(c.vector()) >= 0.3) echoed.add(o.doc().id());
            }
            double corroboration = sources > 1 ? echoed.size() / (double) (sources - 1) : 0;
            double lead = 1.0 / (1 + c.rank());
            out[i] = 0.5 * (max == 0 ? 0 : rank[i] / max) + 0.3 * lead + 0.4 * corroboration;
        }
        return out;
    }

    /** PageRank over the graph of sentences whose cosine similarity exceeds a threshold. */
    private static double[] lexRank(List<Candidate> cs) {
        int n = cs.size();
        List<int[]> edges = new ArrayList<>();
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (cs.get(i).vector().cosine(cs.get(j).vector()) > EDGE_THRESHOLD) {
                    edges.add(new int[] {i, j});
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iter = 0; iter < 50; iter++) {
            double[] next = new double[n];
            java.util.Arrays.fill(next, (1 - DAMPING) / n);
            double dangling = 0;
            for (int i = 0; i < n; i++) if (degree[i] == 0) dangling += rank[i];
            for (int i = 0; i < n; i++) next[i] += DAMPING * dangling / n;
            for (int[] e : edges) {
                next[e[1]] += DAMPING * rank[e[0]] / degree[e[0]];
                next[e[0]] += DAMPING * rank[e[1]] / degree[e[1]];
            }
            rank = next;
        }
        return rank;
    }
}
