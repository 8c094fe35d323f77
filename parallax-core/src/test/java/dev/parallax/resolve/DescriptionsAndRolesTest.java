package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Descriptions and roles from the words around names, on invented articles: capitals for governments, ranks,
 * roles around a title or in a relative clause, "the bloc", "the junta", "the detained president", an age before
 * a leader noun, a speaker's bare role, "the spokesman of the Council".
 */
class DescriptionsAndRolesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "DAKAR, Senegal (Coastline Wire) - Officials met on Monday. Dakar and Conakry have warned that any blockade of the port of Dakar "
                        + "would be an act of war. Later the junta's spokesman, Lieutenant-Colonel Marta Velez, read a statement "
                        + "on television. The order was signed by the chief of staff, General Tomas Brandt.",
                "b", "The Northern Trade Community imposed sanctions on Tuesday. Ingrid Solberg, who heads the community's "
                        + "secretariat, said the measures would last a year. The bloc also closed its borders.",
                "c", "The junta, which calls itself the Committee for National Renewal, closed the airports on Monday. "
                        + "Soldiers detained President Arno Keller at his residence last week.",
                "d", "Norwegian Prime Minister Kari Lund opened the talks in Oslo. The 58-year-old Norwegian leader said the "
                        + "region could not wait. Envoys from Sweden could not see the detained president either.",
                "e", "Helga Sandvik flew to the capital on Monday and met the generals. She said the talks had been hard. "
                        + "\"We will keep the door open,\" the envoy said.",
                "f", "The spokesman of the Committee for National Renewal read a statement on the radio on Friday. "
                        + "Colonel Piet Marais later said the borders would reopen.",
                "g", "Guards held the president and his family in the residence on Wednesday. Reading the final report, "
                        + "Omar Hale, the mayor, said the city was calm.",
                "h", "The president Anton Berg will travel to Lisbon on Friday. The president said the visit was long planned.",
                "k", "Lena Fisk opened the summit on Monday. A foreign ministry spokesperson said in Oslo that the talks "
                        + "were open to all. \"Nobody is excluded,\" the spokesperson said."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    private static Entity named(String name) {
        return corpus.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCapitalAsTheSubjectOfASayingVerbIsItsGovernment() {
        assertThat(named("Senegal").descriptions()).contains("Dakar");
        assertThat(named("Guinea").descriptions()).contains("Conakry");
        // The dateline and "the port of Dakar" are the city.
        assertThat(corpus.entities()).anyMatch(e -> e.aliases().contains("Dakar") && e.type().equals("GPE"));
        assertThat(named("Senegal").mentions()).noneMatch(m -> m.text().equals("DAKAR"));
    }

    @Test
    void aRankIsCutFromTheNameAndKeptAsATitle() {
        assertThat(corpus.entities()).noneMatch(e -> e.name().contains("Colonel"));
        Entity velez = holding("Marta Velez");
        assertThat(velez.roles()).anyMatch(r -> r.contains("spokesman"));
    }

    @Test
    void aRoleAroundATitleOrInARelativeClauseIsARole() {
        assertThat(holding("Tomas Brandt").roles()).contains("chief of staff");
        assertThat(holding("Ingrid Solberg").roles()).anyMatch(r -> r.startsWith("heads the community"));
        assertThat(holding("Marta Velez").roles()).anyMatch(r -> r.contains("junta's spokesman"));
    }

    @Test
    void theBlocIsTheCommunityTheArticleNames() {
        assertThat(holding("Northern Trade Community").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the bloc"));
    }

    @Test
    void aJuntaThatCallsItselfByANameIsThatBody() {
        assertThat(holding("Committee for National Renewal").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the junta"));
    }

    @Test
    void theDetainedPresidentIsTheOneTheTextsShowDetained() {
        assertThat(holding("Arno Keller").descriptions()).contains("the detained president");
        assertThat(holding("Kari Lund").descriptions()).doesNotContain("the detained president");
    }

    @Test
    void anAgeBeforeALeaderNounDoesNotHideTheLeader() {
        assertThat(holding("Kari Lund").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the 58-year-old Norwegian leader"));
    }

    @Test
    void aSpeakersBareRoleIsThePersonJustWrittenAbout() {
        assertThat(holding("Helga Sandvik").descriptions()).contains("the envoy");
    }

    @Test
    void aRoleSetBeforeANameInOneArticleDoesNotNameAnotherArticlesRole() {
        assertThat(holding("Anton Berg").mentions()).anyMatch(m -> m.doc().equals("h") && m.text().equals("The president"));
        assertThat(holding("Anton Berg").mentions()).noneMatch(m -> m.doc().equals("g"));
    }

    @Test
    void theObjectOfAVerbBeforeACommaIsNoApposition() {
        assertThat(holding("Omar Hale").descriptions()).noneMatch(d -> d.contains("report"));
    }

    @Test
    void aSpeakersRoleIntroducedAsSomeoneUnnamedIsNotTheLastPersonNamed() {
        assertThat(holding("Lena Fisk").descriptions()).doesNotContain("the spokesperson");
    }

    @Test
    void theSpokesmanOfABodyIsTheOneWhoseRoleNamesIt() {
        assertThat(holding("Marta Velez").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the spokesman of the Committee for National Renewal"));
    }
}
