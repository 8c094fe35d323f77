package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a dated sentence reports and how one happening told in several ways becomes one readable entry, in an
 * invented municipal crisis in the port town of Velden, May 2025 (written Saturday 10 May).
 */
class TimelineReadingsTest {

    private static final String AUDIT = "The port's troubles deepened on Tuesday, when the harbour board published "
            + "its audit for 2024.";
    private static final String BONDS = "About $3 billion of municipal bonds were written down to zero on Wednesday.";
    private static final String BUDGET = "On Thursday the treasurer defended the budget of 2 May as a necessity.";
    private static final String OFFERED = "Governor Lina Marsh had offered her resignation the day before, accepted by "
            + "the council on 6 May.";
    private static final String ACCEPTED = "The council accepted the resignation on Tuesday.";
    private static final String CURFEW = "Shortly after midnight on Friday, the deputies voted to demand that the "
            + "curfew be lifted. Hours later the deputies forced the governor to lift the curfew on Friday.";
    private static final String ATTEMPT = "The first attempt to recall Mayor Ivo Renn collapsed on 3 May after his "
            + "allies walked out.";
    private static final String VOTE = "The first recall vote, on 3 May, failed because his allies walked out.";
    private static final String DECISION = "The calm follows the failure of a lender on 30 April and the decision of the "
            + "Velden Harbour Authority on 1 May to guarantee all of its deposits.";
    private static final String HELD = "Oren Blatt has been held since Sunday, when he presented himself to the police.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-05-10", AUDIT, BONDS, BUDGET, OFFERED, ACCEPTED, CURFEW, ATTEMPT, VOTE, HELD, DECISION);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void aWhenClauseAfterTheDateTellsWhatHappenedThatDay() {
        assertThat(on("2025-05-06")).anySatisfy(e -> assertThat(e.title()).contains("published"));
    }

    @Test
    void anAmountStandsForWhatItMeasures() {
        assertThat(on("2025-05-07")).anySatisfy(e -> assertThat(e.title()).contains("bonds").contains("written down"));
    }

    @Test
    void aDateThatNamesTheObjectDoesNotDateTheVerb() {
        assertThat(on("2025-05-02")).isEmpty();
    }

    @Test
    void aLoosePassiveParticipleIsTitledByItsAgent() {
        assertThat(on("2025-05-06")).anySatisfy(e -> {
            assertThat(e.trigger()).isEqualTo("accept");
            assertThat(e.title()).startsWith("council accepted");
        });
    }

    @Test
    void votingToDemandALiftingAndForcingALiftingAreOneHappening() {
        assertThat(on("2025-05-09")).hasSize(1);
    }

    @Test
    void aFailedVoteAndACollapsedAttemptOnOneDayAreOneEntryTitledByTheAttempt() {
        assertThat(on("2025-05-03")).hasSize(1);
        assertThat(on("2025-05-03").get(0).title()).contains("attempt to recall");
    }

    @Test
    void aDecisionIsTitledWithWhatItWasFor() {
        assertThat(on("2025-05-01")).anySatisfy(e -> assertThat(e.title()).contains("decision to guarantee deposits"));
    }

    @Test
    void aReflexiveObjectIsWrittenAsSuch() {
        assertThat(on("2025-05-04")).anySatisfy(e -> assertThat(e.title()).contains("presented himself"));
    }
}
