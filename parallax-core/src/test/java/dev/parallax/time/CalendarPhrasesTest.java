package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TemporalExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranges over two months, days of the month named alone, years carried from "this year", plans made in the past. */
class CalendarPhrasesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document fair = Document.read("fair", "fair.txt", null, null, null, "2023-12-01",
                "The Lumen book fair in Corvado runs from 30 November to 12 December this year. Some 9,000 visitors "
                        + "have registered for the fair, which runs until the 12th at the Corvado exhibition hall. "
                        + "Its founder studied the 12th century manuscripts of the city library.");
        Document after = Document.read("after", "after.txt", null, null, null, "2023-12-14",
                "The Lumen prize was awarded on Wednesday, a day after the fair had been scheduled to end on December 12.");
        Document ahead = Document.read("ahead", "ahead.txt", null, null, null, "2024-01-10",
                "The next fair opens this year, when the organisers meet in Corvado on 11 November. A smaller fair "
                        + "is held from the 9th to the 10th of next month.");
        Document warrant = Document.read("warrant", "warrant.txt", null, null, null, "2025-04-02",
                "The Corvado Tribunal issued a warrant for his arrest on March 17. The fair's founder denies the charges.");
        Document council = Document.read("council", "council.txt", null, null, null, "2023-09-10",
                "Ravel takes over the chair of the council on 1 December, the outgoing chair said.");
        Document later = Document.read("later", "later.txt", null, null, null, "2023-10-04",
                "The Lumen fair closed on 9 September. Its founder, whose car broke down, could not leave Corvado "
                        + "until the 12th. A smaller market opens this weekend.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(fair, after, ahead, warrant, council, later), List.of()));
    }

    private static List<TemporalExpression> in(String doc) {
        return corpus.temporal().stream().filter(t -> t.doc().equals(doc)).toList();
    }

    private static TemporalExpression expr(String doc, String text) {
        return in(doc).stream().filter(t -> t.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + doc + ": " + in(doc)));
    }

    @Test
    void aRangeOverTwoMonthsIsOneSpanOfDays() {
        assertThat(expr("fair", "30 November").value()).isEqualTo("2023-11-30/2023-12-12");
        assertThat(expr("fair", "30 November").text()).contains("12 December");
    }

    @Test
    void aDayOfTheMonthNamedAloneIsTheNearestOnTheSideTheTenseSays() {
        assertThat(expr("fair", "the 12th").value()).isEqualTo("2023-12-12");
        assertThat(in("fair")).noneMatch(t -> t.text().contains("12th century") && t.value() != null);
        assertThat(expr("ahead", "the 9th").value()).isEqualTo("2024-02-09/2024-02-10");
    }

    @Test
    void aDayInASentenceThatNamesTheYearTakesThatYear() {
        assertThat(expr("ahead", "11 November").value()).isEqualTo("2024-11-11");
    }

    @Test
    void aScheduleInTheSimplePresentIsTheNearestDateNotTheTenseOfTheReport() {
        assertThat(expr("council", "1 December").value()).isEqualTo("2023-12-01");
    }

    @Test
    void aBareDayOfTheMonthFollowsTheMonthJustNamedAndWeekendsAreTwoDays() {
        assertThat(expr("later", "the 12th").value()).isEqualTo("2023-09-12");
        assertThat(expr("later", "weekend").value()).isEqualTo("2023-10-07/2023-10-08");
    }

    @Test
    void aPlanMadeInThePastIsNotReadAsLyingAhead() {
        assertThat(expr("after", "December 12").value()).isEqualTo("2023-12-12");
    }

    @Test
    void aDateTheParserHangsOnAPurposeIsTheDateOfTheAct() {
        var onTheDay = corpus.timeline().stream().filter(e -> e.date().equals("2025-03-17")).toList();
        assertThat(onTheDay).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("issue");
            assertThat(e.title()).contains("Tribunal").contains("warrant");
        });
    }

    @Test
    void rangesAndOrdinalDaysAreReadWithoutAParse() {
        TimexParts parts = Reading.crossMonth("Dec. 30 - Jan. 2, 2024");
        assertThat(parts).isNotNull();
        assertThat(parts.in(parts.year()).iso()).isEqualTo("2023-12-30/2024-01-02");
        assertThat(Reading.crossMonth("from 3 to 12 December")).isNull();
        assertThat(OrdinalDays.nearest(12, LocalDate.parse("2023-12-09"), Tense.FUTURE)).isEqualTo("2023-12-12");
        assertThat(OrdinalDays.nearest(30, LocalDate.parse("2023-12-02"), Tense.PAST)).isEqualTo("2023-11-30");
        assertThat(OrdinalDays.nearest(31, LocalDate.parse("2023-12-02"), Tense.UNKNOWN)).isEqualTo("2023-12-31");
    }
}
