package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures that belong to no one but hang on one doing ("removed him by 71 votes", "asked to cap their liability at
 * $52.4 million"): another source hanging another figure on that doing contradicts them, however its sentence
 * clusters; dates of different doings in two sentences neither contradict each other nor keep figures apart.
 */
class SameDoingFiguresTest {

    private static List<String> contradictions(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail())).toList();
    }

    @Test
    void aFallingPairAfterVotedIsATallyOfVotes() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Orvana council\n\n"
                + "Councillors voted 41 to 9 to strip the mayor of his office."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "voted 41 to 9").numbers()).containsEntry("count:vote@", "41");
    }

    @Test
    void anotherCountOnTheSameDoingContradictsACountSeveralSourcesGive() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Orvana governor ousted\n\n"
                        + "The assembly of Orvana dismissed governor Tomas Relk on Tuesday by 71 votes, hours after he tried to close the port.",
                "beta", "Relk out\n\n"
                        + "Deputies of Orvana dismissed Tomas Relk by 71 votes in an emergency sitting on Tuesday.",
                "gamma", "The fall of Relk\n\n"
                        + "Tomas Relk tried to close the port of Orvana on a Tuesday morning. "
                        + "By evening the assembly had dismissed him by 77 votes to four, and by night he was in a police cell."),
                Map.of("alpha", "2031-03-05", "beta", "2031-03-06", "gamma", "2031-03-20"));
        assertThat(contradictions(corpus)).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("71 vs 77"));
    }

    @Test
    void anotherSumOnTheSameDoingContradictsASumSeveralSourcesGive() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Ferry owners go to court\n\n"
                        + "The owners of the Stellan ferry asked a court in Orvana on Monday to cap their liability at about $52.4 million.",
                "beta", "Stellan owners seek limit\n\n"
                        + "The owners of the ferry Stellan asked a court to limit their liability to about $52.4 million, citing an old maritime law.",
                "gamma", "Who pays for the Stellan\n\n"
                        + "The owners of the Stellan have asked a court to cap what they owe at $54.2 million, under a law passed in 1884."),
                Map.of("alpha", "2031-03-05", "beta", "2031-03-06", "gamma", "2031-03-20"));
        assertThat(contradictions(corpus)).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("54200000"));
    }

    @Test
    void aFigureSeveralTimesAnotherIsNoMisreportOfIt() {
        assertThat(ClaimFinder.sameOrder("71", "77")).isTrue();
        assertThat(ClaimFinder.sameOrder("52400000", "~54200000")).isTrue();
        assertThat(ClaimFinder.sameOrder("650", "~100")).isFalse();          // a month's toll and one day's
        assertThat(ClaimFinder.sameOrder("3000000000", "0.76")).isFalse();   // a total and a price per share
    }

    @Test
    void datesOfDifferentDoingsAreNoContradiction() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Relk held\n\n"
                        + "A judge ordered Tomas Relk held for a year while prosecutors investigate him for fraud over his attempt to sell the port on March 3.",
                "beta", "Relk detained\n\n"
                        + "Prosecutors said they were investigating Tomas Relk for fraud and would ask a judge on March 5 to hold him."),
                Map.of("alpha", "2031-03-20", "beta", "2031-03-04"));
        assertThat(contradictions(corpus)).noneMatch(x -> x.contains(" date "));
    }
}
