package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.SourceProfile;
import dev.parallax.corpus.SummarySentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompareStageTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "wire", "The ferry operator Nordline carried 120 passengers to Hallo Island on Saturday after the storm. "
                        + "Nordline director Piet Maas said the service would run daily from June.\n\n"
                        + "The island council thanked the crew for their work.",
                "gazette", "The ferry operator Nordline carried 95 passengers to Hallo Island on Saturday after the storm. "
                        + "The so-called recovery plan of the regime has failed the islanders, critics said.\n\n"
                        + "Nordline director Piet Maas said the service would run daily from June.",
                "blog", "Hallo Island residents complained about the price of the ferry tickets on Sunday. "
                        + "Tickets now cost twice as much as last year, according to the residents' association."));
    }

    @Test
    void aClaimToldByTwoSourcesIsCorroboratedAndOmittedByTheSourceCoveringItsEntities() {
        Claim daily = corpus.claims().stream().filter(c -> c.text().contains("run daily")).findFirst().orElseThrow();
        assertThat(daily.assertingDocs()).containsExactly("gazette", "wire");
        assertThat(daily.status()).isEqualTo(Claim.Status.corroborated);
        assertThat(daily.omittedBy()).containsExactly("blog");
        for (Evidence e : daily.assertedBy()) {
            assertThat(corpus.document(e.doc()).orElseThrow().text().substring(e.start(), e.end())).contains("run daily");
        }
    }

    @Test
    void differingNumbersForOneFactAreAContradiction() {
        Claim passengers = corpus.claims().stream().filter(c -> c.text().contains("passengers")).findFirst().orElseThrow();
        assertThat(passengers.status()).isEqualTo(Claim.Status.contested);
        assertThat(passengers.contradictedBy()).singleElement().satisfies(x -> {
            assertThat(x.aspect()).isEqualTo("number");
            assertThat(x.detail()).contains("120").contains("95");
        });
    }

    @Test
    void sourcesAreProfiledWithTheirLoadedTerms() {
        SourceProfile gazette = corpus.sources().stream().filter(s -> s.doc().equals("gazette")).findFirst().orElseThrow();
        assertThat(gazette.framing().loadedTerms()).extracting(SourceProfile.Term::term).contains("so-called", "regime");
        SourceProfile wire = corpus.sources().stream().filter(s -> s.doc().equals("wire")).findFirst().orElseThrow();
        assertThat(wire.quoted()).extracting(SourceProfile.Voice::name).containsExactly("Piet Maas");
        SourceProfile blog = corpus.sources().stream().filter(s -> s.doc().equals("blog")).findFirst().orElseThrow();
        assertThat(blog.quoted()).isEmpty();
        assertThat(wire.framing().loadedTerms()).extracting(SourceProfile.Term::term).doesNotContain("regime");
    }

    @Test
    void everySummarySentenceIsASourceSentenceCitedToIt() {
        assertThat(corpus.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(7);
        for (SummarySentence s : corpus.summary()) {
            Evidence first = s.evidence().get(0);
            assertThat(corpus.document(first.doc()).orElseThrow().text().substring(first.start(), first.end()).strip())
                    .isEqualTo(s.text());
        }
    }
}
