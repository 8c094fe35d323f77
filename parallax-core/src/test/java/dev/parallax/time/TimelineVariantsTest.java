package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One day's happening told by two sources with other words (an invented story in Norvania, March 2025): talks
 * convened and talks that opened; a speaker elected, whose name the sources romanise two ways.
 */
class TimelineVariantsTest {

    private static final String TALKS_A = "The talks that Norvania and Estmark convened in Port Avel on 9 March "
            + "dragged on for four days.";
    private static final String TALKS_B = "The accord came after four days of talks that opened on 9 March under the "
            + "mediation of Norvania.";
    private static final String SPEAKER_A = "Lin Zhaoyu of the Unity Party was elected speaker on 3 March.";
    private static final String SPEAKER_B = "On 3 March, the Unity Party's Lin Chao-yu, a former mayor of Tessar, was "
            + "elected speaker with 61 votes.";

    // A win told by the winner's source and by a congratulation whose "his" the resolver may give the congratulator.
    private static final String WIN_A = "Tomas Berg of the Green League won the mayoral election in Kessar on 5 March.";
    private static final String WIN_B = "Prime Minister Oskar Lind congratulated Berg on his victory on 5 March.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-20", TALKS_A, TALKS_B, SPEAKER_A, SPEAKER_B, WIN_A, WIN_B);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void convenedTalksAndTalksThatOpenedAreOneEntry() {
        assertThat(EventFamilies.same("convene", "open")).isTrue();
        assertThat(on("2025-03-09")).hasSize(1);
    }

    @Test
    void oneNameInTwoRomanisationsIsOneActor() {
        assertThat(TimelineBuilder.spellingVariants("Han Guoyu", "Han Kuo-yu")).isTrue();
        assertThat(TimelineBuilder.spellingVariants("Mohamed Dagalo", "Mohamed Daglo")).isTrue();
        assertThat(TimelineBuilder.spellingVariants("Kim Jong-un", "Kim Jong-il")).isFalse();
        assertThat(TimelineBuilder.spellingVariants("Raul Castro", "Fidel Castro")).isFalse();
        assertThat(on("2025-03-03")).hasSize(1);
    }

    @Test
    void aVictoryOneIsCongratulatedOnIsTheirs() {
        assertThat(on("2025-03-05")).hasSize(1);
    }
}
