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
 * Days and years a story counts from what it tells rather than from the writing ("the night before", "six years
 * later", "the following Sunday", "Six days earlier, the 13 March"), "last 5 March", "mid-February", a perfect "had set fire" that is no schedule, and days of relative clauses that are background. Invented stories
 * about the port of Velmar, all written on Thursday 11 April 2030.
 */
class CountedDaysTest {

    private static Corpus corpus;

    private static Document doc(String id, String text) {
        return Document.read(id, id + ".txt", null, null, null, "2030-04-11", text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                doc("night", "The dockers called a march on the capital for April 1. The night before, the army chief "
                        + "warned the governor. On Monday afternoon the governor resigned and left Velmar."),
                doc("years", "The founder of the dockers' union was jailed in 1975 and was freed six years later."),
                doc("last", "The minister had promised on last 5 March that the mines of Velmar would reopen."),
                doc("mid", "The schools of Velmar, closed since mid-February, reopened on Monday."),
                doc("set", "By March 18, rioters had set fire to the customs depot of Velmar. At midnight the next day a "
                        + "curfew took effect. On the following Sunday, the court of Velmar ruled on the strike."),
                doc("restated", "The second vote on the port budget failed on 20 March. Six days earlier, the 13 March, "
                        + "the first vote had failed by two votes."),
                doc("relcl", "A case was filed in the court of Velmar on Tuesday over the death of a driver, who was shot "
                        + "by the police on 19 March. On the same day, the governor spoke to the families."),
                doc("within", "The Velmar bank, which called itself sound on 14 March, collapsed five days later.")), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void theNightBeforeAndAWeekdayOfTheDayToldCountFromThatDay() {
        assertThat(expr("night", "night before").value()).isEqualTo("2030-03-31");
        // April 1, 2030 is a Monday: the Monday told, not the Monday just before the writing.
        assertThat(expr("night", "Monday").value()).isEqualTo("2030-04-01");
    }

    @Test
    void yearsLaterCountFromTheYearNamed() {
        assertThat(expr("years", "six years later").value()).isEqualTo("1981");
    }

    @Test
    void lastFifthOfMarchIsTheLatest() {
        assertThat(expr("last", "5 March").value()).isEqualTo("2030-03-05");
    }

    @Test
    void midFebruaryIsFebruary() {
        assertThat(expr("mid", "mid-February").value()).isEqualTo("2030-02");
    }

    @Test
    void aDeedInThePerfectIsPastAndTheDaysAfterCountFromIt() {
        assertThat(expr("set", "March 18").value()).isEqualTo("2030-03-18");
        assertThat(expr("set", "the next day").value()).isEqualTo("2030-03-19");
        assertThat(expr("set", "the following Sunday").value()).isEqualTo("2030-03-24");
    }

    @Test
    void aCountedDayRestatedByItsDateIsThatDate() {
        assertThat(expr("restated", "Six days earlier").value()).isEqualTo("2030-03-13");
    }

    @Test
    void aDayOfARelativeClauseIsNotTheDayTold() {
        assertThat(expr("relcl", "the same day").value()).isEqualTo("2030-04-09");
        // Within its own sentence the clause's day is what is counted from.
        assertThat(expr("within", "five days later").value()).isEqualTo("2030-03-19");
    }
}
