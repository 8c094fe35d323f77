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

/**
 * Dates that hang on an act rather than on the writing (invented stories about the town of Lindby): a weekday
 * counted from an act the article dates ("the Wednesday after the collapse"), and a date a past act aims at
 * ("voted to bring the election forward to April 2031"), which is no day the writing comes after.
 */
class ActAnchoredDatesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document bridge = Document.read("bridge", "bridge.txt", null, null, null, "2024-05-16",
                "The old bridge of Lindby fell into the river on May 2. Two fishermen were rescued on the Wednesday "
                        + "after the collapse, the harbour master said.");
        Document vote = Document.read("vote", "vote.txt", null, null, null, null,
                "The mayor of Lindby resigned on March 3, 2027, after a long quarrel with the council. On Tuesday the "
                        + "council voted by 20 to 9 to bring the local election forward to April 2031.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(bridge, vote), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aWeekdayAfterAnActCountsFromTheActsDay() {
        // May 2, 2024 was a Thursday: the Wednesday after it is May 8, not the Wednesday before the writing.
        assertThat(expr("bridge", "Wednesday").value()).isEqualTo("2024-05-08");
    }

    @Test
    void theTargetOfAPastActIsNoLowerBoundOfTheWriting() {
        PublicationDate p = corpus.document("vote").orElseThrow().published();
        assertThat(p.earliest()).isNotNull();
        assertThat(LocalDate.parse(p.earliest())).isBefore(LocalDate.of(2028, 1, 1));
        assertThat(LocalDate.parse(p.latest())).isBefore(LocalDate.of(2031, 4, 1));
    }

    @Test
    void aDateAfterToOrUntilIsTheTargetOfItsAct() {
        String text = "The council voted to move the vote forward to April 2031 and to keep the mayor until May 2032.";
        assertThat(PublicationDates.target(text, text.indexOf("April"))).isTrue();
        assertThat(PublicationDates.target(text, text.indexOf("May"))).isTrue();
        String past = "The council voted on April 3, 2031.";
        assertThat(PublicationDates.target(past, past.indexOf("April"))).isFalse();
    }
}
