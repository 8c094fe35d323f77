package dev.parallax.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeValuesTest {

    @Test
    void intervalsParseIsoAndTimexValuesAndPrintBackAsIso() {
        assertThat(Interval.parse("2023-07-12").iso()).isEqualTo("2023-07-12");
        assertThat(Interval.parse("2023-07").iso()).isEqualTo("2023-07");
        assertThat(Interval.parse("2023").iso()).isEqualTo("2023");
        assertThat(Interval.parse("2023-W28").iso()).isEqualTo("2023-07-10/2023-07-16");
        assertThat(Interval.parse("2023-Q3").iso()).isEqualTo("2023-07-01/2023-09-30");
        assertThat(Interval.parse("2022-06-29/2022-06-30").days()).isEqualTo(2);
        assertThat(Interval.parse("XXXX-07-12")).isNull();
        assertThat(Interval.parse("P5Y")).isNull();
        assertThat(Interval.parse("2023-02-30")).isNull();
    }

    @Test
    void anOpenEndedArticleJoinsTheBurstOfItsDatedSiblings() {
        var siblings = java.util.List.of(LocalDate.parse("2024-10-04"), LocalDate.parse("2024-10-08"),
                LocalDate.parse("2024-10-09"), LocalDate.parse("2023-01-15"));
        var onlyAfter2016 = new PublicationDates.Inferred(new dev.parallax.corpus.PublicationDate("2016-06-23", "2016-06-23",
                "2016-07-23", dev.parallax.corpus.PublicationDate.Basis.inferred, java.util.List.of()), true);
        var p = PublicationDates.withStoryPrior(onlyAfter2016, siblings);
        assertThat(p.earliest()).isEqualTo("2024-10-01");
        assertThat(p.latest()).isEqualTo("2024-10-23");
        var unknown = new PublicationDates.Inferred(dev.parallax.corpus.PublicationDate.unknown(), true);
        assertThat(PublicationDates.withStoryPrior(unknown, siblings).value()).isEqualTo("2024-10-08");
        var spread = java.util.List.of(LocalDate.parse("2024-10-03"), LocalDate.parse("2024-10-29"), LocalDate.parse("2024-10-31"));
        assertThat(PublicationDates.withStoryPrior(unknown, spread).earliest()).isEqualTo("2024-09-30");
        // The text's own lower bound wins over the burst, and a bounded window is left alone.
        var afterBurst = new PublicationDates.Inferred(new dev.parallax.corpus.PublicationDate("2025-02-01", "2025-02-01",
                "2025-03-03", dev.parallax.corpus.PublicationDate.Basis.inferred, java.util.List.of()), true);
        assertThat(PublicationDates.withStoryPrior(afterBurst, siblings).earliest()).isEqualTo("2025-02-01");
        var bounded = new PublicationDates.Inferred(afterBurst.date(), false);
        assertThat(PublicationDates.withStoryPrior(bounded, siblings)).isSameAs(afterBurst.date());
        assertThat(PublicationDates.withStoryPrior(unknown, java.util.List.of(LocalDate.parse("2024-10-04"))).value()).isNull();
    }

    @Test
    void partsKeepWhatIsKnownAndFindWeekdayYears() {
        TimexParts p = TimexParts.of("XXXX-07-12").withWeekday(DayOfWeek.WEDNESDAY);
        assertThat(p.year()).isNull();
        assertThat(p.in(2023).iso()).isEqualTo("2023-07-12");
        assertThat(p.weekdayYears(2015, 2030)).containsExactly(2017, 2023, 2028);
        assertThat(TimexParts.of("XXXX-WXX-5").weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(TimexParts.of("XXXX-06-29").withEndDay(30).in(2022).iso()).isEqualTo("2022-06-29/2022-06-30");
    }

    @Test
    void rangeEndsThatSutimeDropsAreRestored() {
        String a = "She will open the fair in Lisbon from June 29 to 30. It matters.";
        int s = a.indexOf("June 29"), e = s + "June 29".length();
        Ranges.Found r = Ranges.around(a, s, e, 29);
        assertThat(a.substring(r.start(), r.end())).isEqualTo("June 29 to 30");
        assertThat(r.lastDay()).isEqualTo(30);

        String b = "The congress runs from 11th to 12th July 2023 in Lisbon.";
        s = b.indexOf("12th July 2023");
        r = Ranges.around(b, s, s + "12th July 2023".length(), 12);
        assertThat(b.substring(r.start(), r.end())).isEqualTo("11th to 12th July 2023");
        assertThat(r.firstDay()).isEqualTo(11);

        String c = "Sales rose on June 29 to 30 percent of the total.";
        s = c.indexOf("June 29");
        assertThat(Ranges.around(c, s, s + 7, 29)).isNull();
    }

    @Test
    void tenseChoosesTheYearAndTheWeekday() {
        LocalDate ref = LocalDate.of(2023, 7, 8); // a Saturday
        TimexParts december = TimexParts.of("XXXX-12-05");
        assertThat(TemporalResolver.yearByTense(december, ref, Tense.PAST)).isEqualTo(2022);
        assertThat(TemporalResolver.yearByTense(december, ref, Tense.FUTURE)).isEqualTo(2023);
        assertThat(TemporalResolver.yearByTense(TimexParts.of("XXXX-01-10"), ref, Tense.FUTURE)).isEqualTo(2024);
        assertThat(TemporalResolver.weekdayByTense(DayOfWeek.FRIDAY, ref, Tense.PAST)).isEqualTo(LocalDate.of(2023, 7, 7));
        assertThat(TemporalResolver.weekdayByTense(DayOfWeek.FRIDAY, ref, Tense.FUTURE)).isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @Test
    void givenDatesParseCommonFormats() {
        assertThat(GivenDates.iso("2024-05-02T10:00:00Z")).isEqualTo("2024-05-02");
        assertThat(GivenDates.iso("Thu, 02 May 2024 10:00:00 GMT")).isEqualTo("2024-05-02");
        assertThat(GivenDates.iso("May 2, 2024")).isEqualTo("2024-05-02");
        assertThat(GivenDates.iso("2 May 2024")).isEqualTo("2024-05-02");
        assertThat(GivenDates.iso("yesterday")).isNull();
    }

    @Test
    void theCalendarKnowsSummitsAndLandmarks() {
        Calendar c = Calendar.standard();
        assertThat(c.summits("North Atlantic Treaty Organization", "Lithuania")).singleElement()
                .satisfies(s -> assertThat(s.dates().iso()).isEqualTo("2023-07-11/2023-07-12"));
        assertThat(c.landmarks(java.util.List.of("invade"), java.util.List.of("Ukraine"))).singleElement()
                .satisfies(l -> assertThat(l.dates().start()).isEqualTo(LocalDate.of(2022, 2, 24)));
        assertThat(c.landmarks(java.util.List.of("visit"), java.util.List.of("Ukraine"))).isEmpty();
    }
}
