package dev.parallax.time;

import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.Timex;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clues to an undated article's writing day and SUTime readings repaired without a parse: "yesterday (Friday)",
 * ranges SUTime cuts in pieces, "last 5 March", "this Thursday 8 May", "mid-March", "July 19, the same day", and
 * days or years counted from the day or year told. Invented sentences.
 */
class WritingDayCluesTest {

    @Test
    void aWeekdayBesideYesterdayOrTodayGivesTheWritingWeekday() {
        assertThat(WritingWeekday.of("d", "The board published its audit yesterday (Friday) in Velmar.", null).day())
                .isEqualTo(DayOfWeek.SATURDAY);
        assertThat(WritingWeekday.of("d", "The strike goes on today (Monday), the union said.", null).day())
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(WritingWeekday.of("d", "The port reopens on Sunday (tomorrow).", null).day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(WritingWeekday.of("d", "The board met yesterday (Friday) and today (Friday).", null)).isNull();
        assertThat(WritingWeekday.of("d", "The board met yesterday and on Friday.", null)).isNull();
    }

    @Test
    void theWindowKeepsOnlyTheWritingWeekday() {
        PublicationDate p = new PublicationDate("2030-04-03", "2030-04-03", "2030-04-20", PublicationDate.Basis.inferred, List.of());
        WritingWeekday.Clue saturday = new WritingWeekday.Clue(DayOfWeek.SATURDAY, new Evidence("d", 0, 5));
        PublicationDate trimmed = WritingWeekday.trim(p, saturday);
        assertThat(trimmed.earliest()).isEqualTo("2030-04-06");
        assertThat(trimmed.latest()).isEqualTo("2030-04-20");
        assertThat(LocalDate.parse(trimmed.value()).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        // Bounded only from below, the writing is the first such day after the last thing told.
        PublicationDate soon = WritingWeekday.trim(p, saturday, true);
        assertThat(List.of(soon.earliest(), soon.latest(), soon.value())).containsOnly("2030-04-06");
        // A given date is never moved.
        PublicationDate given = new PublicationDate("2030-04-03", "2030-04-03", "2030-04-03", PublicationDate.Basis.given, List.of());
        assertThat(WritingWeekday.trim(given, saturday)).isSameAs(given);
    }

    @Test
    void aRangeCutInPiecesIsJoined() {
        String text = "Some 80 people were hurt from 12 March to 2 April in Velmar.";
        int a = text.indexOf("from"), b = text.indexOf("to 2"), c = text.indexOf("April");
        List<Timex> pieces = List.of(new Timex(a, a + 13, "from 12 March", "DURATION", "PT504H", null, 0),
                new Timex(b, b + 4, "to 2", "DURATION", "PT504H", null, 0),
                new Timex(c, c + 5, "April", "DURATION", "PT504H", null, 0));
        List<Timex> joined = Reading.joinedRanges(text, pieces);
        assertThat(joined).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("from 12 March to 2 April"));
        TimexParts parts = Reading.crossMonth(joined.get(0).text());
        assertThat(parts.in(2030)).isEqualTo(new Interval(LocalDate.of(2030, 3, 12), LocalDate.of(2030, 4, 2)));
    }

    @Test
    void lastFifthOfMarchIsTheLatestOne() {
        Timex t = Reading.normalised(new Timex(0, 12, "last 5 March", "DATE", null, "XXXX-03-05 OFFSET P-1Y", 0));
        assertThat(t.value()).isEqualTo("XXXX-03-05");
    }

    @Test
    void aWeekdayIntersectedWithItsDateIsTheDate() {
        Timex t = Reading.normalised(new Timex(0, 20, "this Thursday 8 May", "DATE", null,
                "THIS XXXX-WXX-4 INTERSECT XXXX-05-08", 0));
        assertThat(t.value()).isEqualTo("XXXX-05-08");
    }

    @Test
    void midMonthAndADateJoinedToTheSameDayAreRead() {
        String text = "Schools closed since mid-March reopened on May 9, the same day the mayor resigned.";
        int d = text.indexOf("May 9");
        List<Timex> read = Reading.supplemented(text, null, List.of(new Timex(d, d + 19, "May 9, the same day", "DATE",
                null, "THIS P1D INTERSECT XXXX-05-09", 0)));
        assertThat(read).extracting(Timex::text).containsExactly("mid-March", "May 9", "the same day");
        assertThat(read).extracting(Timex::value).containsExactly("XXXX-03", "XXXX-05-09", null);
    }

    @Test
    void daysCountedFromTheDayTold() {
        Interval may9 = Interval.day(LocalDate.of(2030, 5, 9)); // a Thursday
        assertThat(TemporalResolver.anaphoric("the night before", may9)).isEqualTo(Interval.day(LocalDate.of(2030, 5, 8)));
        assertThat(TemporalResolver.anaphoric("midnight the next day", may9)).isEqualTo(Interval.day(LocalDate.of(2030, 5, 10)));
        assertThat(TemporalResolver.anaphoric("the following sunday", may9)).isEqualTo(Interval.day(LocalDate.of(2030, 5, 12)));
        assertThat(TemporalResolver.isAnaphoric("next Sunday")).isFalse();
    }

    @Test
    void yearsLaterCountFromTheYearNamed() {
        Interval y1975 = new Interval(LocalDate.of(1975, 1, 1), LocalDate.of(1975, 12, 31));
        assertThat(TemporalResolver.yearsLater("six years later", y1975)).isEqualTo("1981");
        assertThat(TemporalResolver.yearsLater("two months later", y1975)).isNull();
        assertThat(TemporalResolver.yearsLater("two months later", Interval.day(LocalDate.of(2030, 11, 3)))).isEqualTo("2031-01");
    }
}
