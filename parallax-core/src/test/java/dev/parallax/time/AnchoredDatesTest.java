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
 * Dates told from another day ("the same day", "two days later"), yearless dates just behind a future clause, the
 * tense of a purpose infinitive and of a clause after ", and", nights and months named in full, and year spans.
 */
class AnchoredDatesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document monday = Document.read("monday", "monday.txt", null, null, null, "2024-06-03",
                "The Corvado envoy, who was invited to the talks, flew to Lindby later on Sunday to try to mediate.");
        Document august = Document.read("august", "august.txt", null, null, null, "2024-08-08",
                "The harbour council will hold a second session in Lindby on Friday, after the first on July 30. "
                        + "The rebels closed the mountain pass on Sunday night.");
        Document night = Document.read("night", "night.txt", null, null, null, "2024-08-09",
                "The council of Lindby made public in the night of Thursday to Friday a list of twelve ministers. "
                        + "Its chair, who leads the council since the month of July, signed it. "
                        + "The four accords, signed between 1998 and 2015, were revoked.");
        Document same = Document.read("same", "same.txt", null, null, null, "2024-09-10",
                "On Saturday, August 31, the general of Lindby spoke on television. The same day, a delegation from "
                        + "Corvado met him. The general had given the consul 48 hours to leave on Friday, September 6. "
                        + "The deadline ran out two days later.");
        Document and = Document.read("and", "and.txt", null, null, null, "2024-09-10",
                "Two neighbours of Lindby have said they would consider an attack on Lindby an attack on themselves, "
                        + "and on Thursday the council of Lindby signed an order allowing their troops in.");
        Document day = Document.read("day", "day.txt", null, null, null, "2024-05-16",
                "Soldiers seized the palace of Lindby on Wednesday morning. Talks with the guards broke down during "
                        + "the day. The army of Lindby said on Thursday it backed the takeover.");
        Document since = Document.read("since", "since.txt", null, null, null, null,
                "The standoff in Tarvia has now lasted more than a month since soldiers seized the palace on March 3, "
                        + "2025. The council of Tarvia met on Saturday, March 22, 2025, and asked for talks.");
        Document restated = Document.read("restated", "restated.txt", null, null, null, "2024-05-15",
                "The council of Lindby met on Friday, May 10. The day before, on Tuesday, its chair had spoken to "
                        + "the press.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(monday, august, night, same, and, day, since, restated), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aPurposeInfinitiveIsDatedInThePastOfTheActItServes() {
        assertThat(expr("monday", "Sunday").value()).isEqualTo("2024-06-02");
    }

    @Test
    void aYearlessDateDaysBehindAFutureClauseIsThisYears() {
        assertThat(expr("august", "July 30").value()).isEqualTo("2024-07-30");
        assertThat(expr("august", "Sunday night").value()).isEqualTo("2024-08-04");
    }

    @Test
    void aNightIsTheDayItBeginsAndAMonthNamedInFullIsThatMonth() {
        assertThat(expr("night", "Thursday").value()).isEqualTo("2024-08-08");
        assertThat(expr("night", "July").value()).isEqualTo("2024-07");
        assertThat(expr("night", "1998").text()).isEqualTo("1998 and 2015");
        assertThat(expr("night", "1998").value()).isEqualTo("1998/2015");
    }

    @Test
    void theSameDayAndDaysLaterCountFromTheDayLastNamed() {
        assertThat(expr("same", "same day").value()).isEqualTo("2024-08-31");
        assertThat(expr("same", "two days later").value()).isEqualTo("2024-09-08");
    }

    @Test
    void aDayRestatedRightAfterIsNotCountedFromTheDayLastNamed() {
        assertThat(expr("restated", "The day before").value()).isNotEqualTo("2024-05-09");
    }

    @Test
    void theDayBeingToldIsTheDayLastNamed() {
        assertThat(expr("day", "the day").value()).isEqualTo("2024-05-15");
    }

    @Test
    void aLengthOfTimeSinceADatedActBoundsTheWriting() {
        var p = corpus.document("since").orElseThrow().published();
        assertThat(p.earliest()).isGreaterThanOrEqualTo("2025-04-03");
    }

    @Test
    void aModalDoesNotReachAcrossACoordinatedClause() {
        assertThat(expr("and", "Thursday").value()).isEqualTo("2024-09-05");
    }

    @Test
    void anaphoricExpressionsAreReadWithoutAParse() {
        Interval saturday = Interval.day(java.time.LocalDate.parse("2024-08-31"));
        assertThat(TemporalResolver.anaphoric("the next day", saturday).iso()).isEqualTo("2024-09-01");
        assertThat(TemporalResolver.anaphoric("a week later", saturday).iso()).isEqualTo("2024-09-07");
        assertThat(TemporalResolver.anaphoric("the day before", saturday).iso()).isEqualTo("2024-08-30");
        assertThat(TemporalResolver.anaphoric("next week", saturday)).isNull();
    }
}
