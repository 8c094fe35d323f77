package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.TemporalExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date expressions SUTime reads merged or not at all, and yearless dates whose year the clause decides: a date and a
 * distance set beside it, a date and the day naming it, a count after "the second round", a range of months of two
 * years, "the 6. November", "two years and two days", "the evening of the same day", "the end of the month", a month
 * in a past clause written near the year's end, the end of a state ("until January 31"), an event announced with its
 * date, and feasts the tagger takes for names. Invented stories about the port of Velmar.
 */
class MergedExpressionsTest {

    private static Corpus corpus;

    private static Document doc(String id, String date, String text) {
        return Document.read(id, id + ".txt", null, null, null, date, text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                doc("distance", "2030-12-20", "The vote in Velmar will be on February 23rd, 55 days from now. The ferry "
                        + "line ran from December 2026 to November 2030. The harbour board, founded in January, has twelve members."),
                doc("earlier", "2031-01-09", "The riot was compared to the storming of the town hall of Velmar on January 6, "
                        + "2029, two years earlier almost to the day. The attack came two years and two days after the first riot."),
                doc("dotted", "2030-12-28", "The strike had begun in the evening of the 6. November, when the dockers walked "
                        + "out of the port of Velmar."),
                doc("dayof", "2031-01-10", "The interventor now runs the port police of Velmar until the end of the month. "
                        + "The strike began on the 18 June, the day of the first march."),
                doc("sameday", "2030-09-17", "The dockers of Velmar marched yesterday, Monday. In the evening of the same day, "
                        + "a crowd burned the mayor's car."),
                doc("until", "2030-11-12", "The mayor had at first insisted on waiting until Jan. 15, which would have pushed "
                        + "the vote into late March. The governor decreed an intervention in the port of Velmar until January 31."),
                doc("announced", "2030-09-22", "The governor has announced an international conference for the reconstruction "
                        + "on 10 October in Velmar. The council announced a summit, to be held in Velmar on 12 October."),
                doc("second", "2030-07-09", "The cabinet of Velmar was named 60 days after the second round, the longest wait "
                        + "since 2012 after the dissolution of June 9. The 2031 budget must be presented by October 1.")),
                List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aDateAndTheDistanceBesideItAreReadApart() {
        assertThat(expr("distance", "February").text()).isEqualTo("February 23rd");
        assertThat(expr("distance", "February").value()).isEqualTo("2031-02-23");
        assertThat(expr("distance", "55 days").value()).isEqualTo("P55D");
        assertThat(expr("earlier", "January 6").text()).isEqualTo("January 6, 2029");
        assertThat(expr("earlier", "January 6").value()).isEqualTo("2029-01-06");
        assertThat(expr("earlier", "two years").value()).isEqualTo("P2Y");
    }

    @Test
    void lengthsAndRangesAreReadWhole() {
        assertThat(expr("distance", "December 2026").value()).isEqualTo("2026-12/2030-11");
        assertThat(expr("earlier", "two years and two days").value()).isEqualTo("P2Y2D");
        assertThat(expr("second", "60 days").text()).isEqualTo("60 days");
        assertThat(expr("second", "60 days").value()).isEqualTo("P60D");
    }

    @Test
    void dotsAndDaysThatNameADateAreRead() {
        assertThat(expr("dotted", "6. November").value()).isEqualTo("2030-11-06");
        assertThat(expr("dayof", "18 June").text()).isEqualTo("the 18 June");
        assertThat(expr("dayof", "18 June").value()).isEqualTo("2030-06-18");
        assertThat(expr("sameday", "the same day").value()).isEqualTo("2030-09-16");
        assertThat(expr("dayof", "end of the month").value()).isEqualTo("2031-01-31");
    }

    @Test
    void theClauseDecidesTheYear() {
        assertThat(expr("distance", "January").value()).isEqualTo("2030-01");
        assertThat(expr("until", "Jan. 15").value()).isEqualTo("2031-01-15");
        assertThat(expr("until", "late March").value()).isEqualTo("2031-03");
        assertThat(expr("until", "January 31").value()).isEqualTo("2031-01-31");
        assertThat(expr("announced", "10 October").value()).isEqualTo("2030-10-10");
        assertThat(expr("announced", "12 October").value()).isEqualTo("2030-10-12");
        // "since 2012" starts a state and "the 2031 budget" names a budget: neither lends its year to the date after it.
        assertThat(expr("second", "June 9").value()).isEqualTo("2030-06-09");
        assertThat(expr("second", "October 1").value()).isEqualTo("2030-10-01");
    }

    @Test
    void aFeastTheTaggerTakesForAPersonIsStillADate() {
        TemporalExpression christmas = new TemporalExpression("d", 20, 29, "Christmas", "DATE", "2030-12-25", "XXXX-12-25", null);
        TemporalExpression times = new TemporalExpression("d", 40, 46, "Sunday", "DATE", "2030-12-22", "XXXX-WXX-7", null);
        MentionIndex index = new MentionIndex(List.of(
                new Entity("person:christmas", "Christmas", "PERSON", List.of("Christmas"), List.of(), List.of(),
                        List.of(new EntityMention("d", 20, 29, "Christmas", EntityMention.Kind.name)), 1, null),
                new Entity("media:sunday-times", "The Sunday Times", "MEDIA", List.of("The Sunday Times"), List.of(), List.of(),
                        List.of(new EntityMention("d", 36, 52, "The Sunday Times", EntityMention.Kind.name)), 1, null)));
        assertThat(TimeStage.insideName(index, christmas)).isFalse();
        assertThat(TimeStage.insideName(index, times)).isTrue();
    }
}
