package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles of timeline events whose actor or object is written indirectly: a length of time, an apposition. */
class TimelineObjectsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-14",
                "A magistrate in Velmark on Thursday ordered the harbour master Ivo Marren held for a month. "
                        + "It was his second hearing: on March 6 Judge Anna Holm ordered ten days of provisional custody for him. "
                        + "Port Commissioner Lena Sorvik, a former diver who was sworn in on Saturday, told reporters "
                        + "that the harbour would stay open.");
    }

    @Test
    void aLengthOfTimeOrderedIsTitledByWhatLastsIt() {
        assertThat(TimelineFixture.on(corpus, "2025-03-06")).anySatisfy(e -> assertThat(e.title()).contains("custody"));
    }

    @Test
    void whoARelativeClauseInAppositionTellsOfIsTheNamedOne() {
        assertThat(TimelineFixture.on(corpus, "2025-03-08")).anySatisfy(e -> assertThat(e.title()).contains("Sorvik"));
    }
}
