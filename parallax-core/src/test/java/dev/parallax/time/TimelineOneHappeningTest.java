package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One happening told by several sources in other words (an invented unrest in Tessaly, June 2025): a riot told as
 * stormed and ransacked, marches that "took place" or "continued", a collision told with the name of the carrier or
 * of its aircraft; a saying of that day kept apart; a quake that "struck" kept apart from a collision; a day told as
 * a week before a dated one; a camp told as cleared and as dismantled; a number standing alone as the subject.
 */
class TimelineOneHappeningTest {

    private static final String RIOT_A = "Supporters of the former governor stormed the parliament of Tessaly on "
            + "Sunday, June 8, a week after Mira Sand was sworn in as governor.";
    private static final String RIOT_B = "On June 8 hundreds of rioters ransacked the seats of power in Tessaly, "
            + "smashing windows and furniture.";
    private static final String SAID = "Governor Mira Sand said on June 8 that the rioters would be punished.";
    private static final String MARCH_A = "New marches took place in Orvell on Thursday, June 12, despite the ban.";
    private static final String MARCH_B = "On June 12 the demonstrations continued in Orvell for a fourth day.";
    private static final String QUAKE = "A powerful earthquake struck the coast of Tessaly on June 3, and rescuers "
            + "searched the ruins of Dunmore. A collision between two trains happened near Orvell at 6 p.m. on June 3.";

    private static final String CAMP_A = "On Tuesday morning soldiers and police began clearing the camp that "
            + "protesters had kept outside the barracks of Orvell since the election. Of those detained, 412 were "
            + "released on Wednesday, police said.";
    private static final String CAMP_B = "Some 900 persons were arrested, most of them in the encampment in front of "
            + "the barracks of Orvell, that was dismantled this Tuesday.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-06-13", RIOT_A, RIOT_B, SAID, MARCH_A, MARCH_B, QUAKE, CAMP_A, CAMP_B);
    }

    private static List<TimelineEvent> on(String date) {
        return TimelineFixture.on(corpus, date);
    }

    @Test
    void aRiotToldAsStormedAndAsRansackedIsOneEntry() {
        List<TimelineEvent> riot = on("2025-06-08").stream()
                .filter(e -> e.title().contains("stormed") || e.title().contains("ransacked")).toList();
        assertThat(riot).hasSize(1);
        assertThat(riot.get(0).evidence()).extracting(ev -> ev.doc()).contains("d0", "d1");
    }

    @Test
    void aSayingOfThatDayNeitherJoinsNorNamesTheRiot() {
        assertThat(on("2025-06-08")).filteredOn(e -> e.evidence().stream().anyMatch(ev -> ev.doc().equals("d0")))
                .allSatisfy(e -> {
                    assertThat(e.title()).doesNotContain("said");
                    assertThat(e.evidence()).extracting(ev -> ev.doc()).doesNotContain("d2");
                });
    }

    @Test
    void marchesThatTookPlaceAndDemonstrationsThatContinuedAreOneEntry() {
        assertThat(on("2025-06-12")).hasSize(1);
        assertThat(on("2025-06-12").get(0).sources()).isEqualTo(2);
    }

    @Test
    void aQuakeThatStruckIsNoCollision() {
        assertThat(on("2025-06-03")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aClauseAWeekBeforeADatedActIsDatedAWeekBefore() {
        assertThat(on("2025-06-01")).anySatisfy(e -> assertThat(e.title()).contains("sworn"));
    }

    @Test
    void aNameThatLeadsAnotherNamesTheSameActor() {
        assertThat(TimelineBuilder.leadingName("Nordair", "Nordair Airbus A320")).isFalse();
        assertThat(TimelineBuilder.leadingName("North Air", "North Air Airbus A320")).isTrue();
        assertThat(TimelineBuilder.leadingName("North Air", "South Air")).isFalse();
    }

    @Test
    void aCampClearedAndDismantledIsOneEntry() {
        List<TimelineEvent> camp = on("2025-06-10").stream()
                .filter(e -> e.title().contains("clearing") || e.title().contains("dismantled")).toList();
        assertThat(camp).hasSize(1);
        assertThat(camp.get(0).evidence()).extracting(ev -> ev.doc()).contains("d6", "d7");
    }

    @Test
    void aNumberStandingAloneActs() {
        assertThat(on("2025-06-11")).anySatisfy(e -> assertThat(e.title()).contains("412 released"));
    }
}
