package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "The agency" for a public body named by its office, and "the authorities" that are no country, on invented articles. */
class AgenciesAndAuthoritiesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The National Rail Safety Board said on Monday that the train had lost its brakes near Gdansk. "
                        + "A crew member was hurt. The agency said its inspectors had not yet found the cause.",
                "b", "Floods cut the main roads of Czechia on Sunday, and the country has asked Austria for pumps. "
                        + "In the flooded valleys the authorities said the water would fall by Tuesday."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void theAgencyIsThePublicBodyNamedBefore() {
        assertThat(holding("National Rail Safety Board").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the agency"));
    }

    @Test
    void bareAuthoritiesAreNoCountry() {
        assertThat(corpus.entities()).noneMatch(e -> e.descriptions().stream().anyMatch(d -> d.equalsIgnoreCase("the authorities")));
    }
}
