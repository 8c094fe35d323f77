package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a relative clause's act is done to, in an invented curfew of May 2025. */
class TimelineRelativeObjectTest {

    private static final String TEXT = "Lawyers went to court against the curfew, which the interior ministry "
            + "announced on May 14.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-05-16", TEXT);
    }

    @Test
    void aRelativePronounAsObjectStandsForTheNounItsClauseDescribes() {
        assertThat(TimelineFixture.on(corpus, "2025-05-14"))
                .anySatisfy(e -> assertThat(e.title()).contains("announced").contains("curfew"));
    }
}
