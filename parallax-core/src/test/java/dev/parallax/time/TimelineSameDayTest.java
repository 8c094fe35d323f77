package dev.parallax.time;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Happenings of one day told apart or joined, in an invented story written on Thursday 13 March 2025: a second
 * tremor "hours later", an agreement told once as a report and once as a passive participle, an oath sworn "today".
 */
class TimelineSameDayTest {

    private static final String TREMORS = "The first tremor, of magnitude 6.1, struck at 03:40 local time on Tuesday "
            + "near the town of Varnek. About eight hours later a second tremor of magnitude 5.9 hit near Olsko, "
            + "destroying dozens of homes.";
    private static final String REPORT = "The Harbour Council has agreed to let relief ships use two more ports, "
            + "Delmar and Ostra, for six months, the United Nations said late on Monday.";
    private static final String PORTS = "Relief ships now enter through Delmar, which was opened after the agreement "
            + "announced by the United Nations on the tenth of March.";
    private static final String OATH = "Maria Olsen was sworn in today as mayor of Tarvik, promising to rebuild the "
            + "harbour after her Green Alliance lost its majority in last month's vote.";

    private static final String EVACUATIONS = "Canada flew its marines into Port Selby on Sunday and brought out the "
            + "embassy staff. Norway said it had also flown out its diplomats the same day, while Denmark began an "
            + "operation to bring out its nationals through Malta. The reform bills drew tens of thousands of protesters "
            + "to the streets of Tarvik on Friday.";

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = TimelineFixture.run("2025-03-13", TREMORS, REPORT, PORTS, OATH, EVACUATIONS);
    }

    @Test
    void aSecondHappeningHoursLaterIsDatedByTheFirstAndKeptApartFromIt() {
        List<TimelineEvent> tuesday = TimelineFixture.on(corpus, "2025-03-11");
        assertThat(tuesday).anySatisfy(e -> assertThat(e.title()).contains("second"));
        assertThat(tuesday).noneSatisfy(e -> assertThat(e.title()).contains("second").contains("first"));
        assertThat(tuesday).noneSatisfy(e -> {
            assertThat(e.title()).contains("first");
            assertThat(e.evidence()).anySatisfy(ev -> assertThat(ev.start()).isGreaterThan(corpus.document("d0").orElseThrow().text().indexOf("About")));
        });
    }

    @Test
    void anAgreementReportedAndAnAgreementAnnouncedInThePassiveAreOne() {
        List<TimelineEvent> monday = TimelineFixture.on(corpus, "2025-03-10");
        assertThat(monday).anySatisfy(e -> assertThat(e.evidence()).extracting(ev -> ev.doc()).contains("d1", "d2"));
    }

    @Test
    void aParticleBeforeTodayStaysTheVerbs() {
        assertThat(TimelineFixture.on(corpus, "2025-03-13")).anySatisfy(e -> assertThat(e.title()).contains("sworn in"));
    }

    @Test
    void aNameActingInAClauseOfItsOwnIsNotDatedByTheSentencesDate() {
        AnnotatedText at = corpus.annotation("d3");
        TemporalExpression today = corpus.temporal().stream()
                .filter(t -> t.doc().equals("d3") && t.text().equals("today")).findFirst().orElseThrow();
        String text = corpus.document("d3").orElseThrow().text();
        int alliance = text.indexOf("Green Alliance");
        int mayor = text.indexOf("Maria Olsen");
        assertThat(EventDates.actsApart(at, at.sentenceAt(alliance), alliance, alliance + "Green Alliance".length(), today)).isTrue();
        assertThat(EventDates.actsApart(at, at.sentenceAt(mayor), mayor, mayor + "Maria Olsen".length(), today)).isFalse();
    }

    @Test
    void aClauseToldWhileTheDatedOneHappensSharesItsDay() {
        assertThat(TimelineFixture.on(corpus, "2025-03-09")).anySatisfy(e -> assertThat(e.title()).contains("Denmark"));
    }

    @Test
    void countsOfCountsAreTitledByWhatTheyCount() {
        assertThat(TimelineFixture.on(corpus, "2025-03-07")).anySatisfy(e -> assertThat(e.title()).contains("protesters"));
    }
}
