package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures whose holder is the subject of the verb they hang on: the price a buyer pays ("X agreed to buy Y for 4
 * billion francs" / "X paid 3 billion francs for Y") and the votes a candidate wins ("won the vote with 143 votes").
 * A source giving the same holder another figure contradicts the others.
 */
class PriceAndTallyTest {

    private static List<String> contradicting(Corpus corpus) {
        return corpus.claims().stream()
                .flatMap(c -> c.contradictedBy().stream().map(x -> x.evidence().doc()))
                .distinct().sorted().toList();
    }

    private static boolean contradictedIn(Corpus corpus, String doc, String words) {
        int at = corpus.document(doc).orElseThrow().text().indexOf(words);
        assertThat(at).as(words).isNotNegative();
        for (Claim c : corpus.claims()) {
            for (Claim.Contradiction x : c.contradictedBy()) {
                if (x.evidence().doc().equals(doc) && x.evidence().start() <= at && at < x.evidence().end()) return true;
            }
        }
        return false;
    }

    @Test
    void aPriceIsTheBuyersAndAnotherPriceForTheSameBuyerContradicts() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Halvorsen buys Merrow Mills\n\n"
                        + "Halvorsen Trust agreed on Sunday to buy Merrow Mills for 4 billion francs in shares, ending a week of talks. "
                        + "Merrow Mills employs 2,000 people in the valley.",
                "beta", "Merrow Mills sold\n\n"
                        + "Merrow Mills shareholders will receive 4 billion francs in shares of Halvorsen Trust, which takes over the mills. "
                        + "The deal was struck on Sunday.",
                "gamma", "A cheap deal\n\n"
                        + "Halvorsen Trust paid 3 billion francs for the whole mill group, in shares. "
                        + "The mill workers were not consulted."));
        assertThat(StatementLookup.statementAt(corpus, "gamma", "paid 3 billion francs").quantities())
                .anySatisfy(q -> assertThat(q.payer()).isEqualTo("org:halvorsen-trust"));
        assertThat(contradictedIn(corpus, "gamma", "paid 3 billion francs")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("gamma");
    }

    @Test
    void votesWonWithAreTheWinnersEvenAProtagonists() {
        // Lena Brandt is named by every article: a protagonist, whose figures only a rule naming her holds.
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Council elects Ostrova mayor\n\n"
                        + "Lena Brandt won the council vote with 43 votes, defeating Piet Moller, a former harbour master. Brandt thanked the council.",
                "beta", "Brandt is mayor\n\n"
                        + "Lena Brandt received 34 votes in the council vote on Tuesday. Brandt will take office in May.",
                "gamma", "Ostrova has a mayor\n\n"
                        + "Lena Brandt won the council vote with 34 votes, against 20 for Piet Moller. Brandt is 52.",
                "delta", "New mayor for Ostrova\n\n"
                        + "Lena Brandt was elected mayor of Ostrova on Tuesday. Brandt promised a new harbour."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "with 43 votes").numbers())
                .containsEntry("count:vote@person:lena-brandt", "43");
    }
}
