package dev.parallax.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionMetricTest {

    @Test
    void tokensAreRunsOfUnicodeLettersDigitsAndUnderscores() {
        assertThat(ExtractionMetric.tokens("Don't stop—it's 9:30, café_au_lait! Ünïcödé 東京タワー ²"))
                .containsExactly("Don", "t", "stop", "it", "s", "9", "30", "café_au_lait", "Ünïcödé", "東京タワー", "²");
        assertThat(ExtractionMetric.tokens("")).isEmpty();
        assertThat(ExtractionMetric.tokens(null)).isEmpty();
    }

    @Test
    void identicalTextsScorePerfectly() {
        ExtractionMetric.PageScore s = ExtractionMetric.score("one two three four five", "One: two, three four five");
        // Case matters: "One" is not "one".
        assertThat(s.identical()).isFalse();
        s = ExtractionMetric.score("one two three four five", "one, two; three four\n\nfive");
        assertThat(s.tp()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.identical()).isTrue();
    }

    @Test
    void countsShingleMultisetsAndNormalisesThem() {
        String truth = "a b c d e f";
        String pred = "a b c d e g";
        // truth: (abcd)(bcde)(cdef); pred: (abcd)(bcde)(cdeg) -> tp 2, fp 1, fn 1, normalised by 4.
        ExtractionMetric.PageScore s = ExtractionMetric.score(truth, pred);
        assertThat(s.tp()).isCloseTo(0.5, within(1e-12));
        assertThat(s.fp()).isCloseTo(0.25, within(1e-12));
        assertThat(s.fn()).isCloseTo(0.25, within(1e-12));
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));

        // A repeated shingle counts as often as it occurs.
        s = ExtractionMetric.score("x y z w", "x y z w x y z w");
        assertThat(s.precision()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void shortTextsAreOneShorterShingle() {
        assertThat(ExtractionMetric.score("hello world", "hello world").precision()).isEqualTo(1.0);
        assertThat(ExtractionMetric.score("hello world", "hello there").precision()).isEqualTo(0.0);
        assertThat(ExtractionMetric.shingles(List.of("a", "b"))).containsExactly(List.of("a", "b"));
        assertThat(ExtractionMetric.shingles(List.of())).isEmpty();
    }

    @Test
    void emptyPredictionsScoreZeroAndEmptyAgreementScoresOne() {
        ExtractionMetric.PageScore missed = ExtractionMetric.score("some real text here", "");
        assertThat(missed.precision()).isZero();
        assertThat(missed.recall()).isZero();
        ExtractionMetric.PageScore bothEmpty = ExtractionMetric.score("", "");
        assertThat(bothEmpty.precision()).isEqualTo(1.0);
        assertThat(bothEmpty.recall()).isEqualTo(1.0);
        assertThat(bothEmpty.identical()).isTrue();
    }

    @Test
    void summaryTakesF1OfTheMeans() {
        ExtractionMetric m = new ExtractionMetric();
        m.add("a b c d e f", "a b c d e f");          // P 1, R 1
        m.add("a b c d e f", "a b c d");              // P 1, R 1/3
        m.add("a b c d", "a b c d x y z w v");        // P 1/6, R 1
        ExtractionMetric.Summary s = m.summary();
        double p = (1 + 1 + 1.0 / 6) / 3;
        double r = (1 + 1.0 / 3 + 1) / 3;
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(p, within(1e-12));
        assertThat(s.recall()).isCloseTo(r, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
    }
}
