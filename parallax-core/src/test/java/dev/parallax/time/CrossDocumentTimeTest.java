package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.PublicationDate;
import dev.parallax.corpus.TemporalExpression;
import dev.parallax.corpus.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and timeline across articles of one invented story: a dock strike in the port of Valmora, April 2025. */
class CrossDocumentTimeTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document before = Document.read("before", "before.txt", null, null, null, "2025-04-10",
                "Dock workers at the port of Valmora will walk out on Monday, the Valmora Dockers Union said, in a "
                        + "dispute over night shifts. The port authority first proposed automated cranes in September "
                        + "last year, and the plan was approved in November. The union says the cranes will cost "
                        + "hundreds of jobs. On Tuesday, union leader Ines Kovar said that members had backed the strike.");
        Document during = Document.read("during", "during.txt", null, null, null, "2025-04-16",
                "The strike at the port of Valmora entered its third day on Wednesday. The quarrel over the cranes "
                        + "has lasted half a century, union leader Ines Kovar told reporters. Container ships are "
                        + "waiting outside the harbour.");
        Document undated = Document.read("undated", "undated.txt", null, null, null, null,
                "Dock workers at the port of Valmora walked out on Monday, halting all container traffic, the "
                        + "Valmora Dockers Union said. The port authority condemned the walkout on Tuesday. Ines Kovar said "
                        + "that talks with the port authority would resume next week.");
        Document weekdays = Document.read("weekdays", "weekdays.txt", null, null, null, null,
                "The transport ministry of Lestaria said on Tuesday (8/4) that it was watching the dispute in "
                        + "Valmora closely. Shipping agent Oskar Brandt on Friday (11/4) said that his company had "
                        + "diverted three ships to Portnoy.");
        Document history = Document.read("history", "history.txt", null, null, null, null,
                "The Valmora Dockers Union, which was founded in 2009, has never before closed the port. Dock workers "
                        + "in Valmora walked out on Monday and stopped all container traffic. On Tuesday the port authority "
                        + "condemned the walkout. From 1 January 2026 the union will be led by a new council.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(before, during, undated, weekdays, history), List.of()));
    }

    private static TemporalExpression expr(String doc, String text) {
        return TimelineFixture.expr(corpus, doc, text);
    }

    @Test
    void anUndatedArticleTakesTheDayAnotherGivesToTheSameEvent() {
        PublicationDate p = corpus.document("undated").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(p.evidence()).anySatisfy(e -> assertThat(e.doc()).isEqualTo("before"));
        assertThat(expr("undated", "Monday").value()).isEqualTo("2025-04-14");
        assertThat(expr("undated", "Monday").reason()).isNull();
        // Written on some day from that Monday to Sunday: the likeliest is the first after the Tuesday it reports.
        assertThat(p.value()).isEqualTo("2025-04-15");
        assertThat(expr("undated", "Tuesday").value()).isEqualTo("2025-04-15");
    }

    @Test
    void anArticleDatedOnlyWithinYearsIsPlacedByTheEventsItShares() {
        PublicationDate p = corpus.document("history").orElseThrow().published();
        assertThat(p.basis()).isEqualTo(PublicationDate.Basis.inferred);
        assertThat(LocalDate.parse(p.earliest())).isAfterOrEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(expr("history", "Monday").value()).isEqualTo("2025-04-14");
    }

    @Test
    void weekdaysWithDayAndMonthInParenthesesAreDatedAndDateTheArticle() {
        assertThat(expr("weekdays", "Tuesday").text()).isEqualTo("Tuesday (8/4)");
        assertThat(expr("weekdays", "Tuesday").value()).isEqualTo("2025-04-08");
        assertThat(expr("weekdays", "Friday").value()).isEqualTo("2025-04-11");
        PublicationDate p = corpus.document("weekdays").orElseThrow().published();
        // Written after the Friday it reports, and within a week of the Tuesday it names by weekday.
        assertThat(p.earliest()).isEqualTo("2025-04-11");
        assertThat(LocalDate.parse(p.latest())).isBeforeOrEqualTo(LocalDate.of(2025, 4, 14));
    }

    @Test
    void aMonthAfterADatedMonthOfTheSameSentenceKeepsItsYear() {
        assertThat(expr("before", "September last year").value()).isEqualTo("2024-09");
        assertThat(expr("before", "November").value()).isEqualTo("2024-11");
        assertThat(expr("during", "half a century").value()).isEqualTo("P50Y");
    }

    @Test
    void theStrikeIsOneTimelineEventReportedByBothArticles() {
        List<TimelineEvent> onMonday = corpus.timeline().stream().filter(e -> e.date().equals("2025-04-14")).toList();
        
        assertThat(onMonday).hasSize(1);
        Set<String> docs = onMonday.get(0).evidence().stream().map(Evidence::doc).collect(Collectors.toSet());
        assertThat(docs).contains("before", "undated");
        assertThat(onMonday.get(0).title()).containsIgnoringCase("walk");
    }

    @Test
    void twoActorsSpeakingOnOneDayStayTwoEvents() {
        List<TimelineEvent> onTuesday = corpus.timeline().stream().filter(e -> e.date().equals("2025-04-08")).toList();
        assertThat(onTuesday).hasSize(2);
        assertThat(onTuesday).allSatisfy(e -> assertThat(e.sources()).isEqualTo(1));
    }
}
