package dev.parallax.compare;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TemporalExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates the engine works out from a guessed publication date ("yesterday" in an undated article) are its inference,
 * not the source's word: a statement's dates, which a contradiction on dates compares, leave them out.
 */
class InferredDatesTest {

    @Test
    void aStatementsDatesLeaveOutThoseKnownOnlyApproximately() {
        Corpus corpus = Corpus.of(List.of(), List.of()).withTemporal(List.of(
                new TemporalExpression("beta", 10, 19, "yesterday", "DATE", "2024-03-13", "2024-03-13",
                        "approximate: relative to the article's date, known only within a few days"),
                new TemporalExpression("beta", 40, 50, "on 2 March", "DATE", "2024-03-02", "2024-03-02", null),
                new TemporalExpression("beta", 60, 63, "now", "DATE", "2024-03-14", "PRESENT_REF", null)));
        assertThat(ClaimFinder.dates(corpus, "beta", 0, 100)).containsExactly("2024-03-02");
    }
}
