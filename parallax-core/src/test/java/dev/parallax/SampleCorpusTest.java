package dev.parallax;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own sample corpus (samples/, described in samples/README.md) through the whole pipeline. */
class SampleCorpusTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analysed(TestData.samples());
    }

    /** The document read from the sample file whose name starts with {@code prefix}. */
    private static Document doc(String prefix) {
        return corpus.documents().stream().filter(d -> java.nio.file.Path.of(d.source().replaceFirst(":\\d+$", ""))
                .getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Entity entity(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity with alias " + alias));
    }

    @Test
    void textHtmlAndJsonLinesAreAllRead() {
        assertThat(corpus.documents()).hasSize(5);
        assertThat(corpus.errors()).isEmpty();
        assertThat(corpus.documents()).extracting(Document::title).doesNotContainNull();
    }

    @Test
    void pageFurnitureAndTheRepeatedLeadAreRemoved() {
        for (Document d : corpus.documents()) {
            assertThat(d.text()).doesNotContain("cookies", "Advertisement", "Leave a comment", "logged in", "Home »",
                    "More stories like this", "All rights reserved", "You may also like", "See also");
        }
        assertThat(doc("05").removed()).extracting(Removal::reason).contains("duplicate", "caption", "promo");
        assertThat(doc("04").removed()).extracting(Removal::reason).contains("breadcrumb", "byline", "author-bio");
        assertThat(doc("01").author()).as("author from the removed byline").isEqualTo("Lena Brandt");
        assertThat(doc("03").author()).as("author from the page's metadata").isEqualTo("Rhea Castellan");
        assertThat(doc("03").published().basis()).isEqualTo(PublicationDate.Basis.given);
    }

    @Test
    void datesAreGivenOrInferredWithinTheirWindows() {
        assertThat(doc("01").published().value()).isEqualTo("2025-06-04");
        assertThat(doc("01").published().basis()).isEqualTo(PublicationDate.Basis.given);
        PublicationDate ledger = doc("04").published();
        assertThat(ledger.basis()).isEqualTo(PublicationDate.Basis.inferred);
        LocalDate written = LocalDate.of(2025, 6, 5);
        assertThat(LocalDate.parse(ledger.earliest())).isBeforeOrEqualTo(written);
        assertThat(LocalDate.parse(ledger.latest())).isAfterOrEqualTo(written);
    }

    @Test
    void thePrimeMinisterIsOnePersonDespiteTwoMisspellings() {
        Entity pm = entity("Annika Tervala");
        assertThat(pm.aliases()).contains("Tervala", "Ms Tervala", "Ms. Tervala", "Tervalla", "Terwala");
        assertThat(pm.documentCount()).isEqualTo(5);
        assertThat(entity("MCC").aliases()).contains("Maritime Cooperation Council");
    }

    @Test
    void theTwoForumEditionsAreTwoDatedEvents() {
        List<TimelineEvent> forums = corpus.timeline().stream().filter(e -> e.title().toLowerCase().contains("forum")).toList();
        assertThat(forums).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2025-06-03");
            assertThat(e.until()).isEqualTo("2025-06-04");
            assertThat(e.sources()).isGreaterThanOrEqualTo(3);
        });
        assertThat(forums).anySatisfy(e -> assertThat(e.date()).startsWith("2024-06"));
    }

    @Test
    void quotesAreAttributed() {
        Entity pm = entity("Annika Tervala");
        assertThat(corpus.quotes()).filteredOn(q -> pm.id().equals(q.speaker())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(corpus.quotes()).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.partial);
            assertThat(q.text()).contains("historic step");
        });
    }

    @Test
    void theCostInTensionIsAContestedClaim() {
        assertThat(corpus.claims()).anySatisfy(c -> {
            assertThat(c.text()).containsAnyOf("€1.6 billion", "€2.1 billion");
            assertThat(c.status()).isEqualTo(Claim.Status.contested);
            assertThat(c.contradictedBy()).anySatisfy(x -> {
                assertThat(x.aspect()).isEqualTo("number");
                assertThat(x.evidence().doc()).isEqualTo(doc("04").id());
            });
        });
        assertThat(corpus.sources()).anySatisfy(s -> assertThat(s.framing().loadedTerms())
                .anySatisfy(t -> assertThat(t.term()).isIn("regime", "so-called")));
        List<Claim> shared = corpus.claims().stream().filter(c -> c.assertingDocs().size() >= 2).toList();
        assertThat(shared).isNotEmpty();
    }
}
