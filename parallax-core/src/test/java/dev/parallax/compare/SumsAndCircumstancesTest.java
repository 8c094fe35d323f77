package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sum given in two currencies is one sum; a figure is not the holder's of a name in the circumstance that follows
 * it ("fell 18% after X said"); declaring and proclaiming are announcing.
 */
class SumsAndCircumstancesTest {

    @Test
    void aSumGivenInTwoCurrenciesIsOneFactInEither() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norvik bonds wiped out\n\n"
                        + "The regulator ordered that Norvik Bank bonds with a face value of about 16 billion francs, or $17 billion, be written off.",
                "beta", "Bondholders lose out\n\n"
                        + "The Norvik Bank titles, of a nominal value of some 16 milliards of francs, have been entirely written off.",
                "gamma", "Anger among bond investors\n\n"
                        + "About $17 billion of Norvik Bank bonds were erased on the order of the regulator on Sunday."));
        // One claim of the one sum, however each source gives it.
        assertThat(corpus.claims()).anySatisfy(c -> {
            assertThat(c.fact()).isNotNull();
            assertThat(c.assertingDocs()).containsExactly("alpha", "beta", "gamma");
        });
    }

    @Test
    void theNewValueOfAChangedFigureContradictsNoOldValue() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Canal seizes freighter\n\n"
                        + "The Kessel Canal Authority had the freighter Marta Lind seized by a court on Tuesday and demanded $916 million from its owner.",
                "beta", "Marta Lind held\n\n"
                        + "The Kessel Canal Authority has obtained on Tuesday the seizure of the Marta Lind, and claims to its owner 916 millions of dollars of compensations.",
                "gamma", "Claim cut\n\n"
                        + "In May the Kessel Canal Authority lowered its claim against the owner of the Marta Lind to $550 million."));
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }

    @Test
    void aFigureOneSourceTiesToAnEntityJoinsTheSameBareFigureOfOthers() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Lender stands firm\n\nThe lender owns 9.4% of the bank, a stake bought last November.",
                "beta", "No more money\n\nThe lender, which became the largest shareholder with a 9.4 percent stake, ruled out more money.",
                "gamma", "Losses for the investors\n\nThe Kessel Investment Authority had acquired only in the autumn 9.4 percent of the bank."));
        assertThat(StatementLookup.statementAt(corpus, "gamma", "9.4 percent").numbers()).containsKey("percent@org:kessel-investment-authority");
        assertThat(corpus.claims()).anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta", "gamma"));
    }

    @Test
    void aNameInTheCircumstanceAfterAFigureDoesNotHoldIt() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Brandvik shares slump\n\n"
                + "On Monday, shares fell 18% after Lena Torp, the chair of Kessel Holdings, said it would sell its stake."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "shares fell 18%").numbers())
                .containsEntry("percent@", "18");
    }

    @Test
    void declaringAndProclaimingAreAnnouncing() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Emergency in Ostrava\n\n"
                + "President Arlen Voss declared martial law on Tuesday evening.\n\n"
                + "Arlen Voss proclaimed martial law in a television address.\n\n"
                + "Arlen Voss announced martial law at about ten in the evening."));
        Frames.Frame announced = new Frames.Frame("person:arlen-voss", "announce", "~law");
        assertThat(StatementLookup.statementAt(corpus, "alpha", "declared martial law").frames()).contains(announced);
        assertThat(StatementLookup.statementAt(corpus, "alpha", "proclaimed martial law").frames()).contains(announced);
        assertThat(StatementLookup.statementAt(corpus, "alpha", "announced martial law").frames()).contains(announced);
    }
}
