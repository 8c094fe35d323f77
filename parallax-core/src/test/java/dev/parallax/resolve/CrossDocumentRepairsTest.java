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
 * Cross-document repairs of names on invented articles: two bodies joined by "and" in one tagged span, a country
 * acronym before a body's name, people the tagger took for organisations, acronyms written with one capital, and
 * capitals spelled the French or German way.
 */
class CrossDocumentRepairsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.ofEntries(
                Map.entry("r1", "The merger of Northern Farmers Bank and Coastal Savings Group was approved on Monday. "
                        + "Shares of Coastal Savings Group rose 4 percent, while Northern Farmers Bank fell."),
                Map.entry("r2", "The US Bureau of Grain Statistics said stocks fell. The Bureau of Grain Statistics publishes its "
                        + "report every month. The US Harbour Board and five other agencies said they would meet daily."),
                Map.entry("r7", "The Harbour Board raised its fees on Monday."),
                Map.entry("r3", "Finance Minister Edda Brunnhalder-Vogt (LVP) defended the rescue on Tuesday. \"We had no choice,\" "
                        + "said Edda Brunnhalder-Vogt. Mrs. Brunnhalder-Vogt added that taxpayers took a risk."),
                Map.entry("r4", "The Ruritanian Market Oversight Authority (FEBKO) opened an inquiry on Monday. FEBKO said the bank "
                        + "had broken the rules."),
                Map.entry("r5", "The bonds were written down on the order of the regulator, Febko, on Sunday. Febko has defended its "
                        + "decision. According to Febko, the rules were clear."),
                Map.entry("r6", "Praha, for its part, refuses to speak of a crisis. Officials in Prague said the plan would hold."),
                Map.entry("r8", "Two days later, the curfew commander, Gen. Jin-ho Seol, is in military custody. Seol "
                        + "denied the charges. The board of Velmar Holdings replaced the Dutchman Pieter Gruytjes with a new chief "
                        + "on Monday. Gruytjes had led the firm for three years."),
                Map.entry("r9", "The Anti-Graft Office for High-ranking Officials summoned the minister on Monday. The Anti-Graft "
                        + "Office for High-ranking Officials said it would act."),
                Map.entry("r10", "Soldiers marched on the Assembly on Tuesday night, witnesses said."),
                Map.entry("r11", "The National Assembly voted to lift the decree."),
                Map.entry("r12", "Deputy Lena Varga of the Popular Party (Narodni) criticised the plan on Friday, and the Narodni Party "
                        + "filed a motion against it."),
                Map.entry("r13", "President Arno Pelk declared a state of siege on Monday. For the 64-year-old Pelj, who turned a year "
                        + "older under suspension, the new year will be hard."),
                Map.entry("r14", "Acting President Tomas Reval met envoys on Monday. On Thursday, Acting President Reval (71) said he "
                        + "would wait for the court.")));
    }

    private static List<Entity> holding(String alias) {
        return EntitiesHolding.holding(corpus, alias);
    }

    private static Entity only(String alias) {
        return EntitiesHolding.only(corpus, alias);
    }

    @Test
    void twoHeadedBodiesJoinedByAndAreTwoEntities() {
        assertThat(holding("Northern Farmers Bank and Coastal Savings Group")).isEmpty();
        assertThat(only("Northern Farmers Bank").aliases()).doesNotContain("Coastal Savings Group");
        assertThat(only("Coastal Savings Group").type()).isEqualTo("ORG");
    }

    @Test
    void aCountryAcronymBeforeABodyIsTheCountryAndTheBodyIsNamedWithoutIt() {
        Entity bureau = only("Bureau of Grain Statistics");
        assertThat(bureau.aliases()).contains("US Bureau of Grain Statistics");
        assertThat(only("US").type()).isEqualTo("GPE");
        assertThat(only("Harbour Board").aliases()).contains("US Harbour Board");
    }

    @Test
    void aNameWithATitleAndACourtesyTitleIsOnePerson() {
        Entity e = only("Edda Brunnhalder-Vogt");
        assertThat(e.type()).isEqualTo("PERSON");
        assertThat(e.aliases()).contains("Mrs. Brunnhalder-Vogt").doesNotContain("LVP");
    }

    @Test
    void anAcronymWrittenWithOneCapitalIsTheOrganisation() {
        Entity e = only("FEBKO");
        assertThat(e.type()).isEqualTo("ORG");
        assertThat(e.aliases()).contains("Febko");
    }

    @Test
    void aDescriptionSetOffBeforeAnOrganisationsNameDescribesIt() {
        assertThat(only("FEBKO").descriptions()).contains("the regulator");
    }

    @Test
    void aDescriptionSetOffBeforeARankAndANameDescribesThePerson() {
        assertThat(only("Jin-ho Seol").descriptions()).contains("the curfew commander");
    }

    @Test
    void aNationalsNounBeforeANameDescribesThePerson() {
        assertThat(only("Pieter Gruytjes").descriptions()).contains("the Dutchman");
    }

    @Test
    void aNameCutInsideAHyphenatedWordIsWhole() {
        assertThat(only("Anti-Graft Office for High-ranking Officials").type()).isEqualTo("ORG");
    }

    @Test
    void aHeadWordAloneIsTheOnlyBodyItHeads() {
        assertThat(only("National Assembly").aliases()).contains("Assembly");
    }

    @Test
    void aOneWordNameWithTheHeadOfItsBodysNameIsThatBody() {
        assertThat(only("Popular Party").aliases()).contains("Narodni", "Narodni Party");
    }

    @Test
    void aSurnameOnceMistypedOntoANeighbouringKeyIsThePerson() {
        assertThat(only("Arno Pelk").aliases()).contains("Pelj");
    }

    @Test
    void aCapitalisedModifierOfATitleIsPartOfTheTitledAlias() {
        assertThat(only("Tomas Reval").aliases()).contains("Acting President Reval");
    }

    @Test
    void aCapitalSpelledInAnotherLanguageIsItsCountry() {
        assertThat(holding("Praha").stream().filter(e -> e.type().equals("PERSON")).toList()).isEmpty();
        assertThat(Gazetteer.standard().seatOf("Berne").map(Gazetteer.Entry::name)).contains("Switzerland");
        assertThat(Gazetteer.standard().seatOf("Varsovie").map(Gazetteer.Entry::name)).contains("Poland");
    }
}
