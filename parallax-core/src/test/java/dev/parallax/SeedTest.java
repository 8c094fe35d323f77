package dev.parallax;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;

/** Base of the tests over the seed articles: analyses them once, and skips every test (saying why) when absent. */
abstract class SeedTest {

    static Corpus corpus;

    @BeforeAll
    static void analyseSeeds() {
        Path seeds = TestData.seedsOrNull();
        if (seeds != null) corpus = Models.analysed(seeds);
    }

    @BeforeEach
    void requireSeeds() {
        TestData.seeds();
    }
}
