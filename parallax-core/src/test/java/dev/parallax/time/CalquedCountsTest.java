package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts that translated news writes as calques: "at the 90th hour" (the hours since a disaster, a length) and
 * "the meeting of Friday a week ago" (the Friday of the week before). Invented reports about the town of Orvik, written
 * on Sunday 16 June 2024.
 */
class CalquedCountsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                Document.read("hour", "hour.txt", null, null, null, "2024-06-16",
                        "Rescuers of Orvik pulled a miner alive from the collapsed shaft at the 90th hour."),
                Document.read("ago", "ago.txt", null, null, null, "2024-06-16",
                        "The harbour party of Orvik has the council meeting of Friday a week ago boycotted.")), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void anOrdinalHourIsTheLengthSinceTheDisaster() {
        TemporalExpression t = expr("hour", "90th hour");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("PT90H");
    }

    @Test
    void aWeekdayAWeekAgoIsThatWeekdayOfTheWeekBefore() {
        assertThat(expr("ago", "Friday").value()).isEqualTo("2024-06-07");
    }
}
