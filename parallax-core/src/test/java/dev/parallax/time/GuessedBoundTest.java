package dev.parallax.time;

import dev.parallax.corpus.Evidence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window closed only by the weak guess that a day named with its weekday is recent ("on the same Sunday, May 5")
 * is a guess: what the text proves stays open, so that shared events may still move the article out of it.
 */
class GuessedBoundTest {

    @Test
    void aRecencyGuessDoesNotProveTheUpperBound() {
        Evidence ev = new Evidence("undated", 0, 10);
        var firm = new PublicationDates.Constraint(LocalDate.of(2024, 5, 5), LocalDate.of(2100, 12, 31), 2, ev, false);
        var recency = new PublicationDates.Constraint(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 11),
                PublicationDates.RECENCY_WEIGHT, ev, false);
        PublicationDates.Inferred i = PublicationDates.solve(List.of(firm, recency), 2024);
        assertThat(i.date().earliest()).isEqualTo("2024-05-05");
        assertThat(i.date().latest()).isEqualTo("2024-05-11");
        assertThat(i.proven().end()).isAfter(LocalDate.of(2024, 5, 11));
        assertThat(i.guessedWithin()).isTrue();
    }

    @Test
    void firmBoundsAreProven() {
        Evidence ev = new Evidence("dated", 0, 10);
        var after = new PublicationDates.Constraint(LocalDate.of(2024, 5, 5), LocalDate.of(2100, 12, 31), 2, ev, false);
        var before = new PublicationDates.Constraint(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 5, 9), 2.5, ev, true);
        PublicationDates.Inferred i = PublicationDates.solve(List.of(after, before), 2024);
        assertThat(i.proven()).isEqualTo(new Interval(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 9)));
        assertThat(i.guessedWithin()).isFalse();
    }
}
