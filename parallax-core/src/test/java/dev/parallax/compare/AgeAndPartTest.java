package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's age given by articles written months apart (a birthday may fall in between), and a part given as "N of
 * the M things" after another count of the sentence ("eleven parties hold 314 of the 500 seats"): neither is a
 * contradiction of sources that agree.
 */
class AgeAndPartTest {

    private static long contradictions(Corpus corpus) {
        return corpus.claims().stream().mapToLong(c -> c.contradictedBy().size()).sum();
    }

    @Test
    void anAgeOneYearOlderInAnArticleMonthsLaterAgrees() {
        Map<String, String> texts = Map.of(
                "spring", "Harbour party picks its leader\n\n"
                        + "The Harbour Party chose Marit Osterlund as its leader on Friday. "
                        + "\"We are ready to govern with the Greens,\" the 51-year-old said, adding that the party would not join the Liberals.",
                "autumn", "A long campaign ends\n\n"
                        + "Marit Osterlund, 52, led the Harbour Party's campaign and is widely expected to govern with the Greens. "
                        + "The party expects a close result.");
        // Days apart, the ages disagree: no birthday explains them both.
        assertThat(contradictions(Models.analyse(texts, Map.of("spring", "2031-03-02", "autumn", "2031-03-05")))).isPositive();
        Corpus corpus = Models.analyse(texts, Map.of("spring", "2031-03-02", "autumn", "2031-09-20"));
        assertThat(StatementLookup.statementAt(corpus, "autumn", "Marit Osterlund, 52").quantities())
                .anySatisfy(q -> assertThat(q.unit()).isEqualTo("age"));
        assertThat(contradictions(corpus)).isZero();
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeCountsNotThePreviousFigure() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Coalition formed\n\n"
                        + "Mr Dravik's nine parties hold 212 of the 400 seats; the farmers' party is among them. "
                        + "The new cabinet meets on Monday.",
                "beta", "Dravik governs\n\n"
                        + "Dravik leads a coalition of nine parties with 212 seats, among them the farmers' party. "
                        + "The cabinet meets on Monday."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "hold 212").quantities())
                .anySatisfy(q -> {
                    assertThat(q.value()).isEqualTo("212");
                    assertThat(q.unit()).isEqualTo("count:seat");
                });
        assertThat(contradictions(corpus)).isZero();
    }

    @Test
    void aSpanOfYearsSetOffAfterANameIsThePersonsAgeAndOneClaimWithTheEnglishForms() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Doctor returns to Velmar\n\n"
                        + "Mr. Anton Brisk, 81 years, had landed in the afternoon from Ostrava. The crowd waited at the airport.",
                "beta", "Velmar greets its doctor\n\n"
                        + "Anton Brisk, the 81-year-old surgeon, thanked the students who had asked for him. He spoke briefly.",
                "gamma", "Brisk's return\n\n"
                        + "Anton Brisk is 81 years old and still works every day. He will lead the council."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "81 years").quantities())
                .anySatisfy(q -> {
                    assertThat(q.unit()).isEqualTo("age");
                    assertThat(q.anchor()).isEqualTo("person:anton-brisk");
                });
        assertThat(corpus.claims()).anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta", "gamma"));
    }
}
