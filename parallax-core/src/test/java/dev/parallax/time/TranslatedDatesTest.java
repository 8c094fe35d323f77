package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Timex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as translated news writes them ("Sunday 7 of April", "until yesterday, Sunday"), a date joined to a day
 * counted from it ("March 26, and two days later", "April 2, the day after the vote"), a hedged count of decades
 * back, and a modal inside a quotation that does not date the report after it. Invented stories about the port of
 * Velmar.
 */
class TranslatedDatesTest {

    private static Corpus corpus;

    private static Document doc(String id, String date, String text) {
        return Document.read(id, id + ".txt", null, null, null, date, text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                doc("ofmonth", "2030-04-11", "The first two strikers fell on Sunday 7 of April in Velmar. The customs "
                        + "depot of Velmar had closed on the 2 of April."),
                doc("yesterday", "2030-04-15", "Twenty dockers have died in the clashes of Velmar until yesterday, Sunday, "
                        + "most of them by bullets."),
                doc("counted", "2030-04-11", "The dam of Velmar broke on March 26, and two days later the government "
                        + "released emergency funds. The inspectors' report, published on April 2, the day after the vote, "
                        + "found faults in the dam."),
                doc("decades", "2030-04-11", "The baker, a father of three, had arrived in Velmar almost two decades ago."),
                doc("quoted", "2030-04-15", "\"I will not resign, I will stay until the council fixes the date of the "
                        + "vote,\" Marta Velde declared on Saturday at the town hall of Velmar."),
                doc("setoff", "2030-04-17", "On Monday evening, demolition crews set off a series of small charges "
                        + "under the old bridge of Velmar.")), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void dayOfMonthFormsAreRead() {
        assertThat(expr("ofmonth", "7 of April").value()).isEqualTo("2030-04-07");
        assertThat(expr("ofmonth", "2 of April").value()).isEqualTo("2030-04-02");
    }

    @Test
    void aDayWordAndItsWeekdayAreReadApart() {
        assertThat(expr("yesterday", "yesterday").text()).isEqualTo("yesterday");
        assertThat(expr("yesterday", "yesterday").value()).isEqualTo("2030-04-14");
        assertThat(expr("yesterday", "Sunday").text()).isEqualTo("Sunday");
        assertThat(expr("yesterday", "Sunday").value()).isEqualTo("2030-04-14");
    }

    @Test
    void aCountedDayAfterADateCountsFromItUnlessInApposition() {
        assertThat(expr("counted", "March 26").text()).doesNotContain("later");
        assertThat(expr("counted", "March 26").value()).isEqualTo("2030-03-26");
        assertThat(expr("counted", "two days later").value()).isEqualTo("2030-03-28");
        assertThat(expr("counted", "April 2").text()).doesNotContain("day");
        assertThat(expr("counted", "April 2").value()).isEqualTo("2030-04-02");
        // "the day after the vote" set beside April 2 restates it: the count is from the vote.
        assertThat(expr("counted", "the day after").value()).isEqualTo("2030-04-02");
    }

    @Test
    void aHedgedCountOfDecadesBackIsALength() {
        TemporalExpression t = expr("decades", "two decades");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("P20Y");
    }

    @Test
    void aModalInsideAQuotationDoesNotDateTheReport() {
        // Written on Monday 15 April 2030: "declared on Saturday" is the Saturday before.
        assertThat(expr("quoted", "Saturday").value()).isEqualTo("2030-04-13");
    }

    @Test
    void aPhrasalVerbOfSchedulingIsADeed() {
        // Written on Wednesday 17 April 2030: "set off charges on Monday evening" is the Monday before.
        assertThat(expr("setoff", "Monday").value()).isEqualTo("2030-04-15");
    }

    @Test
    void aYearlessDayWithAPartOfTheDayIsThatDay() {
        Timex t = Reading.normalised(new Timex(0, 27, "the early hours of March 26", "DATE", null,
                "XXXX-03-26 INTERSECT PTXH", 0));
        assertThat(t.value()).isEqualTo("XXXX-03-26");
    }

    @Test
    void aComingWeekdayJoinedToAHolidayIsThatWeekday() {
        Timex t = Reading.normalised(new Timex(0, 25, "Father's Day, next Sunday", "DATE", null,
                "XXXX-WXX-7 OFFSET P1W INTERSECT FATHERS_DAY", 0));
        assertThat(t.value()).isNull();
        assertThat(t.altValue()).isEqualTo("XXXX-WXX-7 OFFSET P1W");
        Reading r = new Reading(t, 0, 25, null, Tense.FUTURE, 0);
        assertThat(Relative.at(r, java.time.LocalDate.of(2030, 4, 11)).iso()).isEqualTo("2030-04-14");
    }
}
