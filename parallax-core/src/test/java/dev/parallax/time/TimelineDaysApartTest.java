package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Happenings dated only as a day before another ("a day after rioters stormed the town hall"), one forced entry told
 * with several verbs, a plan told from the past, and a vote's purpose, in an invented unrest of May 2025.
 */
class TimelineDaysApartTest {

    private static final String FIRST = "The mayor of Vellmar, Ona Brisk, resigned on Thursday, May 15, a day after "
            + "rioters stormed the town hall.";
    private static final String SECOND = "Rioters overran the guards and entered the town hall of Vellmar on May 14.";
    private static final String THIRD = "On May 13 the town council voted by 12 to 3 to bring the local election "
            + "forward to September.";
    private static final String FOURTH = "The organisers of the protest said that their marches would go ahead on "
            + "Saturday, May 17.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-05-15", FIRST, SECOND, THIRD, FOURTH);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void aClauseADayBeforeADatedActIsDatedTheDayBefore() {
        assertThat(on("2025-05-14")).anySatisfy(e -> assertThat(e.title()).contains("stormed"));
    }

    @Test
    void oneForcedEntryToldWithSeveralVerbsIsOneEntry() {
        assertThat(on("2025-05-14")).hasSize(1);
        assertThat(on("2025-05-14").get(0).sources()).isEqualTo(2);
    }

    @Test
    void aVotesPurposeWithItsParticleNamesIt() {
        assertThat(on("2025-05-13")).anySatisfy(e -> assertThat(e.title()).contains("bring").contains("forward"));
    }

    @Test
    void aFutureToldFromThePastIsNoHappening() {
        assertThat(on("2025-05-17")).isEmpty();
    }
}
