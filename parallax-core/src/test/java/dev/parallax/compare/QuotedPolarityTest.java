package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A denial inside someone's quoted words is that person's, not the source contradicting another source. */
class QuotedPolarityTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Barges on the move\n\n"
                        + "The harbour board of Velmar said the stranded barges in the northern basin were being moved so that some convoys could keep moving.",
                "beta", "Standoff in Velmar\n\n"
                        + "« The stranded barges will not move », - declared the president of the harbour board of Velmar, "
                        + "Anton Kessler, to a television channel of the northern basin on Monday evening."));
    }

    @Test
    void aDenialInsideAQuotationIsNotTheSourcesOwn() {
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }
}
