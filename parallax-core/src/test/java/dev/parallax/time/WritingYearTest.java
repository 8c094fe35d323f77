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
 * The writing day of undated articles in a story whose other articles are dated (an invented Tarvia story of 2031):
 * a past date of another year is a lower bound, not the writing's year; a day restated beside "last week"; the target
 * of a past act, a feast and the own day of a noun are no evidence of the writing's side; a coming yearless day is
 * after the writing; "40 days from now" counts back from a dated day.
 */
class WritingYearTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document first = Document.read("first", "first.txt", null, null, null, "2031-07-30",
                "The electoral council of Tarvia declared the president of Tarvia re-elected on Monday after the vote.");
        Document second = Document.read("second", "second.txt", null, null, null, "2031-08-02",
                "Protests against the result of the vote spread to the port of Tarvia on Friday.");
        Document older = Document.read("older", "older.txt", null, null, null, null,
                "The high court of Tarvia confirmed the result of the vote on August 22nd. The disputed election of "
                        + "May 20th 2024 had also been confirmed by the same judges.");
        Document lastWeek = Document.read("lastweek", "lastweek.txt", null, null, null, null,
                "The warrant against the opposition candidate was issued last week, on September 2nd, at the request "
                        + "of the prosecutor of Tarvia.");
        Document decree = Document.read("decree", "decree.txt", null, null, null, null,
                "The high court of Tarvia ratified the result of the vote on August 22nd. Earlier this month the "
                        + "president of Tarvia brought Christmas forward to October 1st by decree. He is due to be sworn "
                        + "in for a new term on January 10th.");
        Document violence = Document.read("violence", "violence.txt", null, null, null, null,
                "The court of Tarvia certified the results of the election of the 28 of July. The ruling party said "
                        + "that the opposition leaders will answer before the judges for the violence of the 29 and 30 of "
                        + "July.");
        Document countdown = Document.read("countdown", "countdown.txt", null, null, null, null,
                "Tarvia is preparing for a snap vote. The election will be on September 28th, 40 days from now.");
        Document quoted = Document.read("quoted", "quoted.txt", null, null, null, null,
                "The crash of May 19th forced the early vote in Tarvia. \"People who stayed at home on June 28th came "
                        + "out to stop him,\" said an analyst of the vote.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(first, second, older, lastWeek, decree, violence, countdown, quoted), List.of()));
    }

    private static PublicationDate published(String doc) {
        return corpus.document(doc).orElseThrow().published();
    }

    @Test
    void aPastDateOfAnotherYearIsALowerBoundAndTheStoryGivesTheYear() {
        PublicationDate p = published("older");
        assertThat(LocalDate.parse(p.earliest()).getYear()).isEqualTo(2031);
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2031, 8, 22));
    }

    @Test
    void aDayRestatedBesideLastWeekPutsTheWritingInTheWeekAfterItsWeek() {
        // 2 September 2031 is a Tuesday: its week runs from 1 to 7 September.
        PublicationDate p = published("lastweek");
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2031, 9, 8));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2031, 9, 14));
    }

    @Test
    void aTargetAFeastAndAComingYearlessDayDoNotPushTheWritingAway() {
        PublicationDate p = published("decree");
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2031, 8, 22));
        assertThat(LocalDate.parse(p.latest())).isBefore(LocalDate.of(2031, 10, 1));
    }

    @Test
    void theOwnDayOfANounTakesNoTenseFromAComingVerb() {
        PublicationDate p = published("violence");
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2031, 7, 28));
        assertThat(LocalDate.parse(p.latest())).isAfter(LocalDate.of(2031, 7, 30));
    }

    @Test
    void aLengthStillToRunBeforeADatedDayIsCountedBackFromIt() {
        // 40 days before 28 September 2031.
        PublicationDate p = published("countdown");
        assertThat(p.value()).isEqualTo("2031-08-19");
    }

    @Test
    void aQuotedPastDayTakesTheStorysYearWithoutAGuessMovingItBack() {
        PublicationDate p = published("quoted");
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2031, 6, 28));
    }
}
