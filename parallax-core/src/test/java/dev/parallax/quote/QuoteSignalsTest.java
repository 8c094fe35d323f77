package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pull quotations, single marks, role nouns after inverted verbs, saying nouns, pronouns across embedded clauses. */
class QuoteSignalsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "s1", String.join("\n\n",
                        "The harbour master Henrik Solberg said on Monday that the port would close for a week.",
                        "The Norwegian minister Astrid Haugen, who arrived in Bergen on Sunday, has backed the closure. "
                                + "« The repairs cannot wait for another storm season, and the ferries will run again soon », "
                                + "she declared to the press."),
                "s2", String.join("\n\n",
                        "The mayor of Tromso, Erik Lunde, opened the new terminal on Friday. He had told a local radio "
                                + "station that Ingrid Moe could visit the terminal next month before softening his words "
                                + "on Saturday: the council will decide the date of the visit, he explained."),
                "s3", String.join("\n\n",
                        "For Lars Vik, researcher at the Institute of Coastal Studies, the port has chosen well. « The "
                                + "closure is short and the gain is long. The ferries will be safer for a decade », "
                                + "estimates the researcher."),
                "s4", String.join("\n\n",
                        "The fishing fleet returned to the harbour on Tuesday.",
                        "“The quotas are a floor, not a ceiling. The fleet has to agree on them before the season opens.” "
                                + "— Marit Dahle, chair of the Coastal Fishing Board, in remarks to the Bergen Post",
                        "Trawler captain Olav Brekke, a veteran of forty winters, spoke at the quay. Brekke's advice is "
                                + "plain: “Sail with one plan, or do not sail at all.”"),
                "s5", String.join("\n\n",
                        "Economist Nora Falk, who teaches at the Bergen School of Economics, was less certain. 'The "
                                + "closure is a gift to the shipyards and a cost to the fishermen,' she said."),
                "s6", String.join("\n\n",
                        "The Veloria Ministry of Transport, for its part, has regretted that the harbour board did not "
                                + "consult the ferry companies before the closure.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void aPronounAfterAQuotationIsTheSubjectOfThePreviousSentenceWithAnUnpunctuatedApposition() {
        assertThat(speakerName(quote("The repairs cannot wait"))).isEqualTo("Astrid Haugen");
    }

    @Test
    void aPronounDoesNotGoToTheSubjectOfAnEmbeddedClause() {
        Quote q = corpus.quotes().stream().filter(x -> x.text().endsWith("the council will decide the date of the visit"))
                .findFirst().orElseThrow(() -> new AssertionError("no report ending at the council's decision in " + corpus.quotes()));
        assertThat(q.cue()).isEqualTo("explained");
        assertThat(speakerName(q)).isEqualTo("Erik Lunde");
    }

    @Test
    void aRoleNounAfterAnInvertedVerbIsThePersonIntroducedWithThatRole() {
        assertThat(speakerName(quote("The closure is short"))).isEqualTo("Lars Vik");
    }

    @Test
    void aPullQuotationSignedAfterADashIsThatPersons() {
        Quote q = quote("The quotas are a floor");
        assertThat(q.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(q)).isEqualTo("Marit Dahle");
    }

    @Test
    void aSayingNounOwnedByAPersonIntroducesTheirQuotation() {
        assertThat(speakerName(quote("Sail with one plan"))).isEqualTo("Olav Brekke");
    }

    @Test
    void singleQuotationMarksMakeAQuotation() {
        Quote q = quote("The closure is a gift");
        assertThat(q.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(q)).isEqualTo("Nora Falk");
    }

    @Test
    void aRegretReportsSpeech() {
        Quote q = quote("the harbour board did not consult");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.cue()).isEqualTo("regretted");
        assertThat(q.speaker()).isNotNull();
    }
}
