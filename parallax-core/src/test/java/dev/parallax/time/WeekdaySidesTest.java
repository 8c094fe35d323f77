package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Timex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which week a weekday named alone falls in (a schedule in the simple present, an aim called for, a plan a modal
 * does not reach, the same weekday named twice, a window of writing days), and days of the month named alone in
 * the Japanese and Korean manner. Invented stories about the port of Velmar, May 2030 (the 10th is a Friday).
 */
class WeekdaySidesTest {

    private static Corpus corpus;

    private static Document doc(String id, String date, String text) {
        return Document.read(id, id + ".txt", null, null, null, date, text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                doc("aim", "2030-05-09", "The mayor of Velmar spoke in a video on Thursday afternoon, calling for a march on Saturday."),
                doc("modal", "2030-05-13", "The council of Velmar will this week begin closing the depots under the plan "
                        + "that the mayor unveiled on Friday."),
                doc("twice", "2030-05-15", "The council of Velmar passed the budget on Tuesday by 30 votes to 12. The "
                        + "first budget had failed on May 7, the same day the dock strike began. Shortly after Tuesday's "
                        + "vote, the mayor resigned."),
                doc("possessive", "2030-05-17", "Thursday's decision goes further: it removes the harbour master of Velmar."),
                doc("translated", "2030-05-19", "The mayor of Velmar has on Wednesday at the town hall the oath for his "
                        + "second term taken, before hundreds of guests."),
                doc("ordinal", "2030-05-10", "The storm of the 6th has left deep scars in Velmar. The harbour master "
                        + "said on the 7th that repairs would take a month. On the 3rd (Fri) the ferries still ran. "
                        + "The harbour of Velmar came 2nd of 40 ports.")), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aWeekdayOnWhatIsCalledForIsNotThePastOfTheSentence() {
        assertThat(expr("aim", "Saturday").value()).isEqualTo("2030-05-11");
    }

    @Test
    void aModalDoesNotReachAcrossAPastVerb() {
        assertThat(expr("modal", "Friday").value()).isEqualTo("2030-05-10");
    }

    @Test
    void aWeekdayReadFromTheWritingKeepsItsDayAfterADateOfThatWeekday() {
        assertThat(corpus.temporal().stream().filter(t -> t.doc().equals("twice") && t.text().startsWith("Tuesday")))
                .allSatisfy(t -> assertThat(t.value()).isEqualTo("2030-05-14"));
    }

    @Test
    void aPossessiveWeekdayAndATranslatedPerfectStayPast() {
        assertThat(expr("possessive", "Thursday").value()).isEqualTo("2030-05-16");
        assertThat(expr("translated", "Wednesday").value()).isEqualTo("2030-05-15");
    }

    @Test
    void aDayOfTheMonthAloneFollowedByAVerbOrABracketIsADate() {
        assertThat(expr("ordinal", "the 6th").value()).isEqualTo("2030-05-06");
        assertThat(expr("ordinal", "the 7th").value()).isEqualTo("2030-05-07");
        assertThat(expr("ordinal", "the 3rd").value()).isEqualTo("2030-05-03");
    }

    @Test
    void aRelativeDayIsTheOneMostOfANarrowWindowGives() {
        Document d = doc("window", null, "New marches took place on Thursday.").withPublished(new PublicationDate(
                "2030-05-15", "2030-05-15", "2030-05-21", PublicationDate.Basis.inferred, List.of()));
        Reading thursday = new Reading(new Timex(26, 34, "Thursday", "DATE", "XXXX-WXX-4", null, 0), 26, 34,
                new TimexParts(null, null, null, DayOfWeek.THURSDAY, null), Tense.PAST, 0);
        // Written on the Wednesday it is the Thursday before; on any of the six days after, the Thursday of the 16th,
        // which weigh more together even if each counts less the later it is.
        assertThat(TemporalResolver.likelyOverWindow(thursday, d).iso()).isEqualTo("2030-05-16");
        Document wide = d.withPublished(new PublicationDate("2030-05-15", "2030-05-15", "2030-05-16",
                PublicationDate.Basis.inferred, List.of()));
        // Over two days the estimated writing day outweighs the other.
        assertThat(TemporalResolver.likelyOverWindow(thursday, wide).iso()).isEqualTo("2030-05-09");
    }
}
