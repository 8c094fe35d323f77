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
 * story reports), a person's age one year apart in articles written months apart or beside an article whose date
 * was misread, and a denial beside a sentence that names the denied doing only inside what was asked for. And
 * sources that do not: a sum of the same thing the others give otherwise, a total counted as "A, B and seven others".
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

    @Test
    void aSumTheOtherSourcesGiveOtherwiseIsTheOddOneOut() {
        ClaimFinder.Statement alpha = statement("alpha", sum("1520000000000", '~', "liability"), sum("1110000000000", '=', "asset")),
                beta = statement("beta", sum("1520000000000", '~', "liability")),
                gamma = statement("gamma", sum("1520000000000", '=', "liability")),
                delta = statement("delta", sum("1250000000000", '~', "liability")),
                debts = statement("debts", sum("1250000000000", '=', "debt"));
        List<ClaimFinder.Statement> cluster = List.of(alpha, beta, gamma, delta);
        // Alpha's sum of liabilities, not its sum of assets, is the one compared.
        assertThat(ClaimFinder.outvoted(delta, cluster)).startsWith("money:ZAR@: ").endsWith(" vs ~1250000000000");
        assertThat(ClaimFinder.outvoted(beta, cluster)).isNull();
        // A sum of another thing is another figure.
        assertThat(ClaimFinder.outvoted(debts, List.of(alpha, beta, gamma, debts))).isNull();
    }

    @Test
    void oneConversionDoesNotMakeTwoSumsOfOneCurrencyOneSum() {
        // "1.52 trillion rand (about $80 billion)" has filed the dollars under the rand; "1.25 trillion rand, about
        // $80bn" would join the two sums in rand.
        Map<String, String> into = Map.of("money:$@=80000000000", "money:ZAR@=1520000000000");
        assertThat(ClaimFinder.clash(into, "money:ZAR@=1250000000000", "money:ZAR@=1520000000000")).isTrue();
        assertThat(ClaimFinder.clash(into, "money:EUR@=90000000000", "money:ZAR@=1520000000000")).isFalse();
    }

    private static Quantities.Quantity sum(String value, char bound, String thing) {
        return new Quantities.Quantity("money:ZAR", value, null, 0, 1, bound, thing);
    }

    private static ClaimFinder.Statement statement(String doc, Quantities.Quantity... qs) {
        return new ClaimFinder.Statement(doc, 0, 1, "x", null, java.util.Set.of(), java.util.Set.of(), Quantities.byKey(List.of(qs)),
                java.util.Set.of(), false, false, 0, null, java.util.Set.of(), false, java.util.Set.of(), List.of(qs),
                java.util.Set.of(), null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false, null, false, Map.of());
    }

    @Test
    void aCountOfOthersBesideNamedPeopleIsTheWholeGroupHeldByNone() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Ferry sinks\n\n"
                        + "Norvania's President Anton Brisk, Foreign Minister Ilse Moor and seven other people drowned when "
                        + "their ferry sank off Kelmar on Sunday.",
                "beta", "Kelmar mourns\n\n"
                        + "The coast guard said 12 sailors and three other people were rescued off Kelmar on Sunday."));
        assertThat(sentenceAt(corpus, "alpha", "seven other people").quantities())
                .anySatisfy(q -> {
                    assertThat(q.unit()).isEqualTo("count:person");
                    assertThat(q.value()).isEqualTo("9");
                    assertThat(q.anchor()).isNull();
                });
        // Beside a group counted on its own, the others are a count of their own.
        assertThat(sentenceAt(corpus, "beta", "three other people").quantities())
                .anySatisfy(q -> assertThat(q.value()).isEqualTo("3"));
    }

    @Test
    void anAgeOneYearApartBesideAnArticleOfUnknownDateAgrees() {
        Map<String, String> texts = Map.of(
                "dated", "Challenger rallies\n\n"
                        + "Marit Osterlund, a 64-year-old former diplomat who had never run for office before, asked her "
                        + "supporters in Norvania to stay calm.",
                "undated", "Challenger in exile\n\n"
                        + "Marit Osterlund, a soft-spoken 65-year-old former diplomat who had never run for office before, "
                        + "asked her supporters in Norvania to stay calm.");
        Corpus corpus = Models.analyse(texts, Map.of("dated", "2031-07-02"));
        ClaimFinder.Statement dated = sentenceAt(corpus, "dated", "64-year-old"), undated = sentenceAt(corpus, "undated", "65-year-old");
        if (undated.written() == null) {
            assertThat(ClaimFinder.agedBetween(dated, "64", undated, "65")).isTrue();
            assertThat(ClaimFinder.agedBetween(dated, "64", undated, "66")).isFalse();
        }
        assertThat(contradictions(corpus)).isEmpty();
    }
}
