package dev.parallax.time;

import dev.parallax.Models;
import dev.parallax.Parallax;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When undated articles (invented stories about the town of Lindby) were written: "forty days later" a dated moment
 * with the present after it, a bare past "19 August" in an article the rest of the text puts in May, and a past
 * date told inside a quotation.
 */
class UndatedWritingDayTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        Document floods = Document.read("floods", "floods.txt", null, null, null, null,
                "When the river burst its banks on the morning of Saturday April 15th, 2023, few people in Lindby "
                        + "expected the water to stay. Forty days later the lower town is still under water and the "
                        + "harbour remains closed to boats.");
        Document mayor = Document.read("mayor", "mayor.txt", null, null, null, null,
                "Ana Rivel won the election of Lindby in January 2024 and took office on Monday 20 May. Her first "
                        + "days were hard. The storm was worse than the storm of 19 August, which flooded the harbour "
                        + "while she was still a councillor.");
        Document port = Document.read("port", "port.txt", null, null, null, null,
                "The dockers of Lindby, on strike since March 20, 2025, went back to work at the port. \"The deal of the "
                        + "second of April changed nothing, because nobody checked it,\" a docker said.");
        corpus = Parallax.pipeline(Models.nlp(), Parallax.Options.defaults())
                .run(Corpus.of(List.of(floods, mayor, port), List.of()));
    }

    private static boolean inside(PublicationDate p, String day) {
        LocalDate d = LocalDate.parse(day);
        return p.earliest() != null && !d.isBefore(LocalDate.parse(p.earliest())) && !d.isAfter(LocalDate.parse(p.latest()));
    }

    @Test
    void aCountLaterThanADatedMomentToldInThePresentDatesTheWriting() {
        PublicationDate p = corpus.document("floods").orElseThrow().published();
        assertThat(inside(p, "2023-05-25")).as(p.toString()).isTrue();
    }

    @Test
    void aBarePastDateLaterInTheYearThanTheWritingIsLastYears() {
        PublicationDate p = corpus.document("mayor").orElseThrow().published();
        assertThat(inside(p, "2024-05-22")).as(p.toString()).isTrue();
    }

    @Test
    void aPastDateToldInAQuotationWasBeforeTheWriting() {
        PublicationDate p = corpus.document("port").orElseThrow().published();
        assertThat(p.earliest()).as(p.toString()).isNotNull();
        assertThat(LocalDate.parse(p.earliest())).as(p.toString()).isAfterOrEqualTo(LocalDate.of(2025, 4, 2));
    }
}
