package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.EntitiesHolding.only;

/** Courtesy titles of other languages and Nguni noun-class prefixes before a person's name. Invented articles. */
class ForeignHonorificsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Mayor Themba Khumalo opened the new bridge over the river on Monday. Residents said that "
                        + "uKhumalo had promised the bridge for years, and the councillors thanked him.",
                "b", "The council of Stellenbosch has on Tuesday mnr. Pieter Vermaak as chairman re-elected. "
                        + "According to the council has mnr. Vermaak in his speech the budget defended.",
                "c", "Thousands waited in the rain for Themba Khumalo. Baba Khumalo arrived late in the afternoon."));
    }

    @Test
    void aPrefixGluedToAKnownSurnameIsThatPersonsMention() {
        assertThat(only(corpus, "Themba Khumalo").aliases()).contains("uKhumalo");
    }

    @Test
    void anAbbreviatedAfrikaansTitleIsACourtesyTitle() {
        assertThat(only(corpus, "Pieter Vermaak").aliases()).contains("mnr. Vermaak");
    }

    @Test
    void aTermOfRespectBeforeASurnameIsACourtesyTitle() {
        assertThat(only(corpus, "Baba Khumalo").aliases()).contains("Themba Khumalo");
    }
    @Test
    void anOfficeNamedInAnotherLanguageIsATitleNotAGivenName() {
        // A translated article keeps the Swahili word for president before the name.
        Corpus story = Models.analyse(Map.of(
                "a", "President Daniel Omondi signed the budget on Monday. Omondi said taxes would not rise.",
                "b", "Rais Daniel Omondi has refused to sign the bill on Wednesday. The figure is twice that which Rais "
                        + "Omondi has given on Sunday."));
        assertThat(only(story, "Daniel Omondi").aliases()).doesNotContain("Rais Daniel Omondi");
        assertThat(story.entities().stream().filter(e -> e.name().startsWith("Rais")).toList()).isEmpty();
    }
}
