package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which timeline entries are one happening and which are two, in an invented summit of the Harbour League, May 2025. */
class TimelineMergeTest {

    private static final String FIRST = "Leaders of the Harbour League opened their summit in Lisbon on Friday. "
            + "The summit ends on Sunday with the handover to next year's summit in Oslo. "
            + "Prime Minister Elsa Varno held talks with Mika Tolle in Lisbon on Friday. "
            + "The charter adopted by the ministers on Friday backed the claims of Chile and Peru to the fishing grounds.";
    private static final String SECOND = "Elsa Varno failed to show up at a trade fair on Friday, leaving her deputy "
            + "Oren Blatt to read her speech. Attention now turns to the fisheries conference, which Spain hosts from "
            + "the 9th to the 10th of next month.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document first = Document.read("first", "first.txt", null, null, null, "2025-05-10", FIRST);
        Document second = Document.read("second", "second.txt", null, null, null, "2025-05-10", SECOND);
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(first, second), List.of()));
    }

    private static List<TimelineEvent> on(String date) {
        return corpus.timeline().stream().filter(e -> e.date().equals(date)).toList();
    }

    @Test
    void theSummitBeingReportedIsNotNextYearsEditionNamedLaterInTheSentence() {
        int endsAt = FIRST.indexOf("summit ends");
        for (Entity e : corpus.entities()) {
            boolean oslo = e.mentions().stream().anyMatch(m -> m.text() != null && m.text().contains("Oslo"));
            if (!oslo) continue;
            assertThat(e.mentions()).noneMatch(m -> m.doc().equals("first") && m.start() == endsAt);
        }
        assertThat(on("2025-05-09")).noneMatch(t -> t.title().contains("Oslo"));
    }

    @Test
    void nextYearsEditionIsNotDatedByTheSentenceThatLooksAheadToIt() {
        assertThat(corpus.timeline()).noneMatch(t -> t.title().contains("Oslo"));
    }

    @Test
    void oneActorDoingTwoThingsOnOneDayInTwoSourcesMakesTwoEntries() {
        assertThat(on("2025-05-09")).anySatisfy(t -> assertThat(t.trigger()).isEqualTo("hold"));
        assertThat(on("2025-05-09")).anySatisfy(t -> assertThat(t.trigger()).isEqualTo("show"));
    }

    @Test
    void whoTakesPartInALooselyAttachedClauseDoesNotTakePartInTheDatedOne() {
        assertThat(on("2025-05-09")).anySatisfy(t -> {
            assertThat(t.trigger()).isEqualTo("adopt");
            assertThat(t.entities()).noneMatch(id -> id.contains("chile") || id.contains("peru"));
        });
    }

    @Test
    void attentionTurningToAComingConferenceIsNoEvent() {
        assertThat(corpus.timeline()).noneMatch(t -> t.trigger().equals("turn"));
    }
}
