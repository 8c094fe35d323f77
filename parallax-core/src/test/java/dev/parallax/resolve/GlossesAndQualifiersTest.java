package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.parallax.resolve.EntitiesHolding.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-person names across translations, on invented articles: a party's members as a group, a name glossed in
 * brackets, a body with and without its qualifier, a country's formal name cut short, a lower-case long form before
 * its acronym, and an organisation's name the tagger cut before its acronym.
 */
class GlossesAndQualifiersTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The Progressive Democratic Party won 41 seats in the vote in Nigeria on Sunday, officials said. "
                        + "Its leader, Adaeze Okorafor, thanked the voters. "
                        + "The Superior Federal Tribunal is to rule on the count next month. "
                        + "Nigerian Mountain Rescue Corps teams searched the hills for a missing climber.",
                "b", "The Progressive Democrats said on Monday that they would form a government with two smaller parties. "
                        + "The Mountain Rescue Corps said the climber had been found alive. "
                        + "Helicopters of the Coastal Rescue Service (Kustreddingsdienst, KRD) joined the search. "
                        + "The Superior Court will hear the case in March, a clerk said.",
                "c", "It was the first change of government in the Federal Republic since 2015, a lecturer at Lagos University said. "
                        + "The Coastal Rescue Service said the sea had been calm. "
                        + "Ministers met the council of national salvation (CNS) in Abuja on Tuesday. "
                        + "The Superior Federal Court has not yet set a date.",
                "d", "Judges of the Bundesarbeitsgericht (BAG) met on Friday in Erfurt. The Federal Labour Court said it would "
                        + "publish its ruling soon. Crowds gathered outside Schloss Greifenau after the talks. "
                        + "Guests left Greifenau Palace before dawn."));
    }

    @Test
    void aPartysMembersAsAGroupAreTheParty() {
        assertThat(only(corpus, "Progressive Democrats").id()).isEqualTo(only(corpus, "Progressive Democratic Party").id());
    }

    @Test
    void aNameGlossedInBracketsWithItsAcronymIsOneBody() {
        assertThat(only(corpus, "Kustreddingsdienst").id()).isEqualTo(only(corpus, "Coastal Rescue Service").id());
        assertThat(only(corpus, "KRD").id()).isEqualTo(only(corpus, "Coastal Rescue Service").id());
    }

    @Test
    void aCourtAsTribunalAndWithoutItsLevelIsOneCourt() {
        assertThat(only(corpus, "Superior Federal Tribunal").id()).isEqualTo(only(corpus, "Superior Federal Court").id());
        assertThat(only(corpus, "Superior Court").id()).isEqualTo(only(corpus, "Superior Federal Court").id());
    }

    @Test
    void aCountrysFormalNameWithoutItsNameIsTheCountry() {
        assertThat(only(corpus, "Federal Republic").id()).isEqualTo(only(corpus, "Nigeria").id());
    }

    @Test
    void aGermanCompoundAndItsAbbreviationAreTheEnglishName() {
        assertThat(only(corpus, "BAG").id()).isEqualTo(only(corpus, "Bundesarbeitsgericht").id());
        assertThat(only(corpus, "Bundesarbeitsgericht").id()).isEqualTo(only(corpus, "Federal Labour Court").id());
    }

    @Test
    void aBuildingWithItsGenericWordInAnotherLanguageIsOneBuilding() {
        assertThat(only(corpus, "Schloss Greifenau").id()).isEqualTo(only(corpus, "Greifenau Palace").id());
    }

    @Test
    void aLowerCaseLongFormBeforeItsAcronymIsItsName() {
        assertThat(only(corpus, "CNS").id()).isEqualTo(only(corpus, "council of national salvation").id());
    }
}
