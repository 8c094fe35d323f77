package dev.parallax.clean;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Duplicate;
import dev.parallax.corpus.Evidence;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The duplicates stage: finds syndicated copies (whole documents whose cleaned texts are near-identical) and
 * paragraphs repeated across articles, with MinHash signatures and LSH banding, so the work grows with the corpus
 * rather than with the number of pairs. In every group the first evidence is the copy later stages count: the
 * earliest published document (then the longest, then the smallest id); the others keep provenance.
 */
public final class DuplicateStage implements Stage {

    /** Default Jaccard similarity of word shingles above which two texts are copies. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** Paragraphs shorter than this many words are too common to call copies (datelines, sign-offs). */
    private static final int MIN_PARAGRAPH_WORDS = 10;
    private static final int MIN_DOCUMENT_WORDS = 20;

    // 4-word shingles for documents, 3 for the shorter paragraphs; 20 bands of 5 rows put the LSH threshold near
    // 0.55, well below the 0.8 that is verified exactly, so true copies are almost never missed.
    private final MinHash documents = new MinHash(4, 20, 5);
    private final MinHash paragraphs = new MinHash(3, 20, 5);
    private final double documentThreshold;
    private final double paragraphThreshold;

    public DuplicateStage() {
        this(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);
    }

    public DuplicateStage(double documentThreshold, double paragraphThreshold) {
        this.documentThreshold = documentThreshold;
        this.paragraphThreshold = paragraphThreshold;
    }

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        return corpus.withDuplicates(find(corpus.documents()));
    }

    /** Document copies first, then repeated paragraphs, each ordered by their first evidence. */
    public List<Duplicate> find(List<Document> docs) {
        List<Document> order = new ArrayList<>(docs);
        order.sort(CANONICAL);
        List<Duplicate> out = new ArrayList<>();
        int[] docGroup = new int[order.size()];
        out.addAll(documentCopies(order, docGroup));
        out.addAll(repeatedParagraphs(order, docGroup));
        out.sort(Comparator.comparing((Duplicate d) -> d.kind()).thenComparing(d -> d.evidence().get(0)));
        return out;
    }

    /** Earliest stated date first (unknown dates last), then the longer text, then the smaller id. */
    static final Comparator<Document> CANONICAL = Comparator
            .comparing((Document d) -> d.published().value() == null ? "9999" : d.published().value())
            .thenComparing(d -> -d.text().length())
            .thenComparing(Document::id);

    private List<Duplicate> documentCopies(List<Document> order, int[] docGroup) {
        List<long[]> shingles = new ArrayList<>();
        List<long[]> sigs = new ArrayList<>();
        for (Document d : order) {
            long[] s = MinHash.words(d.text()).size() >= MIN_DOCUMENT_WORDS ? documents.shingles(d.text()) : null;
            shingles.add(s);
            sigs.add(s == null ? null : documents.signature(s));
        }
        List<List<Integer>> groups = group(documents.candidates(sigs, null), shingles, documentThreshold, order.size());
        for (int i = 0; i < docGroup.length; i++) docGroup[i] = i;
        List<Duplicate> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            int first = g.get(0);
            double min = 1;
            List<Evidence> ev = new ArrayList<>();
            for (int i : g) {
                docGroup[i] = first;
                Document d = order.get(i);
                ev.add(new Evidence(d.id(), 0, d.text().length()));
                if (i != first) min = Math.min(min, MinHash.jaccard(shingles.get(first), shingles.get(i)));
            }
            out.add(new Duplicate(Duplicate.Kind.document, round(min), ev));
        }
        return out;
    }

    /** A paragraph of a document: which document (in canonical order) and its span in the cleaned text. */
    private record Para(int doc, int start, int end) {}

    private List<Duplicate> repeatedParagraphs(List<Document> order, int[] docGroup) {
        List<Para> paras = new ArrayList<>();
        List<long[]> shingles = new ArrayList<>();
        List<long[]> sigs = new ArrayList<>();
        for (int d = 0; d < order.size(); d++) {
            String text = order.get(d).text();
            for (Paragraphs.Paragraph p : Paragraphs.split(text)) {
                String s = text.substring(p.rawStart(), p.rawEnd());
                if (MinHash.words(s).size() < MIN_PARAGRAPH_WORDS) continue;
                long[] sh = paragraphs.shingles(s);
                paras.add(new Para(d, p.rawStart(), p.rawEnd()));
                shingles.add(sh);
                sigs.add(paragraphs.signature(sh));
            }
        }
        // Paragraphs of the same document, or of documents already grouped as copies, are no news to each other.
        int[] owner = new int[paras.size()];
        for (int i = 0; i < owner.length; i++) owner[i] = docGroup[paras.get(i).doc()];
        List<int[]> pairs = paragraphs.candidates(sigs, owner);
        List<List<Integer>> groups = group(pairs, shingles, paragraphThreshold, paras.size());
        List<Duplicate> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            int first = g.get(0);
            double min = 1;
            List<Evidence> ev = new ArrayList<>();
            boolean otherDocument = false;
            for (int i : g) {
                Para p = paras.get(i);
                ev.add(new Evidence(order.get(p.doc()).id(), p.start(), p.end()));
                otherDocument |= owner[i] != owner[first];
                if (i != first) min = Math.min(min, MinHash.jaccard(shingles.get(first), shingles.get(i)));
            }
            if (otherDocument) out.add(new Duplicate(Duplicate.Kind.paragraph, round(min), ev));
        }
        return out;
    }

    /**
     * Groups items joined by verified candidate pairs. Items are numbered in canonical order; in each connected
     * set the first item leads a group of the members at least {@code threshold} similar to it, and the rest are
     * grouped again the same way, so no member is in a group only through a chain of weaker links.
     */
    private static List<List<Integer>> group(List<int[]> pairs, List<long[]> shingles, double threshold, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int[] p : pairs) {
            long[] a = shingles.get(p[0]), b = shingles.get(p[1]);
            if (a == null || b == null || MinHash.jaccard(a, b) < threshold) continue;
            int ra = root(parent, p[0]), rb = root(parent, p[1]);
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        List<List<Integer>> components = new ArrayList<>();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (slot[r] < 0) {
                slot[r] = components.size();
                components.add(new ArrayList<>());
            }
            components.get(slot[r]).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : components) {
            List<Integer> left = new ArrayList<>(c);
            while (left.size() >= 2) {
                int lead = left.get(0);
                List<Integer> g = new ArrayList<>();
                List<Integer> rest = new ArrayList<>();
                for (int i : left) {
                    if (i == lead || MinHash.jaccard(shingles.get(lead), shingles.get(i)) >= threshold) g.add(i);
                    else rest.add(i);
                }
                if (g.size() >= 2) out.add(g);
                left = rest;
            }
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
