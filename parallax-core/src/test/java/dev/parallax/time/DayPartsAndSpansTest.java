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
 * Days named with a part of the day ("the early hours of Wednesday", "the same night"), two dates bounding a period,
 * a range within one month written with the month twice, lengths SUTime loses, commitments and possessive weekdays,
 * days of the month without "the", and the time left until a dated event as evidence of the writing date.
 */
class DayPartsAndSpansTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document hours = Document.read("hours", "hours.txt", null, null, null, "2024-06-08",
                "The minister of Lindby had flown to Corvado in the early hours of Wednesday aboard a navy plane.");
        Document morning = Document.read("morning", "morning.txt", null, null, null, "2024-06-09",
                "Soldiers cleared the tents from the square of Lindby in the early morning of last Friday. "
                        + "The council of Lindby will meet again next Sunday.");
        Document night = Document.read("night", "night.txt", null, null, null, "2024-09-03",
                "On July 9, thousands of marchers entered the palace of Lindby; a mob burned the minister's house the "
                        + "same night. Between July 14 and August 11 the former governor lived in Corvado. "
                        + "Fifty-one days after he fled to Corvado, the former governor came home.");
        Document abroad = Document.read("abroad", "abroad.txt", null, null, null, "2024-05-26",
                "Citizens of Lindby living abroad cast their ballots from May 20 to May 24.");
        Document agreed = Document.read("agreed", "agreed.txt", null, null, null, "2024-06-09",
                "The speaker of the council announced that the governor of Lindby had agreed to step down on Wednesday.");
        Document year = Document.read("year", "year.txt", null, null, null, "2024-07-10",
                "Consumer prices in Lindby rose 40% in the year to June, the statistics office said.");
        Document compared = Document.read("compared", "compared.txt", null, null, null, "2024-07-20",
                "On Wednesday, protesters stormed the council hall of Lindby. It was the second building to fall "
                        + "within a week, after the palace last Saturday. The governor, named acting head the same day, "
                        + "declared an emergency.");
        Document vote = Document.read("vote", "vote.txt", null, null, null, "2024-06-10",
                "The governor of Lindby fell short of the majority he needed to win outright in Sunday's vote.");
        Document ordinal = Document.read("ordinal", "ordinal.txt", null, null, null, "2024-06-20",
                "The governor of Lindby fled to Corvado on 13th and sent his letter of resignation on the 14th.");
        Document until = Document.read("until", "until.txt", null, null, null, null,
                "The opposition of Lindby now has ten months until the local elections of March 2026 to decide what it "
                        + "wants. Voters re-elected the governor of Lindby on May 28.");
        Document leave = Document.read("leave", "leave.txt", null, null, null, null,
                "The council of Tarvia gave the envoy seven days to leave, the ministry of Corvado said on 3 March 2025.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(hours, morning, night, abroad, agreed, vote, ordinal, until, year, compared, leave),
                        List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void aDayWithAPartOfTheDayIsThatDay() {
        assertThat(expr("hours", "Wednesday").value()).isEqualTo("2024-06-05");
        // Written on a Sunday, "last Friday" is two days before and "next Sunday" a week ahead.
        assertThat(expr("morning", "last Friday").value()).isEqualTo("2024-06-07");
        assertThat(expr("morning", "next Sunday").value()).isEqualTo("2024-06-16");
    }

    @Test
    void theSameNightIsTheDayLastNamed() {
        TemporalExpression same = expr("night", "night");
        assertThat(same.text()).isEqualTo("the same night");
        assertThat(same.value()).isEqualTo("2024-07-09");
    }

    @Test
    void aDayNamedOnlyForComparisonIsNotTheDayTold() {
        assertThat(expr("compared", "same day").value()).isEqualTo("2024-07-17");
    }

    @Test
    void aPeriodToAMonthIsDatedByTheMonth() {
        assertThat(expr("year", "June").value()).isEqualTo("2024-06");
    }

    @Test
    void twoDatesBoundingAPeriodAreOneRange() {
        TemporalExpression between = expr("night", "July 14");
        assertThat(between.text()).isEqualTo("July 14 and August 11");
        assertThat(between.value()).isEqualTo("2024-07-14/2024-08-11");
        assertThat(expr("abroad", "May 20").value()).isEqualTo("2024-05-20/2024-05-24");
    }

    @Test
    void aLengthReadWithoutTheWritingDateIsKept() {
        assertThat(expr("night", "Fifty-one days").value()).isEqualTo("P51D");
    }

    @Test
    void whatIsAgreedIsAheadAndAnUntensedWeekdayIsTheNearest() {
        assertThat(expr("agreed", "Wednesday").value()).isEqualTo("2024-06-12");
        // Still awaited, the stepping down is no event of the timeline on its own.
        assertThat(corpus.timeline()).noneMatch(e -> e.date().equals("2024-06-12") && e.trigger().equals("step"));
        assertThat(expr("vote", "Sunday").value()).isEqualTo("2024-06-09");
    }

    @Test
    void aDayOfTheMonthWithoutTheArticleIsRead() {
        assertThat(expr("ordinal", "13th").value()).isEqualTo("2024-06-13");
        assertThat(expr("ordinal", "14th").value()).isEqualTo("2024-06-14");
    }

    @Test
    void timeLeftUntilADatedEventPlacesTheWriting() {
        PublicationDate p = corpus.documents().stream().filter(d -> d.id().equals("until")).findFirst().orElseThrow().published();
        assertThat(p.earliest()).isNotNull();
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.parse("2025-04-15"));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.parse("2025-06-16"));
        // "seven days to leave" is a deadline given, not the time left until the date that follows.
        PublicationDate leave = corpus.documents().stream().filter(d -> d.id().equals("leave")).findFirst().orElseThrow().published();
        assertThat(LocalDate.parse(leave.latest())).isAfter(LocalDate.parse("2025-03-03"));
    }
}
