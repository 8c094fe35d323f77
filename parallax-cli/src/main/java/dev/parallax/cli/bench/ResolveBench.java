package dev.parallax.cli.bench;

import dev.parallax.resolve.Candidate;
import dev.parallax.resolve.Gazetteer;
import dev.parallax.resolve.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench resolve}: entity-resolution speed and quality on generated mentions with known answers,
 * next to the peer (the tagger's mentions grouped by exact string, as CoreNLP's pipeline leaves them).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Resolve generated name mentions (full names, surnames, honorifics, typos, swapped name order,",
                "acronyms) and print mentions/second and B-cubed precision/recall, next to exact-string grouping."})
public final class ResolveBench implements Callable<Integer> {

    @Option(names = "--mentions", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N",
            description = "Corpus sizes in mentions (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the generated corpus.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-22s %9s %12s %8s %8s %8s %10s%n", "mentions", "system", "entities", "mentions/s",
                "B3-P", "B3-R", "B3-F1", "heap MB");
        // Warm the JIT on a small corpus so the first size is not measured cold.
        Resolution.cluster(candidates(new NameGenerator(seed + 1).generate(5000)), Gazetteer.standard());
        for (int n : sizes) {
            List<NameGenerator.Labeled> data = new NameGenerator(seed).generate(n);
            int[] truth = data.stream().mapToInt(NameGenerator.Labeled::truth).toArray();
            List<Candidate> cands = candidates(data);
            System.gc();
            long t0 = System.nanoTime();
            List<List<Candidate>> clusters = Resolution.cluster(cands, Gazetteer.standard());
            double secs = (System.nanoTime() - t0) / 1e9;
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            ClusterScore ours = ClusterScore.of(ClusterScore.index(positions(clusters, cands), n), truth);
            out.printf("%-10d %-22s %9d %12.0f %8.3f %8.3f %8.3f %10d%n", n, "parallax", clusters.size(), n / secs,
                    ours.precision(), ours.recall(), ours.f1(), heap);
            long p0 = System.nanoTime();
            Map<String, List<Integer>> exact = new HashMap<>();
            for (int i = 0; i < n; i++) exact.computeIfAbsent(cands.get(i).text(), k -> new ArrayList<>()).add(i);
            double peerSecs = (System.nanoTime() - p0) / 1e9;
            ClusterScore peer = ClusterScore.of(ClusterScore.index(new ArrayList<>(exact.values()), n), truth);
            out.printf("%-10d %-22s %9d %12.0f %8.3f %8.3f %8.3f %10s%n", n, "exact-string (peer)", exact.size(),
                    n / Math.max(peerSecs, 1e-9), peer.precision(), peer.recall(), peer.f1(), "-");
            out.flush();
        }
        return 0;
    }

    private static List<Candidate> candidates(List<NameGenerator.Labeled> data) {
        return data.stream().map(NameGenerator.Labeled::candidate).toList();
    }

    private static List<List<Integer>> positions(List<List<Candidate>> clusters, List<Candidate> cands) {
        Map<Candidate, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < cands.size(); i++) at.put(cands.get(i), i);
        List<List<Integer>> out = new ArrayList<>();
        for (List<Candidate> c : clusters) out.add(c.stream().map(at::get).toList());
        return out;
    }
}
