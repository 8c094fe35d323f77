package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One day's happening told with other verbs, nominalisations and participants (an invented crisis in Veloria,
 * June 2025): joined as one entry; two kinds of act by two named actors in one article stay two.
 */
class EventFamiliesTest {

    // A vote told by its tally in two sources: "collected votes" and "obtained votes".
    private static final String TALLY_A = "Ilse Marten collected 211 votes on 12 June in the joint sitting of "
            + "parliament.";
    private static final String TALLY_B = "The opposition candidate obtained 211 voices on 12 June, far from a majority "
            + "in the joint sitting of parliament.";
    // A lifting voted by one body and approved by another, the second naming it by its noun.
    private static final String LIFT_A = "Shortly after midnight on 14 June, members of the Veloria assembly voted to "
            + "demand that the emergency curfew be lifted.";
    private static final String LIFT_B = "The cabinet approved the lifting of the emergency curfew at dawn on 14 June, "
            + "hours after the assembly vote.";
    // An impeachment and the successor taking over, told by two sources.
    private static final String HAND_A = "The assembly impeached Premier Oskar Venn on 20 June, and Finance Minister "
            + "Anna Berger became acting premier.";
    private static final String HAND_B = "Anna Berger took over as acting premier on 20 June.";
    // One article telling two things two named people did on one day (not joined before the families either).
    private static final String TWO = "On 25 June, the former leader Tomas Reuel landed at the airport of Kessar after "
            + "ten years abroad and was driven to the Supreme Court. On 25 June, the assembly elected Mira Sand as "
            + "premier with 301 votes.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-06-28", TALLY_A, TALLY_B, LIFT_A, LIFT_B, HAND_A, HAND_B, TWO);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void stemsJoinAVerbAndItsNoun() {
        assertThat(EventFamilies.stem("appointment")).isEqualTo(EventFamilies.stem("appoint"));
        assertThat(EventFamilies.stem("lifting")).isEqualTo(EventFamilies.stem("lift"));
        assertThat(EventFamilies.stem("resignation")).isEqualTo(EventFamilies.stem("resign"));
        assertThat(EventFamilies.stem("approval")).isEqualTo(EventFamilies.stem("approve"));
        assertThat(EventFamilies.same("elect", "vote")).isTrue();
        assertThat(EventFamilies.same("collect", "obtain")).isTrue();
        assertThat(EventFamilies.same("resign", "step-down")).isTrue();
        assertThat(EventFamilies.same("collect", "elect")).isFalse();
        assertThat(EventFamilies.leaving("impeach") && EventFamilies.takingUp("take-over")).isTrue();
    }

    @Test
    void collectingAndObtainingVotesOnOneDayAreOneEntry() {
        assertThat(on("2025-06-12")).hasSize(1);
    }

    @Test
    void aLiftingNamedByItsNounJoinsTheVoteToLift() {
        assertThat(on("2025-06-14")).hasSize(1);
    }

    @Test
    void anImpeachmentAndTheSuccessorTakingOverAreOneHandover() {
        assertThat(on("2025-06-20")).hasSize(1);
    }

    @Test
    void twoNamedActorsDoingTwoKindsOfThingInOneArticleAreTwo() {
        assertThat(on("2025-06-25")).hasSize(2);
    }
}
