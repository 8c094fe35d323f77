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

/** Timeline events of an invented story: a fisheries dispute between Ardania and Velmark, June 2025. */
class TimelineEventsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document first = Document.read("first", "first.txt", null, null, null, "2025-06-12",
                "Minister of Fisheries Tomas Brellin visited the harbour of Korrin on Tuesday. A revised quota "
                        + "proposal is expected on Friday, officials in Korrin said. The Ardania-Velmark fisheries "
                        + "pact was signed in March 2019.");
        Document second = Document.read("second", "second.txt", null, null, null, "2025-06-13",
                "The Ardania-Velmark fisheries pact was concluded in March 2019 after two years of talks. "
                        + "When the tide turned on Monday, the new catch limits formally took effect. "
                        + "Tomas Brellin said on Wednesday that Ardania would not give up its fishing grounds.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(first, second), List.of()));
    }

    private static List<TimelineEvent> on(String date) {
        return corpus.timeline().stream().filter(e -> e.date().equals(date)).toList();
    }

    @Test
    void anExpectationIsNotAnEventOfItsOwn() {
        assertThat(on("2025-06-13")).noneMatch(e -> e.trigger().equals("expect"));
    }

    @Test
    void aTitleNounFollowedByANameIsTitledByThePerson() {
        assertThat(on("2025-06-10")).anySatisfy(e -> assertThat(e.title()).contains("Brellin").containsIgnoringCase("visit"));
    }

    @Test
    void oneNamedPactReportedWithTwoVerbsInOneMonthIsOneEvent() {
        assertThat(on("2019-03")).hasSize(1);
        assertThat(on("2019-03").get(0).sources()).isEqualTo(2);
    }

    @Test
    void aWhenClauseWithoutAnActorDatesItsMainClause() {
        assertThat(on("2025-06-09")).anySatisfy(e -> assertThat(e.trigger()).isEqualTo("take"));
    }
}
