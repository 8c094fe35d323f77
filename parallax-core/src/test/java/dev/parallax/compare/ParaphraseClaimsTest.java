package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims told in different words by different sources are one claim. */
class ParaphraseClaimsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Grain dispute deepens\n\n"
                        + "The Tribunal of Corsana issued a warrant for the arrest of Anton Kessler in May over the smuggling "
                        + "of grain from Ostrava, an accusation Kessler rejects. "
                        + "Delegates of the river league met in Velmar on Monday to discuss the grain trade. "
                        + "Velmar voted against the new levy on barges, and the league's secretary urged members to delay it.",
                "beta", "River league splits over barge levy\n\n"
                        + "Delegates of the river league met in Velmar on Monday. "
                        + "The Tribunal of Corsana issued the warrant against Kessler on May 9. "
                        + "Velmar's no vote, pushed through by its mayor against the advice of the harbour board, changed nothing in the result.",
                "gamma", "Barge owners count the cost\n\n"
                        + "Delegates of the river league met in Velmar on Monday, and barge owners protested outside. "
                        + "The levy will cost the owners of the largest barges about 4,000 crowns a year."));
    }

    private static java.util.List<Claim> allCovering(String doc, String words) {
        String text = corpus.document(doc).orElseThrow().text();
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return corpus.claims().stream()
                .filter(c -> c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end()))
                .toList();
    }

    @Test
    void theSameActorDoingTheSameThingToTheSameKindOfThingIsOneClaim() {
        // "issued a warrant" / "issued the warrant": the object noun makes the two actions one.
        assertThat(allCovering("beta", "issued the warrant against Kessler"))
                .anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
    }

    @Test
    void oneVoteToldInDifferentWordsIsOneClaim() {
        assertThat(allCovering("beta", "no vote, pushed through"))
                .anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
    }

    @Test
    void sourcesThatAgreeAreNeverContradicted() {
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }
}
