package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Events that a dated sentence tells in a clause of its own: one set hours before or after the dated act. */
class TimelineClausesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-14",
                "The regional assembly dismissed Governor Tomas Verhoek on Tuesday, hours after he went on radio "
                        + "to suspend the city council. Verhoek denied any wrongdoing.");
    }

    @Test
    void aClauseHoursBeforeTheDatedActIsAnEventOfThatDay() {
        assertThat(TimelineFixture.on(corpus, "2025-03-11")).anySatisfy(e -> assertThat(e.title()).contains("suspend"));
        assertThat(TimelineFixture.on(corpus, "2025-03-11")).anySatisfy(e -> assertThat(e.title()).contains("dismissed"));
    }
}
