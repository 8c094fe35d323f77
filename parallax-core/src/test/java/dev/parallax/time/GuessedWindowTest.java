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
 * An undated article written weeks after the story's burst of dated coverage (an invented port story): the story's
 * dates only guess its window, so the event it shares with a later article must be able to move it out of the guess.
 */
class GuessedWindowTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document walkout = Document.read("walkout", "walkout.txt", null, null, null, "2025-04-10",
                "Dock workers at the port of Valmora walked out on Monday over night shifts, the Valmora Dockers "
                        + "Union said. Container traffic stopped.");
        Document strike = Document.read("strike", "strike.txt", null, null, null, "2025-04-12",
                "The strike at the port of Valmora continued on Friday. Union leader Ines Kovar said that members "
                        + "would not return to work.");
        Document review = Document.read("review", "review.txt", null, null, null, "2025-06-20",
                "The harbour court of Valmora ordered the seizure of the freighter Orla on 13 May 2025 over unpaid "
                        + "harbour fees of 4 million euros. The owner, Brisk Lines, paid the fees in June.");
        Document undated = Document.read("undated", "undated.txt", null, null, null, null,
                "The harbour court of Valmora ordered on Tuesday the seizure of the freighter Orla and claims 4 "
                        + "million euros of unpaid harbour fees from its owner, Brisk Lines. The dock strike had ended "
                        + "on 18 April. Contacted this Wednesday, Brisk Lines did not respond.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(walkout, strike, review, undated), List.of()));
    }

    @Test
    void aSharedEventPlacesTheArticleOutsideTheStorysGuess() {
        PublicationDate p = corpus.document("undated").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        // Its Tuesday is the court's 13 May, not a Tuesday of the April burst the other dates suggest.
        assertThat(LocalDate.parse(p.earliest())).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2025, 5, 19));
        // "Contacted this Wednesday" after that Tuesday: written on the Wednesday.
        assertThat(p.value()).isEqualTo("2025-05-14");
        assertThat(corpus.temporal()).anySatisfy(t -> {
            assertThat(t.doc()).isEqualTo("undated");
            assertThat(t.text()).isEqualTo("18 April");
            assertThat(t.value()).isEqualTo("2025-04-18");
        });
    }
}
