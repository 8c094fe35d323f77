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

    /** The seed articles; skips the calling test with a clear message when they are not available. */
    public static Path seeds() {
        Path shared = shared();
        Path seeds = shared == null ? null : shared.resolve("corpus/seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds),
                "seed corpus not found (expected ../shared/corpus/seeds beside the repository): skipping seed test");
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
