package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An undated report in a story of dated ones (an invented Velmar dock strike): the range of days its past toll covers
 * puts the writing after the range's end, and "yesterday (Friday)" on a Saturday, the first after that end.
 */
class WritingWeekdayStoryTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document riots = Document.read("riots", "riots.txt", null, null, null, "2030-03-28",
                "Police in Velmar fired on striking dockers on Tuesday, the dockers' union said.");
        Document mayor = Document.read("mayor", "mayor.txt", null, null, null, "2030-04-03",
                "The mayor of Velmar resigned on Monday after weeks of strikes in the port.");
        Document audit = Document.read("audit", "audit.txt", null, null, null, null,
                "Some 80 people were hurt in Velmar from 12 March to 2 April during the dock strikes. The ombudsman of "
                        + "Velmar published the findings in a report yesterday (Friday) in Lisbon. The report blames the "
                        + "police for most of the injuries.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(riots, mayor, audit), List.of()));
    }

    @Test
    void theWritingIsTheFirstSaturdayAfterTheRangeTold() {
        PublicationDate p = corpus.document("audit").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        assertThat(LocalDate.parse(p.value()).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.parse(p.earliest())).isAfter(LocalDate.of(2030, 4, 2));
        assertThat(p.value()).isEqualTo("2030-04-06");
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2030, 4, 6));
    }
}
