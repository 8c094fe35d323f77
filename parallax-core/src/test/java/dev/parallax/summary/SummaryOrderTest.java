package dev.parallax.summary;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.SummarySentence;
import dev.parallax.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryOrderTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "early", "Engineers in Rovik closed the northern quay on 4 March 2031 after a crane toppled onto a cargo "
                        + "ship in the harbour.\n\n"
                        + "He said the harbour would stay shut to large vessels for at least two weeks while divers "
                        + "inspected the wreck.",
                "late", "The northern quay of Rovik reopened to cargo traffic on 19 March 2031, two weeks after the crane "
                        + "accident.\n\n"
                        + "The crane operator had warned the port authority about worn cables on 1 March 2031, three "
                        + "days before the collapse.\n\n"
                        + "Local anglers held their yearly regatta in the bay on a sunny weekend, as they have for decades."),
                Map.of("early", "2031-03-05", "late", "2031-03-20"));
    }

    @Test
    void sentencesFollowTheDaysTheyTellNotTheirArticlesDates() {
        Corpus summarised = new SummaryStage(3).apply(corpus, Progress.NONE);
        assertThat(summarised.summary()).extracting(SummarySentence::text).satisfiesExactly(
                first -> assertThat(first).contains("1 March 2031"),
                second -> assertThat(second).contains("4 March 2031"),
                third -> assertThat(third).contains("19 March 2031"));
    }

    @Test
    void aSentenceOpeningWithAPronounIsTakenOnlyWhenNothingElseIsLeft() {
        assertThat(new SummaryStage(4).apply(corpus, Progress.NONE).summary())
                .extracting(SummarySentence::text).noneMatch(t -> t.startsWith("He "));
        assertThat(new SummaryStage(5).apply(corpus, Progress.NONE).summary())
                .extracting(SummarySentence::text).anyMatch(t -> t.startsWith("He "));
    }
}
