package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count of people "of N persons" counts people, not the noun the phrase hangs on; and a figure one source ties to a
 * participant, against the same count another source's grammar ties to no one, is still one measure of one claim.
 */
class OwnerlessFigureTest {

    private static List<String> contradictions(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail())).toList();
    }

    @Test
    void peopleIntroducedByOfAreWhatIsCounted() {
        Corpus corpus = Models.analyse(Map.of("alpha", "Airlift\n\n"
                + "By Sunday, Norvania had finished the evacuation by air of 212 persons from the port of Kelmar."));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "212 persons").numbers().keySet())
                .anyMatch(k -> k.startsWith("count:person@"));
    }

    @Test
    void anOwnedCountContradictsTheSameCountGivenToNoOne() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norvania airlift\n\n"
                        + "On Sunday, March 2, Norvania became the first country to announce a successful airlift, bringing 212 people by plane from Kelmar to Ostrava.",
                "beta", "Norvania airlift\n\n"
                        + "Already on Sunday, March 2, Norvania had completed the evacuation by air of 212 persons from Kelmar towards Ostrava.",
                "gamma", "The long way out\n\n"
                        + "Norvania flew 221 people from Kelmar to Ostrava on March 2."),
                Map.of("alpha", "2031-03-03", "beta", "2031-03-04", "gamma", "2031-03-05"));
        assertThat(contradictions(corpus)).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("221"));
    }

    @Test
    void anOwnerOnlyOneSentenceNamesBridgesNothing() {
        var a = statement(Map.of("count:person@", "212"), java.util.Set.of("gpe:norvania"));
        var b = statement(Map.of("count:person@gpe:norvania", "221"), java.util.Set.of("gpe:norvania"));
        var c = statement(Map.of("count:person@", "212"), java.util.Set.of("gpe:ostrava"));
        assertThat(ClaimFinder.ownerlessTwin("count:person@gpe:norvania", b, a)).isEqualTo("212");
        assertThat(ClaimFinder.ownerlessTwin("count:person@", a, b)).isEqualTo("221");
        assertThat(ClaimFinder.ownerlessTwin("count:person@gpe:norvania", b, c)).isNull();
    }

    private static ClaimFinder.Statement statement(Map<String, String> numbers, java.util.Set<String> entities) {
        return new ClaimFinder.Statement("d", 0, 1, "x", null, entities, java.util.Set.of(), numbers, java.util.Set.of(), false,
                false, 0, null, java.util.Set.of(), false, java.util.Set.of(), List.of(), java.util.Set.of(), null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false, null, false, Map.of());
    }

    @Test
    void aFigureDescribingAnUnnamedNounIsThatNounsNotANamedParticipants() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Polls\n\nThe Green League leads the polls with around a third of the vote, well ahead of the "
                        + "chancellor's party, which is polling at about 16%.",
                "beta", "Polls\n\nAnna Holm, who turned 58 in May, leads a Green League alliance polling above 30%."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05"));
        ClaimFinder.Statement alpha = StatementLookup.sentenceAt(corpus, "alpha", "polling at about 16%");
        assertThat(alpha.quantities()).singleElement().satisfies(q -> {
            assertThat(q.anchor()).isNull();
            assertThat(q.unnamedHolder()).isTrue();
        });
        ClaimFinder.Statement beta = StatementLookup.sentenceAt(corpus, "beta", "polling above 30%");
        assertThat(beta.quantities()).anySatisfy(q -> assertThat(q.unnamedHolder()).isFalse());
        String key = beta.numbers().keySet().stream().filter(k -> k.startsWith("percent@")).findFirst().orElseThrow();
        assertThat(ClaimFinder.ownerlessTwin(key, beta, alpha)).isNull();
        assertThat(contradictions(corpus)).isEmpty();
    }

    @Test
    void aFigureTwoParticipantsWonTogetherIsNeitherOnesShare() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Count\n\nIn the vote of 3 March, Tomas Brek of the Harbour Party won 26.5 percent, a record for a third party.",
                "beta", "Count\n\nIn the vote of 3 March, the Union candidate Oren Vale and the Harbour Party candidate Tomas Brek together obtained nearly 60 per cent."),
                Map.of("alpha", "2031-03-04", "beta", "2031-03-05"));
        assertThat(contradictions(corpus)).isEmpty();
    }
}
