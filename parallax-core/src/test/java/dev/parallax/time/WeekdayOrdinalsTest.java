package dev.parallax.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "On the 14th (Wed)": a day's number and weekday name one day near the story's dated articles. */
class WeekdayOrdinalsTest {

    @Test
    void theNumberAndWeekdayPickTheOneFittingMonthNearTheStory() {
        List<LocalDate> story = List.of(LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 6));
        // 14 June 2023 was a Wednesday; no other 14th within reach was.
        assertThat(WeekdayOrdinals.place(14, DayOfWeek.WEDNESDAY, story)).isEqualTo(LocalDate.of(2023, 6, 14));
        // The 1st fell on a Thursday in June 2023 only.
        assertThat(WeekdayOrdinals.place(1, DayOfWeek.THURSDAY, story)).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void noDayIsPlacedWhereNoneOrSeveralFit() {
        List<LocalDate> story = List.of(LocalDate.of(2023, 6, 2));
        assertThat(WeekdayOrdinals.place(14, DayOfWeek.MONDAY, story)).isNull();
        assertThat(WeekdayOrdinals.place(14, DayOfWeek.WEDNESDAY, List.of())).isNull();
    }
}
