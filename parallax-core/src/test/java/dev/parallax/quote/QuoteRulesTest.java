package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.resolve.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each quote rule on its own, over invented paragraphs: what it finds, and what it leaves to the other rules. */
class QuoteRulesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "m", String.join("\n\n",
                        "The harbour orders new cranes",
                        "Port director Sven Aalund said: “The new cranes will double what the harbour can move in a year.”",
                        "The council called the plan “a gamble” and asked for a second survey.",
                        "Aalund said that the cranes would arrive before the end of the summer.",
                        "The cranes cost more than expected, according to port officials."),
                "p", String.join("\n\n",
                        "The ferry is late again",
                        "Councillor Rita Moss spoke after the vote. She said: 'The ferry has run late every week since March.",
                        "'Nobody on the board has taken a single ride on it.'",
                        "\"We are done waiting for the timetable to be fixed on paper.\" — Rita Moss, councillor")));
    }

    private static QuoteRule reading(String id) {
        Document d = corpus.document(id).orElseThrow();
        return new DocumentQuotes(d, corpus.annotation(id), new MentionIndex(corpus.entities()), Gazetteer.standard());
    }

    private static String text(QuoteRule r, Found f) {
        return r.text.substring(f.start(), f.end());
    }

    private static String name(String entity) {
        return corpus.entities().stream().filter(e -> e.id().equals(entity)).findFirst().orElseThrow().name();
    }

    @Test
    void markedQuotationsAreDirectWhenTheyStandAsSpeechAndPartialWhenWovenIn() {
        QuoteRule r = reading("m");
        List<Found> found = new MarkedQuotations(r).find(List.of());
        assertThat(found).extracting(f -> text(r, f)).containsExactly(
                "The new cranes will double what the harbour can move in a year.", "a gamble");
        assertThat(found).extracting(Found::kind).containsExactly(Quote.Kind.direct, Quote.Kind.partial);
    }

    @Test
    void reportedSpeechTakesTheComplementClauseAndTheClauseAnAccordingToQualifies() {
        QuoteRule r = reading("m");
        List<Found> marked = new MarkedQuotations(r).find(List.of());
        List<Found> reported = new ReportedSpeech(r, new AccordingTo(r), new WovenQuotations(r)).find(marked);
        assertThat(reported).extracting(f -> text(r, f)).contains(
                "the cranes would arrive before the end of the summer", "The cranes cost more than expected");
        assertThat(reported).allMatch(f -> f.kind() == Quote.Kind.indirect);
        // Quoted words are left to the marked quotation, not reported again.
        assertThat(reported).noneMatch(f -> text(r, f).contains("The new cranes will double"));
    }

    @Test
    void aQuotationReopenedInTheNextParagraphIsFoundInBothParagraphs() {
        QuoteRule r = reading("p");
        List<Found> found = new ParagraphQuotations(r).find(new MarkedQuotations(r).find(List.of()));
        assertThat(found).extracting(f -> text(r, f)).contains("The ferry has run late every week since March.",
                "Nobody on the board has taken a single ride on it.");
    }

    @Test
    void attributionRulesAnswerOnlyForTheirOwnPattern() {
        QuoteRule r = reading("p");
        SpeakerChain chain = new SpeakerChain();
        Speakers speakers = new Speakers(r, chain);
        AccordingTo according = new AccordingTo(r);
        VerbAttribution verbs = new VerbAttribution(r, new ReportedSpeech(r, according, new WovenQuotations(r)), according, speakers);
        List<Found> found = new ParagraphQuotations(r).find(new MarkedQuotations(r).find(List.of()));
        found = new java.util.ArrayList<>(found);
        found.addAll(new MarkedQuotations(r).find(List.of()));
        Found first = found.stream().filter(f -> text(r, f).startsWith("The ferry")).findFirst().orElseThrow();
        Found second = found.stream().filter(f -> text(r, f).startsWith("Nobody")).findFirst().orElseThrow();
        Found signed = found.stream().filter(f -> text(r, f).startsWith("We are done")).findFirst().orElseThrow();

        assertThat(name(verbs.attribute(first).entity())).isEqualTo("Rita Moss");
        assertThat(verbs.attribute(second)).isNull();
        assertThat(new DashSignature(r).attribute(first)).isNull();
        assertThat(name(new DashSignature(r).attribute(signed).entity())).isEqualTo("Rita Moss");

        ParagraphContinuation continuation = new ParagraphContinuation(r, chain);
        assertThat(continuation.attribute(second)).isNull();
        chain.lastQuoteSpeaker = verbs.attribute(first).entity();
        chain.lastQuoteParagraphEnd = r.paragraphEnd(first.end());
        chain.lastQuoteEnd = first.end();
        assertThat(name(continuation.attribute(second).entity())).isEqualTo("Rita Moss");
    }
}
