package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Short sentences that say one thing of a named party ("Mr Olsen has refused to resign.") are claims too. */
class ShortStatementsTest {

    @Test
    void aShortSentenceAboutANamedPartyJoinsTheSameFactToldByAnotherSource() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Standoff in Tarvik\n\n"
                        + "Soldiers surrounded the palace in Tarvik on Tuesday. Mr Olsen has refused to resign. "
                        + "The army has not commented.",
                "beta", "Tarvik crisis\n\n"
                        + "The crisis in Tarvik entered its third day on Thursday. Erik Olsen has refused to resign. "
                        + "Talks with the mediators went on.",
                "gamma", "Mediators in Tarvik\n\n"
                        + "Mediators from the northern states arrived in Tarvik on Wednesday to meet the army's leaders."));
        String a = corpus.document("alpha").orElseThrow().text(), b = corpus.document("beta").orElseThrow().text();
        int at = a.indexOf("Mr Olsen has refused"), bt = b.indexOf("Erik Olsen has refused");
        assertThat(corpus.claims()).anySatisfy(c -> {
            assertThat(covers(c, "alpha", at)).isTrue();
            assertThat(covers(c, "beta", bt)).isTrue();
        });
    }

    @Test
    void refusingToDoSomethingAgreesWithNeverAgreeingToDoIt() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Standoff in Tarvik\n\n"
                        + "Soldiers surrounded the palace in Tarvik on Tuesday. President Erik Olsen has refused to step down.",
                "beta", "Tarvik crisis\n\n"
                        + "The crisis in Tarvik entered its third day on Thursday. Mr Olsen, who has never agreed to step down, "
                        + "is still held in the palace.",
                "gamma", "Mediators in Tarvik\n\n"
                        + "Mediators from the northern states arrived in Tarvik on Wednesday to meet the army's leaders."));
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).noneMatch(x -> x.aspect().equals("polarity")));
    }

    private static boolean covers(Claim c, String doc, int at) {
        return c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end());
    }
}
