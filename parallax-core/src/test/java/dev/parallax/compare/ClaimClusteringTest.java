package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How statements of several sources group into claims: a sentence telling two facts does not chain the sources of
 * one fact to those of the other, sources naming the participants differently still tell one fact, and a fronted
 * "Of the N ..." is the whole of the part that follows.
 */
class ClaimClusteringTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Freighter hits Ostra bridge\n\n"
                        + "A Velmar freighter rammed the Ostra bridge late on Sunday, killing four welders who were repairing its deck. "
                        + "The Harbour Authority of Merrow closed the northern dock after the diesel spill.",
                "beta", "Bridge struck\n\n"
                        + "The Velmar freighter rammed the Ostra bridge late on Sunday night after its steering failed. "
                        + "Of the 40 miners, 7 men were brought up alive from the Keld pit.",
                "gamma", "Welders lost\n\n"
                        + "Four welders were killed when the span gave way beneath them. "
                        + "The Merrow Port Agency shut the north dock following the diesel spill.",
                "delta", "Ostra mourns\n\n"
                        + "The four men who died had been welding when the span collapsed beneath them. "
                        + "Seven of the forty miners trapped at Keld were brought up alive."));
    }

    private static List<Claim> covering(String doc, String words) {
        String text = corpus.document(doc).orElseThrow().text();
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return corpus.claims().stream()
                .filter(c -> c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end()))
                .toList();
    }

    @Test
    void aSentenceTellingTwoFactsDoesNotChainTheirSourcesIntoOneClaim() {
        // alpha's lead tells the ramming and the deaths; beta tells only the ramming, gamma and delta only the deaths.
        assertThat(covering("gamma", "Four welders were killed"))
                .allSatisfy(c -> assertThat(c.assertingDocs()).doesNotContain("beta"));
    }

    @Test
    void sourcesNamingTheActorDifferentlyStillTellOneFact() {
        assertThat(covering("gamma", "shut the north dock"))
                .anySatisfy(c -> assertThat(c.assertingDocs()).contains("alpha", "gamma"));
    }

    @Test
    void aFrontedWholeIsNoCountOfItsOwn() {
        assertThat(StatementLookup.statementAt(corpus, "beta", "Of the 40 miners").numbers())
                .doesNotContainValue("40");
    }

    @Test
    void sourcesThatAgreeAreNeverContradicted() {
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }
}
