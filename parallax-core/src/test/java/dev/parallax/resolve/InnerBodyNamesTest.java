package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A body's name inside its council's, spelled by the acronym after both, on an invented article. */
class InnerBodyNamesTest {

    @Test
    void theBodyAnAcronymSpellsInsideALongerNameIsAMentionOfItsOwn() {
        Corpus story = Models.analyse(Map.of(
                "a", "The Permanent Council of the Organização dos Estados Insulares (OEI) meets on Wednesday to vote "
                        + "on a resolution. Diplomats expect a narrow vote."));
        var oei = EntitiesHolding.only(story, "OEI");
        assertThat(oei.aliases()).contains("Organização dos Estados Insulares");
    }
}
