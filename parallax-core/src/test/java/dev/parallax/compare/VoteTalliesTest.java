package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tallies of one vote told by several sources: a source giving the candidate another tally in that vote contradicts
 * them, and a count of what others did in another vote does not.
 */
class VoteTalliesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Lund falls short in Norland\n\n"
                        + "Piet Lund received 324 votes, 51 short of the 375 he needed. "
                        + "Only 13 of the 250 senators supported him; 182 members voted against and 199 abstained. "
                        + "Lund leads the Green League, which won the election in May.",
                "beta", "Norland's chamber blocks Lund\n\n"
                        + "On March 13 the candidate Piet Lund had obtained 324 votes, far from the 375 required. "
                        + "Lund leads the Green League, the largest party.",
                "gamma", "Lund loses first vote\n\n"
                        + "In the first joint vote, on March 13, Mr Lund collected 334 votes, 41 short of the 375 required, with only 13 senators on his side. "
                        + "Lund, whose Green League won the election, said he would try again.",
                "delta", "Norland has a prime minister\n\n"
                        + "Jan Varga received 482 votes in the joint sitting of both chambers. "
                        + "For him voted also 152 of the 250 senators appointed by the army - the same Senate which had refused in March the election winner Piet Lund. "
                        + "Lund's Green League goes into opposition."));
    }

    private static List<String> contradictions() {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail() + " <- " + c.text())).toList();
    }

    @Test
    void anotherTallyForTheSameCandidateInTheSameVoteIsAContradiction() {
        assertThat(contradictions()).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("334"));
    }

    @Test
    void aCountOfDeputiesDoingSomethingElseInAnotherVoteIsNoContradiction() {
        assertThat(contradictions()).noneSatisfy(x -> assertThat(x).contains("152"));
    }
}
