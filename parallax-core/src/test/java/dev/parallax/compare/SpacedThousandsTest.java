package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands grouped by spaces ("42 000 shares"), as translations from French and other languages write them. */
class SpacedThousandsTest {

    @Test
    void aNumberGroupedBySpacesIsOneFigureAndOneClaimWithItsEnglishForm() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Inquiry into Brisk\n\nThe candidate is reproached for having held 37 000 shares of the radio Velmar Sound, which no longer broadcasts.",
                "beta", "Brisk faces inquiry\n\nThe board opened an inquiry into the 37,000 shares of the dormant broadcaster Velmar Sound that Brisk held."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "37 000").quantities())
                .anySatisfy(q -> {
                    assertThat(q.value()).isEqualTo("37000");
                    assertThat(q.unit()).isEqualTo("count:share");
                });
        assertThat(corpus.claims()).anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
    }
}
