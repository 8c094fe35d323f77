package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations in the marks and word order of translated articles, and speakers given by a description, a possessed
 * noun, a pronoun in a new paragraph or a name before its appositions.
 */
class QuoteTranslatedFormsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "t1", String.join("\n\n",
                        "Veloria bids farewell to its former mayor",
                        "Prime Minister Ines Varga called the late mayor in her speech a „man of the harbour“, who had "
                                + "rebuilt the old town. „He was a mayor who should have lived much longer“, said Varga.",
                        "The warmest words came from the former senator Olav Brekke, who had worked for years beside the "
                                + "mayor. He recalled that the mayor had persuaded him in 2010 to return to politics.",
                        "According to the organisers there were more than 5,000 mourners in the square.",
                        "Jean Dupont, researcher at the Institute of Port Studies, sees the government in a corner. „The "
                                + "government knows that every day of delay costs the city money“, analyses the researcher."),
                "t2", String.join("\n\n",
                        "Varga defends the state ceremony",
                        "Prime Minister Ines Varga announced the ceremony on Monday. \"I judged that the city should bid "
                                + "him farewell with respect,\" the 58-year-old premier told lawmakers.",
                        "Her party, the Veloria Unity Party, has said 40 of its deputies had dealings with the group.",
                        "In Brenn, where the old ferry still docks, Greta Holm, 71, who heard the mayor speak there on the "
                                + "day of the fire, said she would watch the ceremony on television.",
                        "\"The lesson of the ceremony is that a city can mourn, and so, in practice, can the people in "
                                + "it,\" she said.",
                        "Tarsen Shipping said the crew of the ferry were safe. Early checks ruled out any engine failure "
                                + "as the cause, the firm said.",
                        "THE sailor accused of sinking the ferry built the bomb in his own kitchen, police sources said "
                                + "last night.",
                        "On the quay, Greta Holm, harbour chief Tomas Lind and Mayor Olav Brekke announced a new ferry line "
                                + "to the islands.",
                        "Harbour chief Tomas Lind apologised for the delay. \"We deeply regret the worry we have caused "
                                + "to the passengers,\" he told reporters, adding that the repair was proving \"very difficult\".")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void lowHighQuotationMarksAreQuotations() {
        Quote direct = quote("He was a mayor who should have lived");
        assertThat(direct.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(direct)).isEqualTo("Ines Varga");
        Quote partial = quote("man of the harbour");
        assertThat(partial.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(speakerName(partial)).isEqualTo("Ines Varga");
    }

    @Test
    void aPronounInAParagraphThatNamesSomeoneNewIsThatPerson() {
        assertThat(speakerName(quote("the mayor had persuaded him"))).isEqualTo("Olav Brekke");
    }

    @Test
    void accordingToWithoutACommaEndsWithItsNounPhrase() {
        Quote q = quote("there were more than 5,000 mourners");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.cue()).isEqualTo("according to");
    }

    @Test
    void aVerbThatAttributesOnlyAfterAQuotation() {
        assertThat(speakerName(quote("The government knows that every day"))).isEqualTo("Jean Dupont");
    }

    @Test
    void anAgeAndASynonymOfTheRoleStillNameTheRoleHolder() {
        Quote q = quote("I judged that the city");
        assertThat(q.speakerText()).isEqualTo("the 58-year-old premier");
        assertThat(speakerName(q)).isEqualTo("Ines Varga");
    }

    @Test
    void thePossessorOfWhatSpeaksIsNotTheSpeaker() {
        Quote q = quote("40 of its deputies");
        assertThat(speakerName(q)).isNotEqualTo("Ines Varga").isEqualTo("Veloria Unity Party");
    }

    @Test
    void aNameBeforeItsAppositionsSpeaks() {
        assertThat(speakerName(quote("she would watch the ceremony"))).isEqualTo("Greta Holm");
    }

    @Test
    void ofTwoSubjectsTheOneNearTheVerbSpeaks() {
        assertThat(speakerName(quote("The lesson of the ceremony"))).isEqualTo("Greta Holm");
    }

    @Test
    void aGenericNounForAnOrganisationIsTheOneThatHasJustSpoken() {
        assertThat(speakerName(quote("Early checks ruled out"))).isEqualTo("Tarsen Shipping");
    }

    @Test
    void aReportTakenForASecondSubjectIsAReportButAListOfNamesIsNot() {
        Quote q = quote("THE sailor accused of sinking the ferry");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speakerText()).isEqualTo("police sources");
        assertThat(corpus.quotes()).noneMatch(o -> o.text().startsWith("On the quay"));
    }

    @Test
    void aSpeechVerbInsideAnotherQuotationDoesNotAttribute() {
        Quote q = quote("very difficult");
        assertThat(q.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(speakerName(q)).isEqualTo("Tomas Lind");
    }
}
