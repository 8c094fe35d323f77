package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other articles of the corpus date: two names of one summit on one day make one timeline entry, and "earlier
 * this month" holding a meeting another article dates keeps an undated article in that month.
 */
class CorpusAnchorsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document before = Document.read("before", "before.txt", null, null, null, "2024-05-07",
                "The heads of state of the bloc will hold a second emergency summit in Lindby on Thursday, after "
                        + "their first on April 28.");
        Document after = Document.read("after", "after.txt", null, null, null, "2024-05-10",
                "The heads of state of the bloc, gathered on Thursday in Lindby for their second summit since the "
                        + "coup in Tarvia, ordered a mission. The summit also named an envoy.");
        Document council = Document.read("council", "council.txt", null, null, null, "2024-06-12",
                "The Varda river council met in Ostrava on Tuesday and approved the new Kelso dam.");
        Document undated = Document.read("undated", "undated.txt", null, null, null, null,
                "The Kelso strike has lasted more than a month since the dockers walked out on May 2, 2024. "
                        + "When the Varda river council met in Ostrava earlier this month, it approved the Kelso dam.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(before, after, council, undated), List.of()));
    }

    @Test
    void summitsNamedOnOneDayAreOneEntry() {
        List<TimelineEvent> summits = corpus.timeline().stream()
                .filter(e -> e.date().equals("2024-05-09") && e.trigger().equals("summit")).toList();
        assertThat(summits).hasSize(1);
        assertThat(summits.get(0).sources()).isEqualTo(2);
    }

    @Test
    void aMonthHoldingAMeetingAnotherArticleDatesBoundsTheWriting() {
        var p = corpus.document("undated").orElseThrow().published();
        assertThat(p.earliest()).isGreaterThanOrEqualTo("2024-06-02");
        assertThat(p.latest()).isLessThanOrEqualTo("2024-06-30");
    }
}
