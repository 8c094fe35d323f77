package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers of quotations in the corner brackets of translated Japanese reports and of bare role nouns. */
class QuoteSpeakerFormsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "c1", String.join("\n\n",
                        "Landslide closes the coastal road",
                        "A landslide buried the coastal road near Minato on the 3rd, the prefecture announced.",
                        "「The slope that slid has been soaked by rain for ten days,」 explains the professor Ueno Kaori "
                                + "(geology) of the Northern Institute of Science, 「and more of it may come down this week.」 "
                                + "She has said that the villages below the slope should stay evacuated.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void cornerBracketsAreQuotationMarksAndNoSubject() {
        Quote first = quote("The slope that slid");
        assertThat(first.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(first)).isEqualTo("Ueno Kaori");
        assertThat(speakerName(quote("and more of it may come down"))).isEqualTo("Ueno Kaori");
    }
}
