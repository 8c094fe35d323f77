package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures and dates that only look like disagreements between sources: a tally so far that a later article gives
 * higher, a sentence listing two figures against a sentence giving one of them, and a day after the other article
 * was written.
 */
class ClaimUpdatesTest {

    private static List<String> details(Corpus corpus) {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()).map(x -> x.aspect() + " " + x.detail()).toList();
    }

    @Test
    void aTallySoFarThatALaterArticleGivesHigherIsAnUpdate() {
        String early = "Clashes in Orvana\n\n"
                + "At least 12 people have been killed in the clashes in Orvana since the strike began, the health ministry of Velmar said.";
        String late = "Orvana mourns\n\n"
                + "At least 17 people have been killed in the clashes in Orvana since the strike began, according to the health ministry of Velmar.";
        Corpus grown = Models.analyse(Map.of("monday", early, "friday", late), Map.of("monday", "2031-04-07", "friday", "2031-04-11"));
        assertThat(details(grown)).isEmpty();
        // A toll that falls in the later article is no update: the sources disagree (two lower bounds never do).
        Corpus fallen = Models.analyse(Map.of("monday", late.replace("At least 17", "Some 17"), "friday", early.replace("At least 12", "Some 12")),
                Map.of("monday", "2031-04-07", "friday", "2031-04-11"));
        assertThat(details(fallen)).isNotEmpty();
    }

    @Test
    void aSentenceListingTwoFiguresAgreesWithOneGivingEither() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Mayor detained\n\n"
                        + "A judge ordered five days' custody for the mayor of Orvana on Monday; a week later he ordered him held for nine months while he is investigated for fraud.",
                "beta", "Orvana mayor held\n\n"
                        + "A judge on Monday ordered that the mayor of Orvana be held for five days while prosecutors investigate him for fraud."),
                Map.of("alpha", "2031-04-15", "beta", "2031-04-08"));
        assertThat(details(corpus)).noneMatch(d -> d.startsWith("number"));
    }

    @Test
    void aDayAfterTheOtherArticleWasWrittenIsAnotherOccasion() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Dravik seeks asylum\n\n"
                        + "Anton Dravik asked the Velmar embassy for asylum on March 6, his lawyer said.",
                "beta", "Dravik family to leave\n\n"
                        + "Anton Dravik's family will ask the Velmar embassy for asylum on March 27, his lawyer said."),
                Map.of("alpha", "2031-03-08", "beta", "2031-03-21"));
        assertThat(details(corpus)).noneMatch(d -> d.startsWith("date"));
    }

    @Test
    void aLengthGivenWithItsExtentIsAnotherQuantityThanALengthOfNoneSaid() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Channel opens\n\n"
                        + "Engineers opened a temporary channel beside the wreck in Orvana on Monday, 300 feet wide and 14 feet deep, enough for tugs.",
                "beta", "Port reopens\n\n"
                        + "Engineers opened a shallow channel for tugs beside the wreck in Orvana on Monday and a 40-foot channel later, enough for ships."),
                Map.of("alpha", "2031-04-08", "beta", "2031-05-30"));
        assertThat(StatementLookup.statementAt(corpus, "alpha", "300 feet wide").quantities())
                .anySatisfy(q -> assertThat(q.unit()).isEqualTo("count:foot:wide"));
        assertThat(details(corpus)).noneMatch(d -> d.startsWith("number"));
    }
}
