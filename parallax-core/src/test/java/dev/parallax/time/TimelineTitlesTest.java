package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles that say what was done: the object's own words, the length of what was ordered, the best-named report. */
class TimelineTitlesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-14",
                "A provincial judge on Thursday ordered the former harbour master Ivo Marren to be held for 18 months "
                        + "in custody while prosecutors investigate the missing funds. On March 4 a court ordered "
                        + "ten days of house arrest for his deputy.",
                "The regional government declared a state of emergency across the province on Wednesday. "
                        + "Interior Minister Karl Brandt announced the measure on Wednesday, saying that bridges and "
                        + "power lines had been attacked.");
    }

    @Test
    void whatTheObjectIsMadeToDoAndForHowLongIsInTheTitle() {
        assertThat(TimelineFixture.on(corpus, "2025-03-13")).anySatisfy(e -> assertThat(e.title()).contains("held for 18 months"));
    }

    @Test
    void aLengthOfTimeOrderedKeepsItsLength() {
        assertThat(TimelineFixture.on(corpus, "2025-03-04")).anySatisfy(e -> assertThat(e.title()).contains("ten days of house arrest"));
    }

    @Test
    void anObjectThatOnlyPointsBackGivesWayToOneThatNamesTheAct() {
        assertThat(TimelineFixture.on(corpus, "2025-03-12")).anySatisfy(e -> assertThat(e.title()).contains("state of emergency"));
        assertThat(TimelineFixture.on(corpus, "2025-03-12")).noneSatisfy(e -> assertThat(e.title()).contains("measure"));
    }
}
