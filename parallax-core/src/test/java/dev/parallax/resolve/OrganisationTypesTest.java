package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations the tagger takes for people, typed by the words of their names and around them, on invented
 * articles; and short names defined in brackets or named as the outlet a person "told".
 */
class OrganisationTypesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "o1", "The ship's technical manager, Arnulf Brenner Shipmanagement, said the crew of 20 were safe. "
                        + "Arnulf Brenner Shipmanagement added that repairs would take a week.",
                "o2", "Wolter Kamphuis, the Dutch company that builds the harbour cranes, said deliveries would resume "
                        + "in May. Port officials said Wolter Kamphuis had been paid in full.",
                "o3", "The new duties hit French cognac makers such as Henri Lavaud and Bastien Morel, officials said. "
                        + "Policy makers such as Anna Berg welcomed the decision.",
                "o4", "The vote passed although Chancellor Tomas Reiner (SDV) abstained. Reiner said the plan was rushed.",
                "o5", "The Government of Ruritania through the Ministry of Maritime Affairs (Kemar) reminded shipowners "
                        + "of the new fees. In a written statement on Tuesday, Kemar said that the canal would stay open.",
                "o6", "A trader told the Beacon that prices rose. John Hale, the "
                        + "company's founder, said the firm would hire more pilots."));
    }

    private static List<Entity> holding(String alias) {
        return EntitiesHolding.holding(corpus, alias);
    }

    private static Entity only(String alias) {
        return EntitiesHolding.only(corpus, alias);
    }

    @Test
    void aCorporateLastWordMakesAnOrganisationEvenWithARoleBeforeIt() {
        assertThat(only("Arnulf Brenner Shipmanagement").type()).isEqualTo("ORG");
    }

    @Test
    void anAppositionNamingTheKindOfCompanyMakesAnOrganisationOfEveryMention() {
        Entity e = only("Wolter Kamphuis");
        assertThat(e.type()).isEqualTo("ORG");
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void namesListedAfterAPluralOfCompanyNounsAreOrganisations() {
        assertThat(only("Henri Lavaud").type()).isEqualTo("ORG");
        assertThat(only("Bastien Morel").type()).isEqualTo("ORG");
    }

    @Test
    void peopleStayPeopleBesideCompanyWords() {
        assertThat(only("Anna Berg").type()).isEqualTo("PERSON");
        assertThat(only("John Hale").type()).isEqualTo("PERSON");
        assertThat(only("Tomas Reiner").type()).isEqualTo("PERSON");
    }

    @Test
    void anAcronymInBracketsAfterAPersonIsTheirPartyNotThem() {
        assertThat(only("SDV").type()).isEqualTo("ORG");
        assertThat(only("SDV").aliases()).doesNotContain("Tomas Reiner");
    }

    @Test
    void aOneWordShortNameInBracketsAfterAnOrganisationIsItsAlias() {
        Entity ministry = only("Ministry of Maritime Affairs");
        assertThat(ministry.aliases()).contains("Kemar");
        assertThat(ministry.type()).isEqualTo("ORG");
        assertThat(ministry.mentions().stream().filter(m -> m.text().equals("Kemar"))).hasSize(2);
    }

    @Test
    void anUntaggedNameAfterToldTheIsANewsOutlet() {
        assertThat(only("Beacon").type()).isEqualTo("MEDIA");
    }
}
