package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A short sentence of its own that names nobody and gives no figure is still a statement a claim can hold. */
class ShortStatementTest {

    @Test
    void aShortSentenceNamingNobodyJoinsTheClaimItRetells() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Levy case drags on\n\n"
                        + "The barge owners of Velmar asked the tribunal to annul the new levy on river freight. "
                        + "The hearing had been adjourned repeatedly while the owners and the league argued over the accounts.",
                "beta", "No ruling yet on the barge levy\n\n"
                        + "The barge owners of Velmar want the levy on river freight annulled by the tribunal. "
                        + "The hearing has been adjourned repeatedly."));
        String text = corpus.document("beta").orElseThrow().text();
        int at = text.indexOf("The hearing has been adjourned");
        List<Claim> holding = corpus.claims().stream()
                .filter(c -> c.assertedBy().stream().anyMatch(e -> e.doc().equals("beta") && e.start() <= at && at < e.end()))
                .toList();
        assertThat(holding).anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
    }
}
