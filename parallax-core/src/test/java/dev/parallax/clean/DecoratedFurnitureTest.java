package dev.parallax.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture lines as translated and Asian news sites print them: behind a mark ("※", "▼", "[...]"), a machine
 * translation's credit, a bracketed photo label, a writer filed under an office, newsletters with no delivery word.
 */
class DecoratedFurnitureTest {

    private final Boilerplate b = Boilerplate.standard();

    @Test
    void aMarkBeforeALabelDoesNotHideIt() {
        assertThat(b.reasonFor("▼Read also: Harbour towns count the cost of the storm")).isEqualTo("related-links");
        assertThat(b.reasonFor("[Advertisement]")).isEqualTo("advertisement");
        assertThat(b.reasonFor("■ See also: the ferry timetable for the winter")).isEqualTo("related-links");
        // The copyright sign is the copyright line's own mark, not decoration.
        assertThat(b.reasonFor("© Harbour Ledger, 2025. All rights reserved.")).isEqualTo("copyright");
    }

    @Test
    void aMachineTranslationsCreditIsFurniture() {
        assertThat(b.reasonFor("※This article was translated automatically from Portuguese by the Corvado Post service."))
                .isEqualTo("credit");
        assertThat(b.reasonFor("※This article was machine-translated from the Greek original.")).isEqualTo("credit");
        assertThat(b.reasonFor("This report is an automatic translation of the Finnish original.")).isEqualTo("credit");
        assertThat(b.reasonFor("[Machine translation from Thai; for reference only]")).isEqualTo("credit");
        assertThat(b.reasonFor("Automatic translation from the Tagalog by the digital desk of the Harbour Times"))
                .isEqualTo("credit");
        assertThat(b.reasonFor("[This text has been translated automatically from Polish]")).isEqualTo("credit");
    }

    @Test
    void aSentenceThatGoesOnAfterTheLanguageIsNoCredit() {
        assertThat(b.reasonFor("Translated from Arabic, the statement said the army would leave the port."))
                .isNull();
        assertThat(b.reasonFor("Machine translation from English has improved a great deal, the linguist said."))
                .isNull();
    }

    @Test
    void bracketedAndLabelledPhotoLinesAreCaptions() {
        assertThat(b.reasonFor("(Photo) The mayor of Corvado greets residents at the reopened pier on Sunday."))
                .isEqualTo("caption");
        assertThat(b.reasonFor("Photo caption: The ferry leaves Corvado harbour after the storm. (Staff photographer)"))
                .isEqualTo("caption");
        assertThat(b.reasonFor("The burned fish market of Corvado after the fire of the 3rd (photographed on the 5th)"))
                .isEqualTo("caption");
        assertThat(b.reasonFor("Photos of the damage were shared widely on Sunday, the mayor said.")).isNull();
    }

    @Test
    void aWriterUnderAnOfficeOrAPlacedCorrespondentIsAByline() {
        assertThat(b.reasonFor("Tanaka Hiroko (Corvado branch office)")).isEqualTo("byline");
        assertThat(b.reasonFor("Seoul correspondent Park Min-jun")).isEqualTo("byline");
        assertThat(b.reasonFor("Park Min-jun met the mayor (a former correspondent)")).isNull();
    }

    @Test
    void newslettersNamedWithoutADeliveryWord() {
        assertThat(b.reasonFor("Newsletter registration: the evening digest of harbour news arrives at 6 o'clock"))
                .isEqualTo("newsletter");
        assertThat(b.reasonFor("Subscribe to Harbour Ledger Daily for the shipping news that matters"))
                .isEqualTo("newsletter");
        assertThat(b.reasonFor("Subscribers to the harbour fund voted for the pier, the council said.")).isNull();
    }

    @Test
    void translationCautionsNewsletterOffersChannelCallsContactsAndPlacedSignatures() {
        assertThat(b.reasonFor("Machine translation from the Norwegian. The original text is determinant.")).isEqualTo("credit");
        assertThat(b.reasonFor("Automatic translation from the Portuguese. The original text prevails.")).isEqualTo("credit");
        assertThat(b.reasonFor("Receive the newsletter of the Rovik Courier in your e-mail")).isEqualTo("newsletter");
        assertThat(b.reasonFor("Follow Rovik Today on our channels to receive the news of the coast first")).isEqualTo("promo");
        assertThat(b.reasonFor("Write to Ilse Varga at ivarga@ledger.example.com")).isEqualTo("contact");
        assertThat(b.reasonFor("Rovik - Rovik Today correspondent")).isEqualTo("byline");
        assertThat(b.reasonFor("From our capital-correspondent Jana Holm, Rovik")).isEqualTo("byline");
        assertThat(b.reasonFor("Published in 14/01/2023 - 20h15 | Updated in 14/01/2023 - 22h40")).isEqualTo("dateline");
        // Prose that merely mentions these words stays.
        assertThat(b.reasonFor("The original text of the treaty prevails over the translation, the judge said.")).isNull();
        assertThat(b.reasonFor("Followers of the mayor gathered on the square to receive the news of the vote.")).isNull();
        assertThat(b.reasonFor("The minister told our correspondent that the port would reopen.")).isNull();
    }

    @Test
    void translatedAdLabelsNewsletterTeasersAndADeskBylineWithItsEditionAreFurniture() {
        // "Reklama", "Publicidad": a translated advertisement label is the gerund.
        assertThat(b.reasonFor("Advertising")).isEqualTo("advertisement");
        assertThat(b.reasonFor("Newsletter: Get the Lagoon Gazette's weekly digest on the fisheries"))
                .isEqualTo("newsletter");
        assertThat(b.reasonFor("Receive every evening our newsletter from the valley")).isEqualTo("newsletter");
        assertThat(b.reasonFor("Staff Reporter | Translated from the Gujarati edition")).isEqualTo("byline");
        // Prose that merely speaks of advertising or of a newsletter stays.
        assertThat(b.reasonFor("Advertising revenue at the paper fell by a third last year.")).isNull();
        assertThat(b.reasonFor("Receive every complaint, the mayor told the clerks, and answer each within a week."))
                .isNull();
    }
}
