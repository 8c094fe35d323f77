package dev.parallax.clean;

import dev.parallax.corpus.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A byline removed as boilerplate still names the author, without its label or the place filed from. */
class BylineAuthorTest {

    private static Document cleaned(String text) {
        return new CleanStage().clean(Document.read("d", "d.txt", null, null, null, null, text));
    }

    @Test
    void aCorrespondentBylineGivesTheAuthorsName() {
        Document d = cleaned("From our correspondent Jana Holm, Rovik\n\n"
                + "The harbour council of Rovik met on Tuesday and voted to close the old pier to ferries.");
        assertThat(d.text()).startsWith("The harbour council");
        assertThat(d.author()).isEqualTo("Jana Holm");
    }

    @Test
    void aSharedBylineNamesBothWritersWithoutTheirCities() {
        Document d = cleaned("By Mara Lind in Rovik and Tomas Berg in New Harwick\n\n"
                + "The harbour council of Rovik met on Tuesday and voted to close the old pier to ferries.");
        assertThat(d.text()).startsWith("The harbour council");
        assertThat(d.author()).isEqualTo("Mara Lind and Tomas Berg");
    }

    @Test
    void aTranslatedFromBylineGivesTheName() {
        Document d = cleaned("From Lena Brandt\n\n"
                + "The harbour council of Rovik met on Tuesday and voted to close the old pier to ferries.");
        assertThat(d.author()).isEqualTo("Lena Brandt");
    }
}
