package dev.parallax;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared corpus (seed articles, extraction set) and the project's samples are, for tests. */
public final class TestData {

    private TestData() {}

    /** The shared folder beside the repository, or null if absent. */
    public static Path shared() {
        String prop = System.getProperty("parallax.shared");
        for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("../shared"), Path.of("../../shared")}) {
            if (p != null && Files.isDirectory(p.resolve("corpus"))) return p.toAbsolutePath().normalize();
        }
        return null;
    }

    private static final String NO_SEEDS =
            "seed corpus not found (expected ../shared/corpus/seeds beside the repository): skipping seed tests";
    private static boolean told;

    /** The seed articles, or null (after saying so on stderr once) when they are not available. */
    public static Path seedsOrNull() {
        Path shared = shared();
        Path seeds = shared == null ? null : shared.resolve("corpus/seeds");
        if (seeds != null && Files.isDirectory(seeds)) return seeds;
        synchronized (TestData.class) {
            if (!told) System.err.println("SKIPPED: " + NO_SEEDS);
            told = true;
        }
        return null;
    }

    /** The seed articles; skips the calling test with a clear message when they are not available. */
    public static Path seeds() {
        Path seeds = seedsOrNull();
        Assumptions.assumeTrue(seeds != null, NO_SEEDS);
        return seeds;
    }

    /** The project's own sample corpus. */
    public static Path samples() {
        String prop = System.getProperty("parallax.samples");
        for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("samples"), Path.of("../samples")}) {
            if (p != null && Files.isDirectory(p)) return p.toAbsolutePath().normalize();
        }
        throw new IllegalStateException("samples/ folder not found");
    }
}
