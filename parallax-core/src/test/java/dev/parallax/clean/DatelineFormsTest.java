package dev.parallax.clean;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.time.GivenDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Date lines in the forms news sites print them: dotted numeric dates, clocks with a zone or "o'clock", update notes. */
class DatelineFormsTest {

    private static PublicationDate published(String dateline) {
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "Harbour council closes the old pier\n\n" + dateline + "\n\n"
                        + "The harbour council of Corvado voted on Monday to close the old pier after a storm.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.text()).doesNotContain(dateline);
        return cleaned.published();
    }

    @Test
    void aDottedNumericDateWithAClockAndAnUpdateInBracketsIsTheDateLine() {
        PublicationDate p = published("07.02.2025 – 14:05 (updated at 15:30)");
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(p.value()).isEqualTo("2025-02-07");
    }

    @Test
    void aClockSaidInOClockIsPartOfTheDateLine() {
        assertThat(published("09.06.2025, 07:15 o'clock").value()).isEqualTo("2025-06-09");
    }

    @Test
    void aDateLineMayCarryLabelledFieldsAfterTheDate() {
        // Portals print the source and the editor on the date's own line: "2025-03-11 09:20  Source: X  Editor: Y".
        assertThat(published("2025-03-11 09:20   Source: Corvado Daily   Editor: Lin Hao").value()).isEqualTo("2025-03-11");
        assertThat(published("25/03/2025 | Author: Mara Velt").value()).isEqualTo("2025-03-25");
    }

    @Test
    void anAbbreviatedMonthWithItsDotAndAClockWithAZoneAreRead() {
        assertThat(published("Feb. 3, 2025 | 8:40 AM CET").value()).isEqualTo("2025-02-03");
    }

    @Test
    void anUpdateThatGivesOnlyAClockStillLeavesTheDateOfTheLine() {
        assertThat(published("14 Jun 2025 | Updated 9:10 PM BST").value()).isEqualTo("2025-06-14");
    }

    @Test
    void dotsBetweenDayMonthAndYearAreWrittenDayFirst() {
        // No US convention writes a date with dots; the day comes first whatever the rest of the article does.
        assertThat(GivenDates.iso("05.03.2024", null)).isEqualTo("2024-03-05");
        assertThat(GivenDates.iso("05.03.2024", false)).isEqualTo("2024-03-05");
    }

    @Test
    void aDateLineRightUnderALongHeadlineIsItsOwnParagraph() {
        // A line that starts with a digit usually continues the one before; a whole date line never does.
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "Harbour council of Corvado closes the old pier after the winter storms\n"
                        + "09.06.2025, 07:15 o'clock\n"
                        + "The harbour council of Corvado voted on Monday to close the old pier after a storm.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.published().basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(cleaned.published().value()).isEqualTo("2025-06-09");
    }

    @Test
    void aCutWeekdayAndAnOrdinalDayAreReadInADateLine() {
        assertThat(published("Tue 4 Mar 2025 07.40 GMT").value()).isEqualTo("2025-03-04");
        assertThat(published("Tuesday, 4th March 2025").value()).isEqualTo("2025-03-04");
        assertThat(published("Posted the 4th of March 2025").value()).isEqualTo("2025-03-04");
    }

    @Test
    void aDateLinePairingAnotherCalendarWithTheGregorianDateGivesTheGregorianDay() {
        // Sites of countries with their own calendar print its day first or beside the Gregorian one.
        assertThat(published("Tuesday 12 Mehr 1404 – 4 October 2025, 10:15").value()).isEqualTo("2025-10-04");
        assertThat(published("4 October 2025 (12 Mehr 1404)").value()).isEqualTo("2025-10-04");
        assertThat(published("Friday 4 Rabi' al-Thani 1447 AH / 26 September 2025").value()).isEqualTo("2025-09-26");
        assertThat(published("1404/07/12 - 04.10.2025 10:15").value()).isEqualTo("2025-10-04");
    }
}
