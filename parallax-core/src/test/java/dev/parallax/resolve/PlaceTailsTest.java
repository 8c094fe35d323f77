package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The last words of a place name name that place, unless they are its generic head ("States", "Kingdom"). */
class PlaceTailsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "t1", "Leaders of the United States and of the Marovian Free States met in New Velmora on Monday. "
                        + "The river league, which gathers 31 member States, sent a delegation.",
                "t2", "The talks in Velmora ended on Tuesday. The league counts 31 member States, officials said."));
    }

    @Test
    void theGenericHeadOfAPlaceNameIsNotThatPlace() {
        assertThat(corpus.entities()).noneSatisfy(e -> {
            assertThat(e.aliases()).contains("States");
            assertThat(e.aliases()).containsAnyOf("United States", "Marovian Free States");
        });
    }
}
