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

/** An occasion's calendar and what was said at it, in an invented reef conference, November 2025. */
class TimelineOccasionsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document first = Document.read("first", "first.txt", null, null, null, "2025-11-12",
                "Elsa Varno declared earlier this month that the Tarvik reef rescue plan was a betrayal of the Brenn "
                        + "fishermen and the Solvik pearl divers. "
                        + "The reef conference opened on 10 November with the launch of a coral fund. "
                        + "Delegates agreed on Monday to put the coral fund into operation. "
                        + "Norway announced on Tuesday that it would not join the fund. "
                        + "The agenda was settled only after late-night talks among the ministers on Sunday.");
        Document second = Document.read("second", "second.txt", null, null, null, "2025-11-21",
                "\"Failure is not an option,\" said Elsa Varno on Thursday. "
                        + "The talks, which ran from 10 to 21 November, ended with a modest deal. "
                        + "Elsa Varno had said the Tarvik reef rescue plan was a betrayal of the Brenn fishermen and the Solvik "
                        + "pearl divers, and Norway urged its partners last week to reject the plan. "
                        + "Norwegian Minister Lars Hegge left the hall early. "
                        + "On Wednesday the Norwegian minister hit back at his critics.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(first, second), List.of()));
    }

    private static List<TimelineEvent> on(String date) {
        return corpus.timeline().stream().filter(e -> e.date().equals(date)).toList();
    }

    @Test
    void anOccasionsOpeningAndItsRunAreOneEntryWithTheWholeRun() {
        List<TimelineEvent> opening = on("2025-11-10").stream()
                .filter(t -> t.trigger().equals("open") || t.trigger().equals("run")).toList();
        assertThat(opening).hasSize(1);
        assertThat(opening.get(0).until()).isEqualTo("2025-11-21");
        assertThat(opening.get(0).sources()).isEqualTo(2);
    }

    @Test
    void whatWasDoneAtTheOpeningIsAnEntryOfItsOwn() {
        assertThat(on("2025-11-10")).anySatisfy(t -> assertThat(t.trigger()).isEqualTo("agree"));
    }

    @Test
    void aSayingVerbsTitleSaysWhatWasMadeKnown() {
        assertThat(on("2025-11-11")).anySatisfy(t -> assertThat(t.title()).contains("Norway announced").contains("would not join"));
    }

    @Test
    void talksAmongUnnamedPeopleAreAnEvent() {
        assertThat(on("2025-11-09")).anySatisfy(t -> assertThat(t.title()).contains("talks among"));
    }

    @Test
    void anActorOfAnotherClauseIsNotTheDatedOnesActor() {
        assertThat(corpus.timeline()).anySatisfy(t -> {
            assertThat(t.trigger()).isEqualTo("urge");
            assertThat(t.evidence()).allMatch(ev -> ev.doc().equals("second"));
        });
    }

    @Test
    void aPersonsDescriptionAsActorTitlesTheEntryByNameWithTheVerbsParticle() {
        assertThat(on("2025-11-19")).anySatisfy(t -> assertThat(t.title()).startsWith("Lars Hegge hit back"));
    }

    @Test
    void aNameAfterAnInvertedSayingVerbIsTheSpeaker() {
        assertThat(on("2025-11-20")).anySatisfy(t -> assertThat(t.title()).startsWith("Elsa Varno said"));
    }
}
