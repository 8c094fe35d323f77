package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.TemporalExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeStageTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document dated = Document.read("dated", "dated.txt", null, null, null, "2024-03-15",
                "The minister said on Monday that the talks would resume next week. The harbour forum will be held "
                        + "from April 3 to 5. Earlier this year, the council met in Oslo. The treaty was signed on December 12.");
        Document undated = Document.read("undated", "undated.txt", null, null, null, null,
                "The Baltic Harbour Forum will open in Riga next week, organisers said on Friday. "
                        + "The Baltic Harbour Forum runs from 11th to 12th September 2025 and will gather ministers from eight countries.");
        Document noDates = Document.read("nodates", "nodates.txt", null, null, null, null,
                "The ferry company said it would add two boats to the island route.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(dated, undated, noDates), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return corpus.temporal().stream().filter(t -> t.doc().equals(doc) && t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + doc + ": " + corpus.temporal()));
    }

    @Test
    void relativeExpressionsResolveAgainstTheDocumentDateInTheDirectionOfTheTense() {
        assertThat(expr("dated", "Monday").value()).isEqualTo("2024-03-11");
        assertThat(expr("dated", "next week").value()).isEqualTo("2024-03-18/2024-03-24");
        assertThat(expr("dated", "December 12").value()).isEqualTo("2023-12-12");
        assertThat(expr("dated", "Earlier this year").value()).isEqualTo("2024");
    }

    @Test
    void rangesKeepBothEnds() {
        assertThat(expr("dated", "April 3 to 5").value()).isEqualTo("2024-04-03/2024-04-05");
        assertThat(expr("undated", "11th to 12th September 2025").value()).isEqualTo("2025-09-11/2025-09-12");
    }

    @Test
    void anUndatedArticleIsPlacedByItsOwnStatements() {
        PublicationDate p = corpus.document("undated").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2025, 9, 7));
        assertThat(p.evidence()).isNotEmpty();
        assertThat(expr("undated", "Friday").value()).startsWith("2025-0");
    }

    @Test
    void givenDatesAreKeptAndArticlesWithoutEvidenceStayUnknown() {
        assertThat(corpus.document("dated").orElseThrow().published().basis()).isEqualTo(PublicationDate.Basis.given);
        PublicationDate none = corpus.document("nodates").orElseThrow().published();
        assertThat(none.basis()).isEqualTo(PublicationDate.Basis.unknown);
        assertThat(none.value()).isNull();
    }

    @Test
    void theTimelineHoldsTheDatedEvent() {
        assertThat(corpus.timeline()).anySatisfy(e -> {
            assertThat(e.title()).contains("Baltic Harbour Forum");
            assertThat(e.date()).isEqualTo("2025-09-11");
            assertThat(e.until()).isEqualTo("2025-09-12");
        });
    }
}
