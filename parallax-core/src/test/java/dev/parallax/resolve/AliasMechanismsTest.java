package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Alias mechanisms of the resolver on invented articles: each variant must land on its one entity. */
class AliasMechanismsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "p1", "Defence Minister Vladimir Koslenko met Prime Minister William Halloway in Lindau on Monday. "
                        + "Koslenko said the fisheries deal was close. Head of the Marovian Ministry of Defence Vladimir Koslenko "
                        + "said the talks had gone well. Halloway agreed.\n\n"
                        + "The Marovian Chamber of Industry to the EU (MCIEU) welcomed the talks. The EU said little.",
                "p2", "Vlad arrived late to the meeting in Lindau, officials said. Koslenko spoke first and Bill Halloway "
                        + "replied. Koslenko later visited the port with Halloway.\n\n"
                        + "Foreign Minister Prince Tariq bin Salem said the kingdom would study the offer. Critics called it a "
                        + "Cold War mentality.",
                "p3", "Talks with Koslenko continued on Friday. According to Koslenkko, the deal is close. Koslenko told "
                        + "reporters that the XKTR patrol would continue, and two XKTR ships left port on Saturday.\n\n"
                        + "Spokesman Lu Jian Ping said the Republic of South Africa would observe. Lu Jianping added that "
                        + "observers were welcome.\n\n"
                        + "The Royal Marovian Navy sent two frigates. Prime Minister of Malaysia Hadi Rosli welcomed them, "
                        + "and the RMN withdrew on Sunday."));
    }

    private static Optional<Entity> withAlias(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias) || e.name().equals(alias)).findFirst();
    }

    private static Entity koslenko() {
        return withAlias("Vladimir Koslenko").orElseThrow();
    }

    @Test
    void aShortFormOfTheGivenNameIsThePerson() {
        assertThat(koslenko().aliases()).contains("Vlad");
    }

    @Test
    void aNicknameInAFullNameIsThePerson() {
        Entity tarrant = withAlias("William Halloway").orElseThrow();
        assertThat(tarrant.aliases()).contains("Bill Halloway", "Halloway");
    }

    @Test
    void aRareMisspellingOfAFrequentSurnameJoinsAcrossArticles() {
        assertThat(koslenko().aliases()).contains("Koslenkko");
        assertThat(koslenko().documentCount()).isEqualTo(3);
    }

    @Test
    void aTitleRunEndingInAPersonNameIsSplit() {
        assertThat(corpus.entities()).noneMatch(e -> e.aliases().stream().anyMatch(a -> a.contains("Defence Vladimir")));
    }

    @Test
    void spacingVariantsOfAFullNameAreOnePerson() {
        Entity lu = withAlias("Lu Jianping").orElseThrow();
        assertThat(lu.aliases()).contains("Lu Jian Ping");
    }

    @Test
    void aCourtesyTitleOfRoyaltyIsNotPartOfTheName() {
        Entity tariq = withAlias("Tariq bin Salem").orElseThrow();
        assertThat(tariq.type()).isEqualTo("PERSON");
    }

    @Test
    void anAcronymTakesTheLongFormItSpellsOut() {
        Entity mciEu = withAlias("MCIEU").orElseThrow();
        assertThat(mciEu.aliases()).contains("Marovian Chamber of Industry to the EU");
        assertThat(withAlias("European Union").map(Entity::aliases).orElseThrow()).doesNotContain("MCIEU");
    }

    @Test
    void anUndefinedAcronymUsedTwiceIsAName() {
        assertThat(withAlias("XKTR")).isPresent();
    }

    @Test
    void anAcronymUsedOnceJoinsTheOnlyNameItAbbreviates() {
        assertThat(withAlias("Royal Marovian Navy").orElseThrow().aliases()).contains("RMN");
    }

    @Test
    void aCountryBeforeAPersonsNameIsNotPartOfIt() {
        assertThat(corpus.entities()).noneMatch(e -> e.aliases().stream().anyMatch(a -> a.startsWith("Malaysia ")));
    }

    @Test
    void aFormalCountryNameIsTheCountry() {
        assertThat(withAlias("South Africa").orElseThrow().aliases()).contains("Republic of South Africa");
    }

    @Test
    void anAdjectiveTaggedAsANameBeforeAnEventNounMakesOneName() {
        assertThat(corpus.entities()).noneMatch(e -> e.name().equals("Cold"));
    }
}
