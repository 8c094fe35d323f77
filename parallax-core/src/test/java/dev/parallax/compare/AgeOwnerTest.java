package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures that are not one quantity: whose age an age phrase gives (a name the phrase carries beats coreference,
 * and two ages tied to one person by coreference alone do not disagree), and a sentence stating the other's figure
 * too ("about 30 seats, short of the 41 needed") gives its own figure as another quantity.
 */
class AgeOwnerTest {

    private static long contradictions(Corpus corpus) {
        return corpus.claims().stream().mapToLong(c -> c.contradictedBy().size()).sum();
    }

    @Test
    void anAgePhraseCarryingANameIsThatPersonsAge() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Harbour Party picks a leader\n\n"
                        + "Marit Osterlund, the Harbour Party's 31-year-old chairwoman, told supporters in Velmar that the vote had been stolen. "
                        + "Its candidate for mayor, the 44-year-old lawyer Jonas Pelt, had been rejected by the council on the grounds that he lacked support.",
                "beta", "Velmar vote\n\n"
                        + "Marit Osterlund, the 31-year-old chairwoman of the Harbour Party, told supporters in Velmar that the vote had been stolen. "
                        + "The council met on Monday."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "44-year-old").quantities())
                .anySatisfy(q -> {
                    assertThat(q.unit()).isEqualTo("age");
                    assertThat(q.anchor()).isEqualTo("person:jonas-pelt");
                    assertThat(q.inferred()).isFalse();
                });
        assertThat(contradictions(corpus)).isZero();
    }

    @Test
    void twoAgesTiedToOnePersonByCoreferenceAloneDoNotDisagree() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Velmar gets a premier\n\n"
                        + "President Anton Brisk on Friday appointed Jonas Pelt, the veteran diplomat who negotiated the border treaty, as premier. "
                        + "The 71-year-old becomes the oldest premier of the republic.",
                "beta", "A premier at last\n\n"
                        + "President Anton Brisk appointed a premier on Friday after weeks of talks. "
                        + "\"Nobody has won,\" the 47-year-old president said of the election."));
        assertThat(contradictions(corpus)).isZero();
    }

    @Test
    void aSentenceAlsoStatingTheOthersFigureGivesAnotherQuantity() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Velmar council vote\n\n"
                        + "A majority in the Velmar council requires 41 seats. The Harbour Party won the vote on Sunday.",
                "beta", "Velmar result\n\n"
                        + "The opposition, which came first in the council vote with about 30 seats but far short of the 41 needed for a majority in the Velmar council, was angry. "
                        + "Its leaders met on Monday.",
                "gamma", "Velmar count\n\n"
                        + "A majority in the Velmar council needs 41 seats, and no party came close on Sunday."));
        assertThat(contradictions(corpus)).isZero();
    }
}
