package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.parallax.compare.StatementLookup.sentenceAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources that agree though their sentences differ: rival shares each given as what one party says (a dispute the
 * story reports), a person's age one year apart in articles written months apart, and a denial beside a sentence
 * that names the denied doing only inside what was asked for.
 */
class SourcesAgreeTest {

    private static List<String> contradictions(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail())).toList();
    }

    @Test
    void sharesEachGivenOnARivalPartysAccountAreADisputeNotAContradiction() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count disputed in Norvania\n\n"
                        + "The Norvanian Electoral Board declared Jon Strand the winner of the presidential vote, giving him "
                        + "52.3% of the vote against 41.8% for the challenger Marit Osterlund.",
                "beta", "Challenger claims victory\n\n"
                        + "The opposition says the copies of the tally sheets collected by its witnesses show that Marit "
                        + "Osterlund won about 64% of the vote, against about 33% for Jon Strand."),
                Map.of("alpha", "2031-05-03", "beta", "2031-05-04"));
        ClaimFinder.Statement board = sentenceAt(corpus, "alpha", "declared Jon Strand"),
                opposition = sentenceAt(corpus, "beta", "The opposition says");
        assertThat(opposition.tellers()).containsExactly("~opposition");
        assertThat(board.tellers()).isNotEmpty().doesNotContain("~opposition");
        assertThat(ClaimFinder.otherAccounts(board, opposition, "percent@person:marit-osterlund")).isTrue();
        // A sum two bodies put apart stays a disagreement.
        assertThat(ClaimFinder.otherAccounts(board, opposition, "money:€@")).isFalse();
        assertThat(contradictions(corpus)).isEmpty();
    }

    @Test
    void anAgeOneYearOlderInAnAlikeSentenceMonthsLaterAgrees() {
        Map<String, String> texts = Map.of(
                "summer", "Challenger rallies\n\n"
                        + "Marit Osterlund, a 64-year-old former diplomat who had never run for office before, asked her "
                        + "supporters in Norvania to stay calm.",
                "autumn", "Challenger in exile\n\n"
                        + "Marit Osterlund, a soft-spoken 65-year-old former diplomat who had never run for office before, "
                        + "asked her supporters in Norvania to stay calm.");
        // Days apart, no birthday explains both ages.
        assertThat(contradictions(Models.analyse(texts, Map.of("summer", "2031-07-02", "autumn", "2031-07-05")))).isNotEmpty();
        Corpus corpus = Models.analyse(texts, Map.of("summer", "2031-07-02", "autumn", "2031-09-20"));
        assertThat(ClaimFinder.agedSince("age@person:marit-osterlund", sentenceAt(corpus, "summer", "64-year-old"), "64",
                sentenceAt(corpus, "autumn", "65-year-old"), "65")).isTrue();
        assertThat(contradictions(corpus)).isEmpty();
    }

    @Test
    void aDenialIsNotGainsaidByTheDoingNamedInsideWhatWasAskedFor() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Board silent\n\n"
                        + "The Norvanian Electoral Board has still not published a single result from the polling stations.",
                "beta", "Council fails\n\n"
                        + "The announcement came a day after the Regional Council failed to approve a resolution calling on "
                        + "the Norvanian Electoral Board to publish the results of each polling station.",
                "gamma", "Board publishes\n\n"
                        + "The Norvanian Electoral Board published the results of each polling station on Friday."),
                Map.of("alpha", "2031-05-03", "beta", "2031-05-03", "gamma", "2031-05-03"));
        ClaimFinder.Statement denial = sentenceAt(corpus, "alpha", "has still not published");
        assertThat(denial.negated()).isTrue();
        assertThat(ClaimFinder.deniesWhatOtherAffirms(denial, sentenceAt(corpus, "beta", "The announcement came"))).isFalse();
        assertThat(ClaimFinder.deniesWhatOtherAffirms(denial, sentenceAt(corpus, "gamma", "published the results"))).isTrue();
    }
}
