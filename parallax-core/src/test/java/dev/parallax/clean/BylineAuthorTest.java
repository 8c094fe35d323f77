package dev.parallax.clean;

import dev.parallax.corpus.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A byline removed as boilerplate still names the author, without its label or the place filed from. */
class BylineAuthorTest {

    @Test
    void aCorrespondentBylineGivesTheAuthorsName() {
        Document d = Document.read("d", "d.txt", null, null, null, null,
                "From our correspondent Jana Holm, Rovik\n\n"
                        + "The harbour council of Rovik met on Tuesday and voted to close the old pier to ferries.");
        Document cleaned = new CleanStage().clean(d);
        assertThat(cleaned.text()).startsWith("The harbour council");
        assertThat(cleaned.author()).isEqualTo("Jana Holm");
    }
}
