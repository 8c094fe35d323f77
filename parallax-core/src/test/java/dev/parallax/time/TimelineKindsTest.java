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

/** What kind of act an entry is, when a saying verb reports it: an invented reef charter, March 2026. */
class TimelineKindsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document only = Document.read("only", "only.txt", null, null, null, "2026-03-04",
                "The coastal ministers agreed on Monday to protect the Tarvik reef and adopted a charter for its divers. "
                        + "Fishing crews in Brenn protested outside the hall. "
                        + "On Monday, Commissioner Lena Ostrova announced that the coastal ministers had reached a consensus "
                        + "on the Tarvik reef charter.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(only), List.of()));
    }

    @Test
    void anAnnouncementOfAnAgreementIsTheAgreementTold() {
        List<TimelineEvent> monday = corpus.timeline().stream()
                .filter(e -> e.date().equals("2026-03-02")).toList();
        assertThat(monday).hasSize(1);
        assertThat(monday.get(0).evidence().stream().map(ev -> ev.start()).distinct().count()).isGreaterThanOrEqualTo(2);
    }
}
