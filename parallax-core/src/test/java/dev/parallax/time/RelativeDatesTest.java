package dev.parallax.time;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeDatesTest {

    private static Reading reading(String text, String value, String alt, Tense tense) {
        Timex t = new Timex(0, text.length(), text, "DATE", value, alt, 0);
        return new Reading(t, 0, text.length(), TimexParts.of(value), tense, 0);
    }

    private static Document windowed(String from, String to) {
        return Document.read("d", "d.txt", null, null, null, null, "Some text.")
                .withPublished(new PublicationDate(from, from, to, PublicationDate.Basis.inferred, List.of()));
    }

    @Test
    void thisWeekdayIsTheNearestOneInTheDirectionOfTheTense() {
        LocalDate thursday = LocalDate.parse("2025-05-15");
        // "Contacted this Wednesday, the company did not respond": the Wednesday just past.
        Reading contacted = reading("this Wednesday", null, "THIS XXXX-WXX-3", Tense.PAST);
        assertThat(Relative.handles(contacted)).isTrue();
        assertThat(Relative.at(contacted, thursday).iso()).isEqualTo("2025-05-14");
        assertThat(Relative.at(contacted, LocalDate.parse("2025-05-14")).iso()).isEqualTo("2025-05-14");
        assertThat(Relative.at(reading("this Friday", null, "THIS XXXX-WXX-5", Tense.FUTURE), thursday).iso())
                .isEqualTo("2025-05-16");
    }

    @Test
    void aLengthAgoTodayIsTheVeryDayThatLongBeforeTheWriting() {
        LocalDate friday = LocalDate.parse("2025-06-20");
        // "A week ago today, the ferry left port": the Friday before, not the writing day nor its whole week.
        Reading week = reading("A week ago today", null, "OFFSET P-1W INTERSECT THIS P1D", Tense.PAST);
        assertThat(Relative.handles(week)).isTrue();
        assertThat(Relative.at(week, friday).iso()).isEqualTo("2025-06-13");
        assertThat(Relative.lastOrNext(week, friday).iso()).isEqualTo("2025-06-13");
        assertThat(Relative.at(reading("A fortnight ago today", null, "OFFSET P-2W INTERSECT THIS P1D", Tense.PAST), friday).iso())
                .isEqualTo("2025-06-06");
        assertThat(Relative.at(reading("a year ago today", null, "OFFSET P-1Y INTERSECT THIS P1D", Tense.PAST), friday).iso())
                .isEqualTo("2024-06-20");
    }

    @Test
    void relativeExpressionsResolveAgainstACandidateWritingDay() {
        LocalDate wednesday = LocalDate.parse("2025-04-16");
        assertThat(Relative.at(reading("Monday", "XXXX-WXX-1", null, Tense.PAST), wednesday).iso()).isEqualTo("2025-04-14");
        assertThat(Relative.at(reading("Friday", "XXXX-WXX-5", null, Tense.FUTURE), wednesday).iso()).isEqualTo("2025-04-18");
        assertThat(Relative.at(reading("last Friday", null, "XXXX-WXX-5 OFFSET P-1W", Tense.PAST), wednesday).iso())
                .isEqualTo("2025-04-11");
        assertThat(Relative.at(reading("yesterday", null, "OFFSET P-1D", Tense.PAST), wednesday).iso()).isEqualTo("2025-04-15");
        assertThat(Relative.at(reading("next week", null, "THIS P1W OFFSET P1W", Tense.FUTURE), wednesday).iso())
                .isEqualTo("2025-04-21/2025-04-27");
        assertThat(Relative.at(reading("last month", null, "THIS P1M OFFSET P-1M", Tense.PAST), wednesday).iso())
                .isEqualTo("2025-03");
        // Absolute and partial dates are not relative to the writing day.
        assertThat(Relative.handles(reading("12 March", "XXXX-03-12", null, Tense.PAST))).isFalse();
        assertThat(Relative.handles(reading("2021", "2021", null, Tense.PAST))).isFalse();
    }

    @Test
    void anExpressionIsResolvedWhenItNamesTheSameDaysOverTheWholeWindow() {
        Reading tuesday = reading("Tuesday", "XXXX-WXX-2", null, Tense.PAST);
        // Written Wednesday to Sunday: "on Tuesday" is the same Tuesday whichever the day.
        assertThat(TemporalResolver.sameOverWindow(tuesday, windowed("2025-04-16", "2025-04-20")).iso()).isEqualTo("2025-04-15");
        // Written Wednesday to the next Wednesday: it may be either Tuesday.
        assertThat(TemporalResolver.sameOverWindow(tuesday, windowed("2025-04-16", "2025-04-23"))).isNull();
        Reading nextWeek = reading("next week", null, "THIS P1W OFFSET P1W", Tense.FUTURE);
        assertThat(TemporalResolver.sameOverWindow(nextWeek, windowed("2025-04-17", "2025-04-19")).iso())
                .isEqualTo("2025-04-21/2025-04-27");
    }

    @Test
    void lastAndNextWeekdayAreTheNearestOnesBeyondYesterdayAndTomorrow() {
        LocalDate sunday = LocalDate.parse("2025-04-20");
        assertThat(Relative.at(reading("last Friday", null, "XXXX-WXX-5 OFFSET P-1W", Tense.PAST), sunday).iso())
                .isEqualTo("2025-04-18");
        assertThat(Relative.at(reading("next Sunday", null, "XXXX-WXX-7 OFFSET P1W", Tense.FUTURE), sunday).iso())
                .isEqualTo("2025-04-27");
        // "this Sunday" with no tense: the Sunday of the writing's own week.
        assertThat(Relative.at(reading("this Sunday", null, "THIS XXXX-WXX-7", Tense.UNKNOWN), LocalDate.parse("2025-04-18")).iso())
                .isEqualTo("2025-04-20");
    }

    @Test
    void theDaysToldAreCloseKnitWhateverLiesAhead() {
        // Written on one of Sunday 24 to Saturday 30: "voted on Wednesday", "said yesterday", "cleared last Friday"
        // knit closest when written on the Sunday; "will gather next Sunday" is no day told.
        List<Reading> relative = List.of(reading("Wednesday", "XXXX-WXX-3", null, Tense.PAST),
                reading("yesterday", null, "OFFSET P-1D", Tense.PAST),
                reading("last Friday", null, "XXXX-WXX-5 OFFSET P-1W", Tense.PAST),
                reading("next Sunday", null, "XXXX-WXX-7 OFFSET P1W", Tense.FUTURE));
        List<LocalDate> days = LocalDate.parse("2022-07-24").datesUntil(LocalDate.parse("2022-07-31")).toList();
        assertThat(SharedEvents.coherent(relative, days, 0, days.size() - 1, LocalDate.parse("2022-07-27")))
                .isEqualTo(LocalDate.parse("2022-07-24"));
    }

    @Test
    void fractionalDurationsAreReadAndReplaceTheWholeUnitInsideThem() {
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "The feud has lasted half a century. Repairs took a year and a half, and a quarter of an hour passed.");
        TemporalExpression century = new TemporalExpression("d", d.text().indexOf("a century"),
                d.text().indexOf("a century") + "a century".length(), "a century", "DURATION", "P100Y", "P100Y", null);
        List<TemporalExpression> found = FractionalDurations.find(d, List.of(century));
        assertThat(found).extracting(TemporalExpression::text)
                .containsExactlyInAnyOrder("half a century", "a year and a half", "a quarter of an hour");
        assertThat(found).extracting(TemporalExpression::value).containsExactlyInAnyOrder("P50Y", "P18M", "PT15M");
    }

    @Test
    void yesterdayRestatedByItsWeekdayIsYesterday() {
        // "The court ruled yesterday Thursday": the weekday restates the day the offset names.
        Reading ruled = reading("yesterday Thursday", null, "OFFSET P-1D INTERSECT XXXX-WXX-4", Tense.PAST);
        assertThat(Relative.handles(ruled)).isTrue();
        assertThat(Relative.at(ruled, LocalDate.parse("2025-05-16")).iso()).isEqualTo("2025-05-15");
    }
}
