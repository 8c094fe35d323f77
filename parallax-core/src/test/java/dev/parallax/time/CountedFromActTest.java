package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undated articles that count the time since an act ("two weeks after the storm of March 4th", "four weeks to the
 * day after the results were declared", a headline's "two weeks after the storm"): the count from the act's day,
 * given by the phrase itself, another article or the article's own dating of that noun, places the writing, however
 * early the story's dated articles are. An invented story about the town of Orvik.
 */
class CountedFromActTest {

    private static Corpus corpus;

    private static Document dated(String id, String date, String text) {
        return Document.read(id, id + ".txt", null, null, null, date, text);
    }

    private static Document undated(String id, String title, String text) {
        return Document.read(id, id + ".txt", null, title, null, null, text);
    }

    @BeforeAll
    static void analyse() {
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults()).run(Corpus.of(List.of(
                dated("storm", "2024-03-05", "A storm destroyed the harbour of Orvik on Monday, the mayor said."),
                dated("count", "2024-06-09", "The electoral board of Orvik declared the final results of the "
                        + "municipal vote on Sunday, giving the harbour party a narrow lead."),
                dated("vote", "2024-06-03", "Few voters of Orvik took part in the municipal vote of June 2, "
                        + "whose results are expected within a week."),
                undated("flood", null, "On Monday evening a second flood hit the town of Orvik. It came exactly two "
                        + "weeks after the storm of March 4th, which destroyed the harbour."),
                undated("council", null, "When the new mayor of Orvik named his council on Sunday evening, four weeks "
                        + "to the day after the results of the municipal vote were declared, the harbour party got "
                        + "three seats. The new members are due to be sworn in on Wednesday."),
                undated("headline", "Floods return to Orvik two weeks after the storm", "A new flood struck the town "
                        + "of Orvik yesterday, Monday, and covered the roads that the storm of the fourth of March had "
                        + "spared.")), List.of()));
    }

    private static PublicationDate published(String id) {
        return corpus.document(id).orElseThrow().published();
    }

    @Test
    void aPastActCountedFromADayThePhraseNamesBoundsTheWritingFromBelow() {
        // Two weeks after 4 March 2024: the flood of Monday 18 March, told as past.
        assertThat(LocalDate.parse(published("flood").earliest())).isAfterOrEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void anActAnotherArticleDatesIsCountedFromItsDay() {
        // Four weeks after the results declared on Sunday 9 June: the council named on Sunday 7 July.
        PublicationDate p = published("council");
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2024, 7, 7));
        assertThat(LocalDate.parse(p.earliest())).isBeforeOrEqualTo(LocalDate.of(2024, 7, 8));
    }

    @Test
    void aHeadlineCountingFromANounTheArticleDatesPlacesTheWriting() {
        // Two weeks after 4 March, on the Tuesday after a Monday: 19 March.
        assertThat(published("headline").value()).isEqualTo("2024-03-19");
    }
}
