package dev.parallax.time;

import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import static dev.parallax.time.TimelineFixture.expr;
import static dev.parallax.time.TimelineFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Written forms of dates and lengths SUTime misses or misreads, on invented sentences. */
class WrittenFormsTest {

    @Test
    void yearRangesInFiguresAreRangesOfYears() {
        Corpus c = run("2024-03-20", "The regulator said the builder overstated its profits over 2017-18. "
                + "The assembly confirmed him for the term 2026-2032.");
        assertEquals("2017/2018", expr(c, "d0", "2017-18").value());
        assertEquals("2026/2032", expr(c, "d0", "2026-2032").value());
    }

    @Test
    void theYearsCalqueNamesEachYear() {
        Corpus c = run("2024-03-20", "The notes had been issued in the years 2018 and 2019 on the basis of false accounts.");
        assertEquals("2018", expr(c, "d0", "2018").value());
    }

    @Test
    void qualifiedCountsAndHalvesAreLengths() {
        Corpus c = run("2024-03-20", "A company whose shares stay suspended for 14 consecutive months can be removed from the board. "
                + "It took the court almost three and a half years to rule.");
        assertEquals("P14M", expr(c, "d0", "14 consecutive months").value());
        assertEquals("P3Y6M", expr(c, "d0", "three and a half years").value());
    }

    @Test
    void pressShorthandOfADayIsTheDateNamedInFull() {
        Corpus c = run("2024-03-20", "The court confirmed the results of the elections of the 10 of March. "
                + "\"The people spoke on the 10M and the judges agree,\" the president said.");
        assertEquals("2024-03-10", expr(c, "d0", "10M").value());
    }

    @Test
    void solarHijriDatesAndYears() {
        Corpus c = run("2024-07-06", "At the first round of 8 Tir, turnout was the lowest in the country's history. "
                + "The surgeon had been barred from the election of 1400 by the council.");
        assertEquals("2024-06-28", expr(c, "d0", "8 Tir").value());
        assertEquals("2021-03-21/2022-03-20", expr(c, "d0", "1400").value());
    }

    @Test
    void otherCalendarsOfThePress() {
        Corpus c = run("2024-05-02", "The feast fell on 1 Shawwal 1445 this year. The temple was rebuilt in B.E. 2566, "
                + "and the bridge opened in Reiwa 5.");
        assertEquals("2024-04-10", expr(c, "d0", "1 Shawwal 1445").value());
        assertEquals("2023", expr(c, "d0", "B.E. 2566").value());
        assertEquals("2023", expr(c, "d0", "Reiwa 5").value());
    }

    @Test
    void dayAndMonthInFiguresFollowTheTextsOrder() {
        Corpus c = run("2024-07-31", "The vote was held on 12 July. The ministry has kept a cautious line since the 12/07, "
                + "its spokesman said.");
        assertEquals("2024-07-12", expr(c, "d0", "12/07").value());
    }

    @Test
    void aDayWordAndItsWeekdayAreOneDayNamedTwice() {
        Corpus c = run("2024-08-23", "The court certified yesterday Thursday the results of the election.");
        assertTrue(c.temporal().stream().anyMatch(t -> t.text().equals("Thursday") && "2024-08-22".equals(t.value())),
                c.temporal().toString());
        assertEquals("2024-08-22", expr(c, "d0", "yesterday").value());
    }

    @Test
    void aDaySetBesideACountedDayIsThatDay() {
        Corpus c = run("2024-01-31", "The minister declared the day before yesterday, the day of the decision, that the banks were safe.");
        assertEquals("2024-01-29", expr(c, "d0", "the day before yesterday").value());
        assertEquals("2024-01-29", expr(c, "d0", "the day of the decision").value());
    }

    @Test
    void theNewYearIsNoDayToCountFrom() {
        Corpus c = run("2024-11-20", "On November 6 the chancellor said he wanted a vote in the new year. "
                + "Six days later he agreed to hold it sooner.");
        assertEquals("2024-11-12", expr(c, "d0", "Six days later").value());
    }

    @Test
    void anActThatWhatWouldHappenFollowsTakesTheNearestYear() {
        Corpus c = run("2024-05-20", "She said the vote would test whether the authorities could win voters back after "
                + "the low turnout of the parliamentary election in March.");
        assertEquals("2024-03", expr(c, "d0", "March").value());
    }
}
