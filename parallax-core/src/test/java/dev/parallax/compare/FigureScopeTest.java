package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose figure a figure is when a sentence names two candidates ("A had 51 percent against 40 percent for B"), and
 * which figures measure the same thing: results of two rounds of a contest, or of a day after a source was
 * published, are two facts and never contradict each other.
 */
class FigureScopeTest {

    /** The figures (unit@holder → values) of the whole sentence holding {@code words}. */
    private static Map<String, String> figuresAt(Corpus corpus, String doc, String words) {
        return statementAt(corpus, doc, words).numbers();
    }

    private static ClaimFinder.Statement statementAt(Corpus corpus, String doc, String words) {
        return StatementLookup.statementAt(corpus, doc, words);
    }

    private static List<String> contradictionDetails(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream())
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail()).toList();
    }

    @Test
    void aFigureTakesTheNameAfterItsForOrRightBeforeItEvenAProtagonists() {
        // Varga and Helm are named by every article: protagonists, whose figures the story's sentences tell.
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Varga leads in Norland\n\nWith most ballots counted, Anna Varga had 51.2 percent of the vote against 40.3 percent for Tomas Helm, the electoral board said. Helm spoke to supporters in Ostby.",
                "beta", "Norland count\n\nIn the count so far, Anna Varga had reached 51.2 percent, Tomas Helm 40.3 percent. Varga thanked her voters and Helm thanked his.",
                "gamma", "Norland votes\n\nAnna Varga and Tomas Helm both voted early on Sunday. Varga said she was confident, Helm said he was too.",
                "delta", "Waiting in Norland\n\nSupporters of Anna Varga and of Tomas Helm waited outside the board's offices. Varga and Helm met briefly."));
        Map<String, String> alpha = figuresAt(corpus, "alpha", "against 40.3 percent");
        assertThat(alpha).containsEntry("percent@person:tomas-helm", "40.3").containsEntry("percent@person:anna-varga", "51.2");
        Map<String, String> beta = figuresAt(corpus, "beta", "Tomas Helm 40.3 percent");
        assertThat(beta).containsEntry("percent@person:tomas-helm", "40.3").containsEntry("percent@person:anna-varga", "51.2");
    }

    @Test
    void theShareARelativeClauseGivesIsItsAntecedentsAndSoIsOneWonWithSeats() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norland run-off\n\nVarga also had the endorsement of Ilse Moor, the ecologist who had taken 6.1 per cent.",
                "beta", "Norland chamber\n\nPiet Lund won the chamber's vote on Tuesday with 97 votes, the clerk said."));
        assertThat(figuresAt(corpus, "alpha", "who had taken")).containsEntry("percent@person:ilse-moor", "6.1");
        assertThat(figuresAt(corpus, "beta", "with 97 votes")).containsEntry("count:vote@person:piet-lund", "97");
    }

    @Test
    void resultsOfTwoRoundsNeitherJoinNorContradict() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norland votes again\n\nIn the first round Anna Varga took 48.1 percent of the vote, short of a majority.",
                "beta", "Varga wins Norland\n\nIn the run-off Anna Varga took 53.4 percent of the vote, a clear majority.",
                "gamma", "Norland's president\n\nAnna Varga took 48.1 percent of the vote in the first round, short of a majority, the board said."));
        assertThat(contradictionDetails(corpus)).isEmpty();
        for (Claim c : corpus.claims()) {
            if (c.assertingDocs().contains("beta")) assertThat(c.assertingDocs()).as(c.text()).containsExactly("beta");
        }
    }

    @Test
    void aFigureForADayAfterAnotherSourceWasPublishedIsAnotherFigure() {
        Corpus corpus = Models.analyse(Map.of(
                        "alpha", "Norland count\n\nWith most ballots counted, Anna Varga had 48.1 percent of the vote, the electoral board said.",
                        "beta", "Varga wins\n\nOn March 17 Anna Varga had 53.4 percent of the vote, the electoral board said."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-19"));
        assertThat(contradictionDetails(corpus)).isEmpty();
    }

    @Test
    void aDenialContradictsOnlyWhatAffirmsTheDeniedPredicate() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Opposition regroups\n\nTomas Helm has led the Green League in Norland since 2015.",
                "beta", "Helm stays\n\nThe leader of the Green League in Norland since 2015, Tomas Helm, has so far refused to resign.",
                "gamma", "Helm goes\n\nTomas Helm, the leader of the Green League in Norland, resigned on Monday."));
        ClaimFinder.Statement led = statementAt(corpus, "alpha", "has led"), refused = statementAt(corpus, "beta", "refused"),
                resigned = statementAt(corpus, "gamma", "resigned");
        assertThat(refused.negated()).isTrue();
        assertThat(ClaimFinder.deniesWhatOtherAffirms(refused, led)).isFalse();
        assertThat(ClaimFinder.deniesWhatOtherAffirms(refused, resigned)).isTrue();
    }

    @Test
    void aShareGivenForTheSameRoundAsAClaimsMemberContradictsIt() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norland count\n\nThe ecologist Ilse Moor took 6.1 percent, enough to make her a kingmaker.",
                "beta", "Moor decides\n\nThe ecologist Ilse Moor, who had obtained 6.1 percent in the first round, endorsed Anna Varga on Monday.",
                "gamma", "Varga wins\n\nVarga also had the endorsement of Ilse Moor, the ecologist who had taken 8.3 per cent in the first round.",
                "delta", "Norland's president\n\nIn the run-off Anna Varga took 53.4 percent of the vote."));
        assertThat(contradictionDetails(corpus)).anyMatch(d -> d.startsWith("gamma number") && d.contains("8.3"));
    }

    @Test
    void sumsOfDifferentThingsDoNotContradict() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Velmar seeks help\n\nVelmar stopped payments on its $40 billion of foreign debt and is talking to the Coastal Fund, the finance ministry said.",
                "beta", "Fund talks\n\nVelmar is talking to the Coastal Fund about a loan of about $2 billion, the finance ministry said."));
        assertThat(contradictionDetails(corpus)).isEmpty();
    }

    @Test
    void theWholeAPartIsOfAndAShareAmongAGroupAreNotTheHoldersFigures() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norland chamber\n\nThe Harbour Bloc of Anna Varga won 212 of the 400 seats in the chamber on Sunday.",
                "beta", "Norland abroad\n\nAnna Varga took around 71 percent of the votes among Norlanders living abroad, the board said."));
        assertThat(figuresAt(corpus, "alpha", "212 of the 400")).containsValue("212").doesNotContainValue("400");
        assertThat(figuresAt(corpus, "beta", "around 71 percent")).doesNotContainValue("71").doesNotContainValue("~71");
    }
}
