package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A sentence that tells happenings of two days lends its words to both: they tie neither to another source's. */
class TimelineCrowdedSentenceTest {

    private static Corpus corpus;

    /** Sentences on other matters, so that the words the two reports share are rare in the corpus. */
    private static final String OTHER = " The port authority said traffic was slowly returning. Fishermen complained "
            + "about the noise. The mayor thanked the volunteers. Insurers have not yet paid any claims. "
            + "Local schools reopened after the holiday.";

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-14",
                "On March 3 engineers blew apart the rusted steel girder lying on the barge's deck with precision "
                        + "charges, and a week later the barge was refloated and towed to a dock in the harbour." + OTHER,
                "On March 10, demolition crews set off precision charges that blew apart the rusted steel girder "
                        + "lying on the barge's deck." + OTHER);
    }

    @Test
    void theRefloatingStaysApartFromTheBlastOnItsDay() {
        List<TimelineEvent> day = TimelineFixture.on(corpus, "2025-03-10");
        assertThat(day).anySatisfy(e -> assertThat(e.title()).contains("refloated"));
        assertThat(day).anySatisfy(e -> assertThat(e.title()).contains("set off"));
    }
}
