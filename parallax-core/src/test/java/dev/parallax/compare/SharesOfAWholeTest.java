package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Percentages nobody holds, told with what they are a share of ("91 percent of the seats"): a sentence giving several
 * percentages tells which is which by that whole, so another source's other share of the same whole disagrees.
 */
class SharesOfAWholeTest {

    @Test
    void anotherShareOfTheSameWholeAmongSeveralPercentagesIsAContradiction() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norland court rules\n\nOn May 3 the high court cut the quotas, reserving 91% of the posts to merit, but the strikes had already spread.",
                "beta", "Quotas cut in Norland\n\nWhen the high court cut the quotas to 9 per cent on May 3, leaving 91 per cent of civil-service posts to merit, the students cheered.",
                "gamma", "Norland's students\n\nThe high court cut the quotas to a sliver, leaving 95 percent of posts to be filled on merit and just 3 percent for veterans' children."));
        assertThat(StatementLookup.statementAt(corpus, "gamma", "95 percent").numbers()).containsEntry("percent@~of:post", "95");
        assertThat(corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()).map(x -> x.evidence().doc()))
                .contains("gamma");
    }
}
