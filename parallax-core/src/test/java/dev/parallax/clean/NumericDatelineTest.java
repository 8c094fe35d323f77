package dev.parallax.clean;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.time.GivenDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numeric date lines in translated articles: "Published the 05/03/2024 at 09h15 - Updated ...", day first. */
class NumericDatelineTest {

    @Test
    void aDoubleDatelineWithAnHClockIsRemovedAndReadDayFirst() {
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "Published the 05/03/2024 at 09h15 - Updated the 05/03/2024 at 10h02\n\n"
                        + "The harbour council of Corvado met on 4 March and voted to close the old pier.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.text()).doesNotContain("Published");
        assertThat(cleaned.published().basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(cleaned.published().value()).isEqualTo("2024-03-05");
    }

    @Test
    void theOrderOfANumericDateIsToldByTheArticleOrLeftUnknown() {
        assertThat(GivenDates.dayFirst("Posted 05/03/2024", "The council met on 4 March and on 12 February.")).isTrue();
        assertThat(GivenDates.dayFirst("Posted 05/03/2024", "The council met on March 4 and on February 12.")).isFalse();
        assertThat(GivenDates.dayFirst("Posted 05/03/2024", "The council met.")).isNull();
        assertThat(GivenDates.iso("05/03/2024", true)).isEqualTo("2024-03-05");
        assertThat(GivenDates.iso("05/03/2024", false)).isEqualTo("2024-05-03");
        assertThat(GivenDates.iso("05/03/2024", null)).isNull();
        // A part over 12 is the day whatever the convention.
        assertThat(GivenDates.iso("25/03/2024", false)).isEqualTo("2024-03-25");
    }

    @Test
    void aYearFirstInputAndModifiedLineIsRemovedAndRead() {
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "Harbour council closes the old pier\n\nHome > Local\n\n"
                        + "Input 2023.11.07 08:05 | Modified 2023.11.07 09:40\n\n"
                        + "The harbour council of Corvado on the 6th voted to close the old pier.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.text()).doesNotContain("Modified");
        assertThat(cleaned.published().value()).isEqualTo("2023-11-07");
        assertThat(GivenDates.iso("2023/8/9", null)).isEqualTo("2023-08-09");
        assertThat(GivenDates.iso("2023.08.09.", null)).isEqualTo("2023-08-09");
    }

    @Test
    void aSpacedCentralEuropeanDateLineUnderAHeadlineIsItsOwnLineAndIsRead() {
        // Czech, Slovak and Polish sites write "9. 4. 2024" with a space after each dot, and pasted pages put the
        // date line right under the headline with only a line break between them.
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "Vltava Echo\nHome > Region > Floods\nThe river falls, the town counts the damage after the flood\n"
                        + "9. 4. 2024 | 08:15\nAuthor: Petra Nov\u00e1, Brod\n\n"
                        + "The water of the river fell overnight and the town council began on Monday to count the damage.\n\n"
                        + "The mayor said the repairs would take the whole summer.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.text()).startsWith("The water of the river fell overnight")
                .doesNotContain("08:15", "Vltava Echo", "counts the damage after");
        assertThat(cleaned.title()).isEqualTo("The river falls, the town counts the damage after the flood");
        assertThat(cleaned.published().basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(cleaned.published().value()).isEqualTo("2024-04-09");
        assertThat(GivenDates.iso("9. 4. 2024", null)).isEqualTo("2024-04-09");
    }
}
