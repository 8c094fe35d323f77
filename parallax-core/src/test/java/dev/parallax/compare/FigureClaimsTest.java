package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims of single figures: sentences that list several entities' figures share each figure with other sources. */
class FigureClaimsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Quota council fixes fishing levies\n\n"
                        + "The regional quota council on Monday fixed the landing levies for the five largest trawler companies.\n\n"
                        + "Under the council's final plan, Norrfisk Group would pay 12%, Baltek Seafoods 15.5% and the state-owned "
                        + "Osterhav Corporation 31.2%, while Kelpa Holdings, which lands its catch in Rovik, would face 6.4%. "
                        + "The levies will apply for four years.",
                "beta", "Trawler firms face new levies\n\n"
                        + "The regional quota council has set its landing levies. The rates are 6.4% for Kelpa Holdings, 12% for "
                        + "Norrfisk Group, 15.5% for Baltek Seafoods and 31.2% for Osterhav Corporation. The council said the "
                        + "levies would stay in place for four years.",
                "gamma", "Fishermen protest in Rovik\n\n"
                        + "For the trawler firm Norrfisk Group the levy amounts to 12.8 percent, for Osterhav Corporation it is up "
                        + "to 31.2 percent. Fishermen protested in Rovik harbour on Tuesday against the levies."));
    }

    private static java.util.List<Claim> allCovering(String doc, String words) {
        String text = corpus.document(doc).orElseThrow().text();
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return corpus.claims().stream()
                .filter(c -> c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end()))
                .filter(c -> c.assertingDocs().size() > 1)
                .toList();
    }

    private static Claim covering(String doc, String words) {
        return allCovering(doc, words).stream()
                .max(java.util.Comparator.comparingInt(c -> c.assertingDocs().size()))
                .orElseThrow(() -> new AssertionError("no multi-source claim covers '" + words + "' in " + doc));
    }

    @Test
    void theSameFigureForTheSameEntityJoinsSourcesWhateverElseTheirSentencesList() {
        Claim osterhav = covering("gamma", "for Osterhav Corporation it is up to 31.2 percent");
        assertThat(osterhav.assertingDocs()).containsExactly("alpha", "beta", "gamma");
        assertThat(osterhav.fact()).isEqualTo("Osterhav Corporation: 31.2%");
    }

    @Test
    void anotherFigureForTheSameEntityContradictsTheClaim() {
        // gamma tells Osterhav's figure like the others but not Norrfisk's: the claims the two sources share
        // without gamma are contested by it.
        Claim norrfisk = allCovering("beta", "12% for Norrfisk Group").stream()
                .filter(c -> c.assertingDocs().equals(java.util.List.of("alpha", "beta"))).findFirst().orElseThrow();
        assertThat(norrfisk.status()).isEqualTo(Claim.Status.contested);
        assertThat(norrfisk.contradictedBy()).anySatisfy(x -> {
            assertThat(x.evidence().doc()).isEqualTo("gamma");
            assertThat(x.detail()).contains("12").contains("12.8");
        });
        // Figures that agree are not contradictions: Baltek's 15.5% is the same in both sources that give it.
        Claim baltek = covering("alpha", "Baltek Seafoods 15.5%");
        assertThat(baltek.contradictedBy()).noneSatisfy(x -> assertThat(x.detail()).contains("15.5 vs"));
    }

    @Test
    void aDisagreementIsReportedOnceOnTheSideMoreSourcesTake() {
        // gamma's 12.8% for Norrfisk contradicts the claim alpha and beta make; it is not a contested claim of its own.
        String text = corpus.document("gamma").orElseThrow().text();
        int at = text.indexOf("12.8 percent");
        assertThat(corpus.claims()).noneSatisfy(c -> {
            assertThat(c.assertingDocs()).containsExactly("gamma");
            assertThat(c.status()).isEqualTo(Claim.Status.contested);
            assertThat(c.assertedBy()).anySatisfy(e -> assertThat(e.start() <= at && at < e.end()).isTrue());
        });
    }

    @Test
    void aShortSentenceStatingAFigureWithoutANameIsAClaim() {
        Claim years = covering("alpha", "The levies will apply for four years.");
        assertThat(years.assertingDocs()).containsExactly("alpha", "beta");
        assertThat(years.contradictedBy()).isEmpty();
    }
}
