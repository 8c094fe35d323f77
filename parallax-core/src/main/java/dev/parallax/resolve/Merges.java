package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.parallax.resolve.Resolver.*;

/**
 * The candidates of one resolution, what is known of each (family, comparison key, gazetteer entry), the
 * evidence the resolver was given, and the merges the {@link JoinRule}s have made so far.
 */
final class Merges {

    /** Blocks larger than this are not compared pairwise (a very common word says little anyway). */
    static final int MAX_BLOCK = 400;

    final List<Candidate> c;
    final Family[] family;
    final String[] key;
    final Gazetteer.Entry[] entry;
    final UnionFind uf;
    final double[] confidence;
    /** What the text says of each person candidate's gender ({@link GenderEvidence}); absent means nothing. */
    final Map<Candidate, Integer> gender;
    /** Person candidates introduced as somebody's relative ({@link GenderEvidence#relatives}). */
    final Set<Candidate> relatives;
    /** Pairs of candidate indices the text states are one organisation's two names ({@link RenamedNames}). */
    final List<int[]> renamed;

    Merges(List<Candidate> candidates, Map<Candidate, Integer> gender, Set<Candidate> relatives, List<int[]> renamed) {
        c = candidates;
        int n = c.size();
        family = new Family[n];
        key = new String[n];
        entry = new Gazetteer.Entry[n];
        uf = new UnionFind(n);
        confidence = new double[n];
        java.util.Arrays.fill(confidence, 1.0);
        this.gender = gender;
        this.relatives = relatives;
        this.renamed = renamed;
    }

    /** The rule now joining, named in the trace {@code -Dparallax.traceJoins} prints. */
    String rule = "";
    private static final boolean TRACE = Boolean.getBoolean("parallax.traceJoins");

    void join(int a, int b, double conf) {
        int ra = uf.find(a), rb = uf.find(b);
        if (ra == rb) return;
        if (TRACE) System.err.println("JOIN " + rule + ": " + c.get(a).name() + " (" + c.get(a).doc() + ") | " + c.get(b).name()
                + " (" + c.get(b).doc() + ")");
        double merged = Math.min(conf, Math.min(confidence[ra], confidence[rb]));
        uf.union(ra, rb);
        confidence[uf.find(ra)] = merged;
    }

    Map<Integer, List<Integer>> groups() {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) out.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        return out;
    }

    /** What a rule does with two candidates of one block that are not joined yet. */
    interface PairTest {
        void accept(int a, int b);
    }

    /** Calls {@code test} on every two members of each block that are not joined yet; oversized blocks are skipped. */
    void forPairs(Iterable<List<Integer>> blocks, PairTest test) {
        for (List<Integer> block : blocks) {
            if (block.size() > MAX_BLOCK) continue;
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x), b = block.get(y);
                    if (!uf.same(a, b)) test.accept(a, b);
                }
            }
        }
    }

    /** Person candidates named in full: two words or more besides particles ("Al Hamed" is a surname alone). */
    List<Integer> fullNames() {
        return personNames(true);
    }

    /** Person candidates named by one word, a surname with its particle or a titled compound surname. */
    List<Integer> singleNames() {
        return personNames(false);
    }

    private List<Integer> personNames(boolean wantFull) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (family[i] != Family.PERSON) continue;
            // "Al Hamed", "von Kessel": a surname with its particle is a surname alone, not a full name.
            boolean full = Names.wordsWithoutParticles(c.get(i).name()).size() >= 2 && !titledCompoundSurname(c.get(i));
            if (full == wantFull) out.add(i);
        }
        return out;
    }

    /**
     * "Mrs. Brunnhalder-Vogt": one hyphenated word after a courtesy or job title is a double-barrelled surname, to be
     * attached to the full name it ends, not a full name of its own.
     */
    static boolean titledCompoundSurname(Candidate c) {
        String n = c.name().strip();
        return (c.honorific() != null || c.title() != null) && n.indexOf('-') > 0 && n.chars().noneMatch(Character::isWhitespace);
    }

    /** The one cluster among {@code pool} whose members satisfy {@code test}, else null. */
    static Integer onlyRoot(Merges s, List<Integer> pool, java.util.function.IntPredicate test) {
        Set<Integer> roots = new HashSet<>();
        Integer any = null;
        for (int x : pool) {
            if (!test.test(x)) continue;
            roots.add(s.uf.find(x));
            any = x;
        }
        return roots.size() == 1 ? any : null;
    }

    /** The candidate among {@code pool} satisfying {@code test} nearest before {@code c}, else nearest after. */
    static Integer nearest(Merges s, Candidate c, List<Integer> pool, java.util.function.IntPredicate test) {
        Integer before = null, after = null;
        Set<Integer> roots = new LinkedHashSet<>();
        for (int x : pool) {
            if (!test.test(x)) continue;
            roots.add(s.uf.find(x));
            Candidate o = s.c.get(x);
            if (o.start() < c.start()) {
                if (before == null || s.c.get(before).start() < o.start()) before = x;
            } else if (after == null || o.start() < s.c.get(after).start()) {
                after = x;
            }
        }
        if (roots.isEmpty()) return null;
        return before != null ? before : after;
    }

    /** The letters and digits of a name, folded, without the spaces and hyphens between its parts. */
    static String letters(String name) {
        return Names.fold(name).replace(" ", "");
    }

    /** A mention with no courtesy title, job title or role: nothing in it says it is a person. */
    static boolean unadorned(Candidate c) {
        return c.honorific() == null && c.title() == null && c.role() == null;
    }

    /** Labels the words around a name gave it, over the tagger's ("in X", "(X) —", "X, the company that"). */
    static boolean isContextLabel(String ner) {
        return "GPE".equals(ner) || "MEDIA".equals(ner) || "ORG".equals(ner);
    }
}
