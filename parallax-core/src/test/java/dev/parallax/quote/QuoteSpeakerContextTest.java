package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers found through their context: a pronoun after a quotation that names someone else, an inverted verb of a
 * translation, a person in apposition to a common noun, the subject of a copular clause, and verbs that speak about
 * the words quoted in their own phrase.
 */
class QuoteSpeakerContextTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "c1", String.join("\n\n",
                        "Lindport votes on the new harbour",
                        "The council of Lindport approved the new harbour on Tuesday after a long debate.",
                        "« The port will change the whole coast », analyses Mira Solberg, researcher at the Centre for "
                                + "Coastal Studies, in Bergen. « But nobody knows if Mr. Tarnen will keep his promises », she adds.",
                        "At the quay, the fishermen protested. « The mayor has sold the harbour. He will protect the "
                                + "investors, not us », has launched to us Piet Varna, a sailor of 31 years. He assures that "
                                + "the strike will go on.",
                        "Speaking to reporters on Wednesday, the Lindport district Council member Tomas Berg said: \"We "
                                + "voted against the plan. We will keep fighting it.\" Tomas Berg spoke of a „historic mistake“.",
                        "Abroad, Ivo Marek was among the first to congratulate the mayor, calling the vote proof of support "
                                + "for his \"open harbour policy\".",
                        "The mayor of Bergen, Ana Keller, often presented as a rival, has pleaded for « a new start » at the "
                                + "head of the council.",
                        "Mayor Erik Varga signed the contract on Monday.",
                        "On the square, the crowd chanted « Varga go home ». « Erik Varga is the friend of the investors. He "
                                + "will protect them, not us », has launched to us Jonas Holt, a baker of 40 years. He assures "
                                + "that the protest will go on."),
                "c2", String.join("\n\n",
                        "Bergen signs the ferry contract",
                        "Erik Varga has signed the ferry contract. „We have agreed that the ferry will run again within one "
                                + "year\", said Erik Varga. The council did not want to comment on the price. Ana Keller spoke "
                                + "of a „dark day for the harbour\". Jonas Holt justified his step with the „stability\" of the town."),
                "c4", String.join("\n\n",
                        "The ferry stays",
                        "Lena Ostrova, a professor of law at the University of Bergen, argues that the council won the first "
                                + "round. The harbour workers asked for the ferry to stay, she says, and it stays, but \"the "
                                + "contract that the council signed is still too expensive\"."),
                "c3", String.join("\n\n",
                        "Holt backs Varga",
                        "Jonas Holt, who came second in the harbour election, on Monday declared his support for Mayor Erik "
                                + "Varga in the second round.",
                        "Speaking at a press conference in Bergen, the 47-year-old baker said his decision rested on \"trust "
                                + "and experience\".")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void aNameInsideTheQuotedWordsIsNotWhoThePronounIs() {
        assertThat(speakerName(quote("But nobody knows if"))).isEqualTo("Mira Solberg");
    }

    @Test
    void aTranslatedLaunchAfterAQuotationAttributesIt() {
        assertThat(speakerName(quote("The mayor has sold the harbour"))).isEqualTo("Piet Varna");
        assertThat(speakerName(quote("the strike will go on"))).isEqualTo("Piet Varna");
    }

    @Test
    void aPersonInAppositionToACommonNounSpeaksNotTheBodyInThePhrase() {
        assertThat(speakerName(quote("We voted against the plan"))).isEqualTo("Tomas Berg");
    }

    @Test
    void aSpeakerSpeaksOfTheWordsQuotedInHisPhrase() {
        assertThat(speakerName(quote("historic mistake"))).isEqualTo("Tomas Berg");
        assertThat(speakerName(quote("a new start"))).isEqualTo("Ana Keller");
    }

    @Test
    void aNameInsideAnEarlierQuotationOfTheParagraphIsNotThePronoun() {
        assertThat(speakerName(quote("the protest will go on"))).isEqualTo("Jonas Holt");
    }

    @Test
    void aStraightMarkClosingALowOneOpensNoQuotation() {
        assertThat(corpus.quotes()).noneMatch(q -> q.text().startsWith(", said"));
        assertThat(speakerName(quote("dark day for the harbour"))).isEqualTo("Ana Keller");
        assertThat(speakerName(quote("stability"))).isEqualTo("Jonas Holt");
    }

    @Test
    void aParentheticalSpeechVerbReportsTheWholeSentence() {
        assertThat(speakerName(quote("the contract that the council signed"))).isEqualTo("Lena Ostrova");
    }

    @Test
    void anAgeEpithetIsThePersonTheReportIsAbout() {
        assertThat(speakerName(quote("trust and experience"))).isEqualTo("Jonas Holt");
    }

    @Test
    void theSubjectOfACopularClauseSpeaksThroughItsParticiple() {
        assertThat(speakerName(quote("open harbour policy"))).isEqualTo("Ivo Marek");
    }
}
