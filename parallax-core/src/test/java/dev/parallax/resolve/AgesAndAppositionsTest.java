package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ages given in an apposition ("Brandt, a 61-year-old engineer,"), the short age form of an aged description,
 * and a name set after "the wife of the ex-minister," that names the wife, on invented articles.
 */
class AgesAndAppositionsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Tomas Brandt, a 61-year-old engineer who was dismissed in May, took the stand in Oslo on Monday. "
                        + "He said the plant had been safe.",
                "b", "Eva Sund testified against Tomas Brandt in Oslo on Monday. The 61-year-old engineer, who had "
                        + "run the plant for ten years, told the court that he had warned the board twice.",
                "c", "Former minister Karl Vos was arrested in May. The court heard the wife of the ex-minister, "
                        + "Marta Colvin, on Monday. The ex-minister himself is held at a police base near the capital.",
                "d", "\"We will rebuild this school,\" said Kara Lind, the 44-year-old mayor. She spoke in Tromso.",
                "e", "Former president Ivo Marek is serving a long sentence in a prison near Brno.",
                "f", "A judge heard the appeal of Ruritania's former president Jan Horvat on Monday. Horvat is held at the "
                        + "same prison as Ivo Marek. \"I am innocent,\" the former president said.",
                "g", "It took Lena Holm less than a year to go from the classroom to the ministry. In March the former "
                        + "teacher, a miner's daughter from the north, read out her plan. Ms Holm now runs the ministry; "
                        + "her deputy, Tor Berg, has become one of the most powerful men in the country. The retired "
                        + "general commanded the army for ten years."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void anAgeGivenInAnAppositionNamesThePersonOfThatAge() {
        assertThat(holding("Tomas Brandt").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the 61-year-old engineer"));
        assertThat(holding("Eva Sund").descriptions()).noneMatch(d -> d.contains("year-old"));
    }

    @Test
    void anAgedDescriptionAlsoGivesItsShortAgeForm() {
        assertThat(holding("Kara Lind").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the 44-year-old"));
    }

    @Test
    void aFormerRoleIsThePersonTheArticleGivesIt() {
        assertThat(holding("Jan Horvat").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the former president"));
        assertThat(holding("Ivo Marek").descriptions()).noneMatch(d -> d.equalsIgnoreCase("the former president"));
    }

    @Test
    void aPastOccupationNoOneHoldsIsThePersonWrittenAbout() {
        assertThat(holding("Lena Holm").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the former teacher"));
        assertThat(holding("Tor Berg").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the retired general"));
    }

    @Test
    void aNameAfterTheWifeOfSomeoneIsTheWife() {
        assertThat(holding("Marta Colvin").descriptions()).noneMatch(d -> d.toLowerCase().contains("ex-minister"));
        assertThat(holding("Karl Vos").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the ex-minister"));
    }
    @Test
    void anAgeWithModifiersBeforeANameDescribesThatName() {
        // The age qualifies "civil servant", and the name follows: not the person named in the sentence before.
        Corpus story = Models.analyse(Map.of(
                "a", "Party chief Joran Vessel wrote on Monday that the party would be vigilant. Its candidate for "
                        + "prime minister, the 37-year-old civil servant Ilse Kamper, had been rejected by the president."));
        Entity kamper = story.entities().stream().filter(e -> e.aliases().contains("Ilse Kamper")).findFirst().orElseThrow();
        Entity vessel = story.entities().stream().filter(e -> e.aliases().contains("Joran Vessel")).findFirst().orElseThrow();
        assertThat(kamper.descriptions()).contains("the 37-year-old");
        assertThat(vessel.descriptions()).doesNotContain("the 37-year-old");
    }

    @Test
    void anAgeAfterModifiersInAnAppositionNamesThePersonOfThatAge() {
        // The age comes after "soft-spoken"; the description in the other article follows another person's name.
        Corpus story = Models.analyse(Map.of(
                "a", "Ana Ruiz, a soft-spoken 70-year-old who ran the port for a decade, left the country on Friday.",
                "b", "The prosecutor, Omar Hale, asked a judge on Monday to order the arrest of Ana Ruiz. "
                        + "The 70-year-old has not been seen in public since May."));
        assertThat(EntitiesHolding.only(story, "Ana Ruiz").descriptions()).contains("The 70-year-old");
        assertThat(EntitiesHolding.only(story, "Omar Hale").descriptions()).doesNotContain("The 70-year-old");
    }

    @Test
    void anAgeOneYearApartIsTheSamePersonAfterABirthday() {
        Corpus story = Models.analyse(Map.of(
                "a", "Ana Ruiz, a 69-year-old former diplomat, left the country on Friday.",
                "b", "The prosecutor, Omar Hale, asked a judge on Monday to order the arrest of Ana Ruiz. "
                        + "The 70-year-old has not been seen in public since May."));
        assertThat(EntitiesHolding.only(story, "Ana Ruiz").descriptions()).contains("The 70-year-old");
        assertThat(EntitiesHolding.only(story, "Omar Hale").descriptions()).doesNotContain("The 70-year-old");
    }
}
