package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A newspaper named after its city or country, which the tagger reads as the place, on invented articles. */
class PlaceNamedOutletsTest {

    @Test
    void aPlaceFollowedByAnOutletWordAfterToldIsTheNewspaper() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "The vote in Marovia was delayed again on Tuesday. \"Nobody knows who the next leader will be,\" "
                        + "Tomas Vell, a lawyer, told the Marovia Ledger. Officials in Marovia declined to comment."));
        assertThat(corpus.entities().stream().filter(e -> e.aliases().contains("Marovia Ledger")).map(Entity::type))
                .containsExactly("MEDIA");
        assertThat(corpus.entities().stream().filter(e -> e.aliases().contains("Marovia")).map(Entity::type))
                .doesNotContain("MEDIA");
    }
}
