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
 * Days counted from the day a story tells ("that morning; five days later", "two days after that", "four days later,
 * on Sunday", "that Sunday", "that weekend"), lengths counted from an hour, weekends and weekdays by tense, and
 * expressions SUTime misreads (a rough hour of a named day, a range of years, part of a year, "the 14th, the second").
 * Invented stories about the town of Lindby, all written on Thursday 16 May 2024.
 */
class ToldDaysTest {

    private static Corpus corpus;

    private static Document doc(String id, String text) {
        return Document.read(id, id + ".txt", null, null, null, "2024-05-16", text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                doc("morning", "The first vote on the budget of Lindby, on May 2, failed. The mayor had apologised that "
                        + "morning; five days later he was back in the council chamber."),
                doc("after", "On May 9 the second vote on the budget of Lindby passed. Two days after that, the treasurer "
                        + "resigned."),
                doc("restated", "The ferry workers of Lindby stopped work on Wednesday, May 1. Four days later, on "
                        + "Sunday, the ferry company signed a new contract with them."),
                doc("hours", "The mayor of Lindby closed the harbour on May 6. The order was lifted some six hours later, "
                        + "after the council voted against it. The harbour master resigned the next day."),
                doc("thatday", "The ferry company was sold on Sunday, May 5. The road to that Sunday was short. An "
                        + "emergency decree passed that weekend allowed the sale."),
                doc("weekend", "Over the weekend the two ports of Lindby agreed to merge. The unrest follows the collapse "
                        + "of the Lindby Savings Bank on Friday."),
                doc("clock", "The mayor of Lindby declared a curfew at about 10:27 p.m. on Tuesday."),
                doc("years", "Anna Kessel ran the port of Lindby from 2011 to 2020. Traffic fell in the last three "
                        + "months of 2022."),
                doc("second", "The first vote failed on May 7. On May 14, the second vote passed with 30 votes. On May 15 "
                        + "the second budget passed."),
                doc("since", "Per Lund was named acting mayor of Lindby on May 10, replacing Ola Brand, who had held "
                        + "the post since the 3rd. Kai Berg became his deputy the same day."),
                doc("either", "The mayor of Lindby did not answer the summons of the court on the 13th either."),
                doc("quote", "The council of Lindby rejected the budget on Saturday night, May 11. \u201cThe whole town "
                        + "was watching us tonight,\u201d the speaker said."),
                doc("april", "The mayor, elected in 2022 by a narrow margin in a vote marred by fraud claims, has been "
                        + "weak since the opposition won the council election in April.")), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aDayCountedFromThatMorningCountsFromTheDayTold() {
        assertThat(expr("morning", "five days later").value()).isEqualTo("2024-05-07");
    }

    @Test
    void aLengthAfterThatCountsFromTheDayTold() {
        TemporalExpression t = expr("after", "Two days");
        assertThat(t.text()).isEqualTo("Two days after that");
        assertThat(t.value()).isEqualTo("2024-05-11");
    }

    @Test
    void aCountedDayRestatedByItsWeekdayIsThatDay() {
        assertThat(expr("restated", "Four days later").value()).isEqualTo("2024-05-05");
        assertThat(expr("restated", "Sunday").value()).isEqualTo("2024-05-05");
    }

    @Test
    void hoursLaterAreALengthAndTheNextDayCountsFromTheDayTold() {
        assertThat(expr("hours", "six hours later").value()).isEqualTo("PT6H");
        assertThat(expr("hours", "the next day").value()).isEqualTo("2024-05-07");
    }

    @Test
    void thatSundayAndThatWeekendAreTheOnesNamed() {
        // Written on Thursday 16 May: "that Sunday" is 5 May, not the Sunday just past.
        assertThat(corpus.temporal()).filteredOn(t -> t.doc().equals("thatday") && t.text().equals("Sunday"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2024-05-05"));
        assertThat(expr("thatday", "weekend").value()).isEqualTo("2024-05-04/2024-05-05");
    }

    @Test
    void aPastWeekendAndAnActSomethingFollowsAreBehindTheWriting() {
        assertThat(expr("weekend", "weekend").value()).isEqualTo("2024-05-11/2024-05-12");
        assertThat(expr("weekend", "Friday").value()).isEqualTo("2024-05-10");
    }

    @Test
    void aRoughHourOfANamedDayLeavesTheDayExact() {
        assertThat(expr("clock", "Tuesday").value()).isEqualTo("2024-05-14");
    }

    @Test
    void yearsBoundingAPeriodAndPartOfAYear() {
        assertThat(expr("years", "2011").value()).isEqualTo("2011/2020");
        assertThat(expr("years", "2022").value()).isEqualTo("2022");
    }

    @Test
    void aDateBeforeTheSecondOfSomethingIsTheDate() {
        assertThat(expr("second", "May 14").value()).isEqualTo("2024-05-14");
        assertThat(expr("second", "May 15").value()).isEqualTo("2024-05-15");
    }

    @Test
    void theStartOfAStateIsNoDayTold() {
        assertThat(expr("since", "the same day").value()).isEqualTo("2024-05-10");
    }

    @Test
    void aDayOfTheMonthFollowedByEither() {
        assertThat(expr("either", "the 13th").value()).isEqualTo("2024-05-13");
    }

    @Test
    void aQuotationRightAfterTheDayToldSpeaksFromThatDay() {
        assertThat(expr("quote", "tonight").value()).isEqualTo("2024-05-11");
    }

    @Test
    void aMonthInAnotherClauseDoesNotTakeAFarYear() {
        assertThat(expr("april", "April").value()).isEqualTo("2024-04");
    }
}
