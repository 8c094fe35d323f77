package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A role noun whose person a description and a name in apposition introduce speaks for that person. */
class QuoteApposedRoleHoldersTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "p1", String.join("\n\n",
                        "The Green League published its programme on Thursday.",
                        "The leader of the greens, the former minister of finance Sofia Ekdahl, has assured that she did "
                                + "not know the paper."),
                "p2", String.join("\n\n",
                        "President Tomas Varga took the oath on Saturday in the capital.",
                        "\u00ab We will build a new country \u00bb, has declared the president in his address, accompanied by "
                                + "his wife Elena Varga, before the deputies.")));
    }

    @Test
    void theNameAfterADescriptionInAppositionToTheRoleSpeaks() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "she did not know the paper"))).isEqualTo("Sofia Ekdahl");
    }

    @Test
    void aPersonAccompanyingTheRoleIsNoApposition() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "We will build"))).isNotEqualTo("Elena Varga");
    }
}
