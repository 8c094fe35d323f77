package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.EntitiesHolding.holding;
import static dev.parallax.resolve.EntitiesHolding.only;

/** A person's other name stated in brackets or with "known as" / "goes by" after the full name. Invented articles. */
class PersonAliasesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The militia of General Tomas Wekesa Oduya, who is widely known as Simba, attacked the market town "
                        + "of Karemi on Monday. Simba has refused every truce since March.",
                "b", "Fighters loyal to Tomas Wekesa Oduya (Simba) withdrew from Karemi on Thursday, residents said.",
                "c", "Deputy minister Rosalind Achterberg, who also goes by Roz Berg, flew to Lisbon on Friday. The "
                        + "spokesman Peter Ndlovu (ANC) said the visit had been planned for months.",
                "d", "Roz Berg told reporters in Lisbon that the talks would resume in May."));
    }

    @Test
    void aNameInBracketsOrKnownAsAfterTheFullNameIsThePersonsOtherName() {
        assertThat(only(corpus, "Simba").id()).isEqualTo(only(corpus, "Tomas Wekesa Oduya").id());
        assertThat(only(corpus, "Roz Berg").id()).isEqualTo(only(corpus, "Rosalind Achterberg").id());
    }

    @Test
    void anAcronymInBracketsIsNoOtherName() {
        assertThat(holding(corpus, "ANC")).noneMatch(e -> e.aliases().contains("Peter Ndlovu"));
    }
}
