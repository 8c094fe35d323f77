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

    @Test
    void aYearlessDateOfAnUndatedArticleIsLeftOutButOneWithItsYearIsKept() {
        Corpus corpus = Corpus.of(List.of(
                dev.parallax.corpus.Document.read("undated", "u.txt", null, "T", null, null, "x".repeat(100)),
                dev.parallax.corpus.Document.read("dated", "d.txt", null, "T", null, "2024-03-14", "x".repeat(100))),
                List.of()).withTemporal(List.of(
                new TemporalExpression("undated", 10, 16, "May 14", "DATE", "2024-05-14", "XXXX-05-14", null),
                new TemporalExpression("undated", 40, 51, "May 2, 2023", "DATE", "2023-05-02", "2023-05-02", null),
                new TemporalExpression("dated", 10, 16, "May 14", "DATE", "2024-05-14", "XXXX-05-14", null)));
        assertThat(ClaimFinder.dates(corpus, "undated", 0, 100)).containsExactly("2023-05-02");
        assertThat(ClaimFinder.dates(corpus, "dated", 0, 100)).containsExactly("2024-05-14");
    }
}
