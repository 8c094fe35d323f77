package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose a figure is, and when two figures can measure one thing: a hedged figure admits what its hedge allows, a
 * figure's holder is named in its own clause (not a body its counted things sit in), counts far apart in size are
 * other quantities, and the votes of an election are the elected one's.
 */
class FigureHolderTest {

    private static List<String> contradictions(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail())).toList();
    }

    @Test
    void aHedgedShareAgreesWithAnyValueItsHedgeAllows() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count\n\nThe Harbour Party won 40.18% of the vote in the election of 3 March, down from 57.5% in 2026.",
                "beta", "Count\n\nOn March 3rd the Harbour Party won just over 40 per cent, down from 57.5 per cent five years earlier, "
                        + "losing the majority it had held since 1994."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-09"));
        assertThat(contradictions(corpus)).isEmpty();
    }

    @Test
    void seatsInAnAssemblyAreThePartysNotTheAssemblys() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count\n\nThe Harbour Party won 40.18% of the vote and will have 159 of the 400 seats in the Grand Council, "
                        + "well short of the 201 needed for a majority.",
                "beta", "Count\n\nAccording to the board, the Forest League has received 14.6 percent in the whole country, "
                        + "which gives it 58 seats in the Grand Council."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05"));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "159 of").numbers().keySet())
                .noneMatch(k -> k.contains("grand-council"));
        assertThat(StatementLookup.statementAt(corpus, "beta", "58 seats").numbers().keySet())
                .noneMatch(k -> k.contains("grand-council"));
        assertThat(contradictions(corpus)).isEmpty();
    }

    @Test
    void aNameInAnotherClauseOfTheSentenceHoldsNoneOfTheFigure() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Count\n\n"
                + "The surprise was the Forest League, which took 14.6% and 58 seats in its first election and won the most votes in Norvania."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "58 seats").numbers().keySet())
                .noneMatch(k -> k.startsWith("count:seat@") && k.contains("norvania"));
    }

    @Test
    void theVotesOfAnElectionAreTheElectedOnes() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Vote\n\nThe Grand Council re-elected Mr Tomas Brek by 283 votes that night."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "283").numbers().keySet())
                .anyMatch(k -> k.startsWith("count:vote@person:"));
    }

    @Test
    void countsFarApartInSizeAreOtherQuantities() {
        assertThat(ClaimFinder.comparable("count:person@gpe:norvania", "43556", "6")).isFalse();
        assertThat(ClaimFinder.comparable("count:person@gpe:norvania", "120", "12")).isTrue();
        assertThat(ClaimFinder.comparable("count:vote@person:x", "283", "238")).isTrue();
    }

    @Test
    void aNameQualifyingTheProtagonistHoldsNoneOfItsFigure() {
        String lead = "The Harbour Party leads the count. The Harbour Party is pleased. ";
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count\n\n" + lead + "The Harbour Party (HP) of Tomas Brek came second with 21.8% and 87 seats.",
                "beta", "Count\n\n" + lead + "The Harbour Party took 21.8 per cent.",
                "gamma", "Count\n\n" + lead + "The Harbour Party won again.",
                "delta", "Count\n\n" + lead + "The Harbour Party held its ground."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05", "gamma", "2031-03-05", "delta", "2031-03-05"));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "came second").numbers().keySet())
                .noneMatch(k -> k.contains("tomas-brek"));
    }

    @Test
    void aHedgedFigureJoinsTheExactFigureItAdmits() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count\n\nThe Harbour Party of Tomas Brek came second in the vote of 3 March with 21.81% and 87 seats.",
                "beta", "Count\n\nThe Harbour Party took nearly 22 per cent."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05"));
        assertThat(corpus.claims()).anyMatch(c -> c.assertingDocs().containsAll(List.of("alpha", "beta")));
        assertThat(ClaimFinder.hedgedAlike("~22", "21.81")).isTrue();
        assertThat(ClaimFinder.hedgedAlike(">40", "40.18")).isTrue();
        assertThat(ClaimFinder.hedgedAlike(">40", "87")).isFalse();
        assertThat(ClaimFinder.hedgedAlike("22", "21.81")).isFalse();
    }

    @Test
    void figuresRoundedOrListedAreComparedAsTheyAllow() {
        assertThat(ClaimFinder.hedgedAlike("40.1", "40.05")).isTrue();
        assertThat(ClaimFinder.hedgedAlike("17", "17.4")).isFalse();
        assertThat(ClaimFinder.hedgedAlike("<3000000000", "3000000000")).isFalse();
        assertThat(ClaimFinder.oneMagnitude("6", "5894|>34000")).isFalse();
        assertThat(ClaimFinder.oneMagnitude("5900", "5894|>34000")).isTrue();
    }

    @Test
    void aTollForAPlaceNoMemberNamesContradictsNothing() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Unrest\n\nAccording to the ombudsman, at least 22 people have died since the protests began.",
                "beta", "Unrest\n\nAt least 22 people have been killed since the protests began, according to the ombudsman.",
                "gamma", "Unrest\n\nLast Thursday, in Kelmar, at least seven people died when soldiers and protesters clashed."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05", "gamma", "2031-03-05"));
        assertThat(contradictions(corpus)).isEmpty();
    }
}
