package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One happening told under several of its names or with several verbs of impact (an invented storm and a ferry
 * accident in Korvana, October 2025): one entry each.
 */
class TimelineHappeningNamesTest {

    // A typhoon named by two of its names, each the subject of what it did that day.
    private static final String STORM_A = "On 4 October a powerful typhoon battered the coast of Korvana, flattening "
            + "fishing huts near Peltomaa.";
    private static final String STORM_B = "The storm of 4 October left the harbour of Peltomaa without power for "
            + "three days.";
    // One collision of two ships told with "struck" and "hit".
    private static final String SHIP_A = "A Korvana Lines ferry leaving Peltomaa struck a cargo ship in the harbour "
            + "on 9 October.";
    private static final String SHIP_B = "On 9 October the Korvana Lines ferry Aurelia hit a freighter near the "
            + "harbour of Peltomaa.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-10-12", STORM_A, STORM_B, SHIP_A, SHIP_B);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void aHappeningNamedByTwoOfItsNamesIsOneEntry() {
        assertThat(on("2025-10-04")).hasSize(1);
        assertThat(on("2025-10-04").get(0).sources()).isEqualTo(2);
    }

    @Test
    void anImpactToldWithStruckAndHitIsOneEntry() {
        assertThat(on("2025-10-09")).hasSize(1);
        assertThat(on("2025-10-09").get(0).sources()).isEqualTo(2);
    }

    @Test
    void namesOfOneKindOfHappeningAreOneAndOtherKindsAreNot() {
        assertThat(EventFamilies.sameHappening("earthquake", "shock")).isTrue();
        assertThat(EventFamilies.sameHappening("quake", "fire")).isFalse();
        assertThat(EventFamilies.sameHappening("aftershock", "quake")).isFalse();
        assertThat(EventFamilies.same("hit", "strike")).isTrue();
    }
}
