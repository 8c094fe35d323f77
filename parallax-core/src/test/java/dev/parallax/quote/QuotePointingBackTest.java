package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named through words that point back or ahead: "it" after an organisation, "which" and "who" after an
 * apposition, "the regulator" and "the decision" for the body named before, "the agency X", a speaker set between
 * commas after the verb, and an unnamed person whom the text names next.
 */
class QuotePointingBackTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "w1", String.join("\n\n",
                        "Court winds up Harbor Estates",
                        "A judge ordered Harbor Estates to be wound up on Monday. The petition was filed in June by Harrow Capital, "
                                + "a creditor of one of the developer's units, which said it was owed about 40 million dollars."),
                "w2", String.join("\n\n",
                        "Norland vote disputed",
                        "The Norland Electoral Board said on Monday that the count was complete and that the governing party had won.",
                        "The Lindqvist Institute, the only foreign body invited to watch the count, had a team of 12 observers in "
                                + "Norland. It said on Tuesday that the vote did not meet international standards."),
                "w3", String.join("\n\n",
                        "Minister calls Ankara",
                        "Tehran has thanked Ankara for its help. According to the Iranian agency IRNA, the acting foreign minister Ivo "
                                + "Marek has telephoned his counterpart yesterday evening."),
                "w4", String.join("\n\n",
                        "Regulator fines developer",
                        "On Monday the Norland Securities Regulatory Commission fined Harbor Estates 4 billion crowns for inflating "
                                + "its revenue. The regulator said that the founder had personally directed the fraud."),
                "w5", String.join("\n\n",
                        "Penalty for Harbor Estates",
                        "On Monday the Norland Securities Regulatory Commission published the Administrative Penalty Decision on Harbor Estates.",
                        "The founder of Harbor Estates, Ivo Marek, is the one who organised the fraud, the decision indicated."),
                "w6", String.join("\n\n",
                        "Norland rejects criticism",
                        "Ten countries signed a declaration that rejects the ruling. The Alliance and the Commission, said the "
                                + "foreign minister Ivo Marek, \"have no moral authority to lecture Norland\"."),
                "w7", String.join("\n\n",
                        "Small investors fear losses",
                        "Some shareholders blame the founder. \"I bought at 20 dollars, now it is worth nothing,\" said a retired man "
                                + "of surname Okafor, who declined to give his full name.",
                        "\"We lost our savings,\" said a pensioner. Halvorsen, 71, had put everything into the bonds."),
                "w8", String.join("\n\n",
                        "Regulator bans founder",
                        "Ivo Marek, the founder of Harbor Estates, was banned from the market for life on Monday. \"Fraud must be "
                                + "punished severely,\" declared the responsible person of the relevant department of the commission. He "
                                + "indicated that the case had been investigated since last year."),
                "w9", String.join("\n\n",
                        "Harbor Estates wound up",
                        "A court in Norland ordered Harbor Estates to be wound up on Monday. Harbor Estates had debts of 300 billion "
                                + "dollars. Trading in Harbor Estates shares was suspended. Creditors of Harbor Estates will now try to "
                                + "recover their money.",
                        "Its founder, Ivo Marek, has been held by police since September, when the company said he was suspected "
                                + "of \"illegal acts\".")));
    }

    private static String speakerOf(String words) {
        Quote q = corpus.quotes().stream().filter(x -> x.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holding '" + words + "' in " + corpus.quotes()));
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void whichAfterADescriptionInAppositionIsWhatItDescribes() {
        assertThat(speakerOf("it was owed")).isEqualTo("Harrow Capital");
    }

    @Test
    void itIsTheOrganisationLastNamedAsSubjectNotTheLastOrganisationThatSpoke() {
        assertThat(speakerOf("did not meet international standards")).isEqualTo("Lindqvist Institute");
    }

    @Test
    void theAgencyNamedAfterItsCommonNounIsTheSource() {
        assertThat(speakerOf("has telephoned his counterpart")).isEqualTo("IRNA");
    }

    @Test
    void theRegulatorIsTheRegulatoryBodyNamedBefore() {
        assertThat(speakerOf("personally directed the fraud")).isEqualTo("Norland Securities Regulatory Commission");
    }

    @Test
    void aDecisionSpeaksForTheBodyThatPublishedIt() {
        assertThat(speakerOf("organised the fraud")).isEqualTo("Norland Securities Regulatory Commission");
    }

    @Test
    void aSpeakerBetweenCommasAfterTheVerbSpeaksNotTheWordsBeforeIt() {
        assertThat(speakerOf("have no moral authority")).isEqualTo("Ivo Marek");
    }

    @Test
    void heRightAfterAnUnnamedPersonIsNotSomeoneNamedBefore() {
        assertThat(speakerOf("investigated since last year")).isNull();
    }

    @Test
    void theCompanyIsTheOrganisationTheDocumentIsAbout() {
        assertThat(speakerOf("illegal acts")).isEqualTo("Harbor Estates");
    }

    @Test
    void anUnnamedPersonTheTextNamesNextSpeaks() {
        assertThat(speakerOf("I bought at 20 dollars")).isEqualTo("Okafor");
        assertThat(speakerOf("We lost our savings")).isEqualTo("Halvorsen");
    }
}
