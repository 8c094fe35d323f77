package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ballot told by its noun (an invented election in Orvania, July 2025): "Sunday's presidential election", "the
 * election of July 6th", a run-off: a day's vote is an entry of its own with no actor named, one entry however many
 * sources name it, and a second date the parser hangs on the noun dates the clause around it.
 */
class TimelineBallotsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-07-08",
                "The electoral council declared Mark Dale the winner of Sunday's presidential election on Monday, "
                        + "giving him 51.2% of the vote.",
                "Thousands queued outside the schools of Orvania to take part in the presidential election of July 6th.",
                "Mark Dale, who claims victory in the presidential election of July 6, has not shown the tallies.",
                "Lena Hart says she won the election of July 6 by more than two to one.");
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void aBallotToldByItsNounIsOneEntryOfItsDayForEverySource() {
        List<TimelineEvent> ballots = on("2025-07-06").stream().filter(e -> e.title().contains("election")).toList();
        assertThat(ballots).hasSize(1);
        assertThat(ballots.get(0).evidence()).extracting(ev -> ev.doc()).contains("d0", "d1", "d2", "d3");
        assertThat(ballots.get(0).title()).doesNotContain("claims");
    }

    @Test
    void aSecondDateOnADatedBallotDatesTheClause() {
        assertThat(on("2025-07-07")).isNotEmpty().noneSatisfy(e -> assertThat(e.title()).contains("election"));
        assertThat(on("2025-07-07")).anySatisfy(e -> assertThat(e.title()).contains("declared"));
    }
}
