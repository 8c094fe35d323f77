package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's name in another language stated by the text, slips in a short titled surname, and a surname the tagger
 * took for an organisation; invented articles throughout.
 */
class OtherNamesAndSlipsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The property developer Tan Wai Kit built homes in forty cities. Mr Tan, who is also known by the "
                        + "Mandarin form of his name, Chen Weijie, has been held by police since May. Investors said "
                        + "Mr Tna had promised them returns. Regulators said Mr Tan owed them money.",
                "b", "Chen Weijie was fined 20 million yuan by the regulator on Monday."));
    }

    @Test
    void aNameInAnotherLanguageTheTextGivesJoinsItsPerson() {
        assertThat(EntitiesHolding.only(corpus, "Tan Wai Kit").aliases()).contains("Chen Weijie");
    }

    @Test
    void aShortTitledSurnameWithTwoLettersSwappedIsTheArticlesPerson() {
        assertThat(EntitiesHolding.only(corpus, "Tan Wai Kit").aliases()).contains("Mr Tna");
    }

    @Test
    void aSurnameTheTaggerTookForABodyIsThePersonTheArticleNamed() {
        // "On his return, Lamego has declared ..." tagged an organisation after "Ricardo Lamego" in the same article.
        var clusters = HandBuiltCandidates.resolve(HandBuiltCandidates.named("c", "Ricardo Lamego", "PERSON"),
                HandBuiltCandidates.named("c", "Lamego", "ORGANIZATION"));
        assertThat(HandBuiltCandidates.together(clusters, "Ricardo Lamego", "Lamego")).isTrue();
    }
}
