package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers described by a common noun for a body: an organisation's agency named through its parent and a topic
 * ("the UN fishermen agency"), and a body named through a possessive ("the nurses' union").
 */
class QuoteBodyDescriptionsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "b1", String.join("\n\n",
                        "Storm wrecks the fishing fleet of Velmar",
                        "The United Nations Relief Office for Coastal Fishermen opened a second camp near Velmar on Monday.",
                        "Its director, Ines Carvalho, said the camp could shelter 4,000 people."),
                "b2", String.join("\n\n",
                        "Velmar counts its losses",
                        "The United Nations (UN) appealed on Tuesday for help for the coast of Velmar.",
                        "The UN fishermen agency said more than 300 boats had been lost in the storm.",
                        "The Velmar Nurses' Union, which runs the field clinics, counted 40 injured.",
                        "Roads were cut and power failed, and the nurses' union said three clinics had run out of insulin.")));
    }

    @Test
    void anAgencyNamedThroughItsParentIsTheBodyWhoseNameHoldsItsTopic() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "more than 300 boats")))
                .isEqualTo("United Nations Relief Office for Coastal Fishermen");
    }

    @Test
    void aBodyNamedThroughADefinitePossessiveIsTheOneNamedEarlier() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "three clinics had run out")))
                .isEqualTo("Velmar Nurses' Union");
    }
}
