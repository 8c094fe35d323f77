package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;

/** Resolution of prepared name candidates without the rest of the pipeline: for benchmarks and tools. */
public final class Resolution {

    private Resolution() {}

    /** Groups candidates into entities; each inner list holds the candidates of one entity. */
    public static List<List<Candidate>> cluster(List<Candidate> candidates, Gazetteer gazetteer) {
        List<List<Candidate>> out = new ArrayList<>();
        for (Resolver.Cluster c : new Resolver(gazetteer).resolve(candidates)) out.add(c.members());
        return out;
    }
}
