package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named in ways a plain reading misses: a hyphenated given name that says a woman speaks ("Marie-Odile"),
 * and a person in apposition to a title that an organisation owns ("the union's secretary-general, Tavo Rennik,").
 */
class QuoteCompoundNamesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "h1", String.join("\n\n",
                        "Lindport delays the harbour",
                        "The council of Lindport, led by Mrs. Ana Keller, postponed the vote on the new harbour on Tuesday.",
                        "For Marie-Odile Brandt, researcher at the Institute of Coastal Studies, « Mr. Tarnen brings the "
                                + "money, but he does not bring the votes ». She recalls that the council has already "
                                + "rejected a plan of « experts » in 2009. « The risk is that the delay becomes permanent », "
                                + "she estimates."),
                "h2", String.join("\n\n",
                        "Dockers reject the ruling",
                        "Mr Erik Varga, the harbour master, said he was \"ready to talk\" and promised a plan \"that can "
                                + "work for everyone\".",
                        "Push Forward’s secretary-general, Tavo Rennik, said his party respected the ruling but would "
                                + "not back a plan that included \"firms that broke the law\". \"We will go on strike with our "
                                + "heads held high,\" he said. \"Our 4,000 members are not going anywhere.\"")));
    }

    private static String speaker(String start) {
        return QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, start));
    }

    @Test
    void aHyphenatedGivenNameTellsTheGenderOfALaterShe() {
        assertThat(speaker("the council has already rejected")).isEqualTo("Marie-Odile Brandt");
        assertThat(speaker("The risk is that the delay")).isEqualTo("Marie-Odile Brandt");
    }

    @Test
    void thePersonInAppositionToAnOwnedTitleSpeaks() {
        assertThat(speaker("firms that broke the law")).isEqualTo("Tavo Rennik");
        assertThat(speaker("We will go on strike")).isEqualTo("Tavo Rennik");
    }
}
