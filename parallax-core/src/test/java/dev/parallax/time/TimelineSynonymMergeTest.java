package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One happening told in other words by several sources, in an invented mayoral race of March 2025. */
class TimelineSynonymMergeTest {

    private static final String FIRST = "Dara Quill, who pulled out of the race on 13 March, still received a few "
            + "votes because her name could not be removed from the ballot.";
    private static final String SECOND = "A third candidate, the former judge Dara Quill, had withdrawn her "
            + "candidacy on 13 March.";
    private static final String THIRD = "Dara Quill, whose sudden withdrawal on 13 March was blamed on a smear "
            + "campaign, is nowhere to be seen.";
    private static final String FOURTH = "Mayor Ivo Renn unveiled his new cabinet on 20 March, on Thursday evening.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-22", FIRST, SECOND, THIRD, FOURTH);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void pullingOutWithdrawingAndAWithdrawalOnOneDayAreOneEntry() {
        assertThat(on("2025-03-13")).hasSize(1);
        assertThat(on("2025-03-13").get(0).sources()).isEqualTo(3);
    }

    @Test
    void onePredicateDatedByTwoExpressionsIsOneEntry() {
        assertThat(on("2025-03-20")).hasSize(1);
    }
}
