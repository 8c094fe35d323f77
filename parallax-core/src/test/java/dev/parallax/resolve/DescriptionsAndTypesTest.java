package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Descriptions and types on invented articles: each description on its one entity, types from the name's head. */
class DescriptionsAndTypesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "t1", "The Velgrad Regional Court ruled on Monday that the port deal was legal. Lawyers said the court "
                        + "had acted fast. Norway, the region's biggest gas exporter, objected to the ruling. Norwegian "
                        + "Foreign Minister Lars Berg said the kingdom would study the judgment.",
                "t2", "BRICS leaders met in Velgrad on Tuesday. BRICS now has ten members, and more want to join. The G7 "
                        + "watched closely. Diplomats said the grouping would grow again next year.",
                "t3", "Russian President Oleg Varnov spoke to the meeting by video. Analysts said the Kremlin strongman had "
                        + "stayed away to avoid arrest. The Danish leader Mette Holm said the talks were useful.",
                "t4", "British Prime Minister Tom Ashdown met Indian Prime Minister Raj Mehra on Friday. Mehra left early. "
                        + "Ashdown then visited a school in the south. The PM flew home on Saturday.",
                "t5", "The Velgrad Motor Show opened on Monday at the Velgrad Convention Centre. Ministers also signed the "
                        + "Velgrad Accord. Delegates at ZEF11 had agreed on little, and ZEF12 will meet next year. "
                        + "ZEF12 is expected to be larger.",
                "t6", "Ruritanian climate envoy Tarek Mansour told reporters the deal was weak. The ministry and its "
                        + "spokesman Omar Hale declined to comment. The European commissioner for the Oceans Lena Varga "
                        + "welcomed the text.",
                "t7", "Diplomats said the draft was vague enough for Beijing and firm enough for Tokyo. The talks were "
                        + "held in Tokyo. South Africa sent observers. According to the South African side, the "
                        + "talks went well.",
                "t8", "Foreign ministry spokesman Ivo Dernek said on Monday that the talks would go on. The spokesman "
                        + "added that no date had been set. Denmark signed the deal despite doubts in the Government. "
                        + "The European Union and the African Union welcomed the deal."));
    }

    private static Optional<Entity> withAlias(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias) || e.name().equals(alias)).findFirst();
    }

    @Test
    void aDefiniteNounThatHeadsAnEarlierNameDescribesIt() {
        assertThat(withAlias("Velgrad Regional Court").orElseThrow().descriptions()).contains("the court");
    }

    @Test
    void aDefiniteAppositionAfterANameDescribesIt() {
        assertThat(withAlias("Norway").orElseThrow().descriptions()).contains("the region's biggest gas exporter");
    }

    @Test
    void theKingdomIsTheMonarchyADemonymBroughtIntoTheArticle() {
        assertThat(withAlias("Norway").orElseThrow().descriptions()).contains("the kingdom");
    }

    @Test
    void aClubNounDescribesTheClubTheArticleNamesMost() {
        assertThat(withAlias("BRICS").orElseThrow().descriptions()).contains("the grouping");
        assertThat(withAlias("G7").orElseThrow().descriptions()).doesNotContain("the grouping");
    }

    @Test
    void aLeaderNounWithASeatOfGovernmentDescribesThatCountrysHeadOfState() {
        assertThat(withAlias("Oleg Varnov").orElseThrow().descriptions()).contains("the Kremlin strongman");
    }

    @Test
    void aRoleBeforeANameWithItsArticleIsADescription() {
        assertThat(withAlias("Mette Holm").orElseThrow().descriptions()).contains("The Danish leader");
    }

    @Test
    void thePmIsThePrimeMinisterNamedLast() {
        assertThat(withAlias("Tom Ashdown").orElseThrow().descriptions()).contains("The PM");
        assertThat(withAlias("Raj Mehra").orElseThrow().descriptions()).doesNotContain("The PM");
    }

    @Test
    void aLowerCaseRoleBeforeANameIsARole() {
        assertThat(withAlias("Tarek Mansour").orElseThrow().roles()).anyMatch(r -> r.contains("climate envoy"));
        assertThat(withAlias("Omar Hale").orElseThrow().roles()).anyMatch(r -> r.contains("spokesman"));
        assertThat(withAlias("Lena Varga").orElseThrow().roles()).anyMatch(r -> r.contains("commissioner for the Oceans"));
    }

    @Test
    void aCapitalGovernedByAnAdjectiveStandsForItsGovernment() {
        assertThat(withAlias("China").orElseThrow().descriptions()).contains("Beijing");
    }

    @Test
    void theSideNamedByATwoWordDemonymIsThatCountry() {
        assertThat(withAlias("South Africa").orElseThrow().descriptions()).contains("the South African side");
    }

    @Test
    void aBareRoleIsTheOnlyPersonOfTheArticleWithThatRole() {
        assertThat(withAlias("Ivo Dernek").orElseThrow().descriptions()).contains("The spokesman");
    }

    @Test
    void aCapitalisedGovernmentIsADescriptionButACapitalisedUnionNameIsNot() {
        assertThat(withAlias("Denmark").orElseThrow().descriptions()).contains("the Government");
        assertThat(corpus.entities()).noneMatch(e -> e.descriptions().contains("the European Union")
                || e.descriptions().contains("the African Union"));
    }

    @Test
    void theHeadWordGivesTheType() {
        assertThat(withAlias("Velgrad Motor Show").map(Entity::type)).contains("EVENT");
        assertThat(withAlias("Velgrad Convention Centre").map(Entity::type)).contains("LOC");
        assertThat(withAlias("Velgrad Accord").map(Entity::type)).contains("MISC");
    }

    @Test
    void aNumberedNameUsedWithSeveralNumbersIsAnEventSeries() {
        assertThat(withAlias("ZEF12").map(Entity::type)).contains("EVENT");
    }

    /** A story of a regulator and a lender, described by what they do. */
    private static Corpus lenderStory() {
        return Models.analyse(Map.of(
                "r1", "The Marovian Banking Regulatory Commission fined Velbank on Monday. Velbank, a lender in one of "
                        + "Marovia's ports, said it would appeal. According to the regulator, the bank hid its losses for "
                        + "three years. The Marovian Depositors Union (MDU), a consumer watchdog, welcomed the fine. "
                        + "The fine was first reported by the Velgrad Courier, a weekly newspaper."));
    }

    @Test
    void theAgentNounOfABodysNameDescribesThatBody() {
        // "the regulator" is what the Marovian Banking Regulatory Commission is, though its name does not end in it.
        Entity commission = EntitiesHolding.only(lenderStory(), "Marovian Banking Regulatory Commission");
        assertThat(commission.descriptions()).contains("the regulator");
    }

    @Test
    void anIndefiniteAppositionAfterABodysNameDescribesIt() {
        Entity lender = EntitiesHolding.only(lenderStory(), "Velbank");
        assertThat(lender.descriptions()).contains("a lender in one of Marovia's ports");
        // After an acronym's bracket, and at the end of a sentence.
        assertThat(EntitiesHolding.only(lenderStory(), "Marovian Depositors Union").descriptions()).contains("a consumer watchdog");
        assertThat(EntitiesHolding.only(lenderStory(), "Velgrad Courier").descriptions()).contains("a weekly newspaper");
    }
}
