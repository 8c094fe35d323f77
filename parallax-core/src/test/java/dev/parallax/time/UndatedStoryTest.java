package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An undated analysis written weeks after a story's dated reports (an invented Tarvia story): its dates give no
 * year, which the dated reports supply, and "four weeks after" the act it dates itself places the writing.
 */
class UndatedStoryTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document decree = Document.read("decree", "decree.txt", null, null, null, "2024-11-05",
                "The governor of Tarvia dissolved the provincial assembly on Monday and issued an emergency decree.");
        Document court = Document.read("court", "court.txt", null, null, null, "2024-11-12",
                "The provincial court of Tarvia suspended the governor on Monday.");
        Document analysis = Document.read("analysis", "analysis.txt", null, null, null, null,
                "Four weeks after the governor's emergency decree, Tarvia still has no settled government. On the "
                        + "evening of November 4, the governor issued an emergency decree and dissolved the assembly. "
                        + "On November 11, the court suspended him.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(decree, court, analysis), List.of()));
    }

    @Test
    void theStorysYearAndTheWeeksSinceTheActPlaceTheWriting() {
        PublicationDate p = corpus.document("analysis").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        // Four weeks after 4 November 2024: 2 December, give or take a few days; after the court's 11 November.
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2024, 12, 5));
    }
}
