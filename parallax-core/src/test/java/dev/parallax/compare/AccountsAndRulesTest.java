package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures that are no report of one value against another: two lower bounds, counts on the accounts of two named
 * bodies, a rule or condition beside a measured value; and a denial inside what a sentence of telling reports.
 */
class AccountsAndRulesTest {

    private static Corpus tolls;
    private static Corpus rules;
    private static Corpus comments;

    @BeforeAll
    static void analyse() {
        tolls = Models.analyse(Map.of(
                "alpha", "Clashes in Dunmore\n\n"
                        + "At least 31 people were killed in Friday's clashes in Dunmore, according to the Ostland Red Cross, "
                        + "which said most had been shot.",
                "beta", "Night of violence\n\n"
                        + "According to the Ostland Rights League, at least 34 people have been killed in Dunmore during "
                        + "Friday's clashes and the night that followed."),
                Map.of("alpha", "2031-05-03", "beta", "2031-05-03"));
        rules = Models.analyse(Map.of(
                "alpha", "The run-off in Norvania\n\n"
                        + "Turnout in the Norvanian run-off was about 71%, the highest in a run-off since 1988.",
                "beta", "How the run-off works\n\n"
                        + "Any candidate who wins the votes of 15% of registered voters in the Norvanian run-off goes through, "
                        + "and with turnout so high many seats will see three candidates."),
                Map.of("alpha", "2031-05-03", "beta", "2031-05-03"));
        comments = Models.analyse(Map.of(
                "alpha", "Crash at Kelmar\n\n"
                        + "The transport ministry of Ostland said it would not comment on the cause of the Kelmar crash while the inquiry was under way.",
                "beta", "Kelmar inquiry\n\n"
                        + "The transport ministry of Ostland has not commented on the cause of the Kelmar crash."),
                Map.of("alpha", "2031-05-03", "beta", "2031-05-04"));
    }

    private static List<String> contradictions(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail())).toList();
    }

    @Test
    void twoLowerBoundsNeverContradict() {
        assertThat(ClaimFinder.comparable("count:person@", ">31", ">34")).isFalse();
        assertThat(ClaimFinder.comparable("count:person@", "31", ">34")).isTrue();
        assertThat(ClaimFinder.comparable("count:person@", "<31", "<34")).isTrue();
    }

    @Test
    void countsOnTheAccountsOfTwoNamedBodiesAreTwoAccounts() {
        var a = StatementLookup.statementAt(tolls, "alpha", "At least 31");
        var b = StatementLookup.statementAt(tolls, "beta", "at least 34");
        assertThat(a.tellers()).isNotEmpty();
        assertThat(b.tellers()).isNotEmpty();
        assertThat(ClaimFinder.otherAccounts(a, b, "count:person@")).isTrue();
        assertThat(ClaimFinder.otherAccounts(a, b, "money:EUR@")).isFalse();
        assertThat(contradictions(tolls)).isEmpty();
    }

    @Test
    void aRuleIsNoReportOfAValue() {
        var rule = StatementLookup.statementAt(rules, "beta", "Any candidate");
        var found = StatementLookup.statementAt(rules, "alpha", "Turnout");
        assertThat(ClaimFinder.givenAsRule(rule, "percent@")).isTrue();
        assertThat(ClaimFinder.givenAsRule(found, "percent@")).isFalse();
        assertThat(contradictions(rules)).isEmpty();
    }

    @Test
    void aDenialInWhatIsToldIsTheSentencesPolarity() {
        assertThat(StatementLookup.statementAt(comments, "alpha", "would not comment").negated()).isTrue();
        assertThat(StatementLookup.statementAt(comments, "beta", "has not commented").negated()).isTrue();
        assertThat(contradictions(comments)).noneMatch(x -> x.contains("polarity"));
    }
}
