package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Descriptions of people (set before a name, ages, a role given once) and of a church, on invented articles. */
class PersonDescriptionsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The Harmony Church said on Tuesday that the suspect, Pavel Novak, 39, had never been a member. "
                        + "The sect has about 50,000 followers in the country.",
                "b", "Pavel Novak appeared in court in Brno on Friday. The 39-year-old did not speak. Officials said the "
                        + "suspect would stay in custody until the trial.",
                "c", "The mayor of Brno, Jana Dvorak, opened the new bridge on Monday. The widow Eva Horak cut the ribbon."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void aDescriptionSetBeforeANameDescribesThatPerson() {
        assertThat(holding("Pavel Novak").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the suspect"));
        assertThat(holding("Eva Horak").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the widow"));
    }

    @Test
    void anAgeDescriptionGoesToThePersonOfThatAge() {
        assertThat(holding("Pavel Novak").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the 39-year-old"));
        assertThat(holding("Jana Dvorak").descriptions()).noneMatch(d -> d.contains("year-old"));
    }

    @Test
    void aSectIsTheChurchNamedBefore() {
        assertThat(holding("Harmony Church").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the sect"));
    }
}
