package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports whose attribution comes after them or after a colon, sources that are bodies rather than names, and a
 * body referred to by a few words of its name.
 */
class ReportedSpeechSourcesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "r1", String.join("\n\n",
                        "Storm floods the port of Lindport",
                        "The results were announced by the Regional Harbour Council (RHC) early on Monday.",
                        "At least 19 people, among them three journalists, were treated at the Harbour Hospital in "
                                + "Lindport, a hospital spokesman said.",
                        "But the price of fish has doubled in the month of May, and the fishermen of the north are the most "
                                + "affected, economists say.",
                        "The vote failed: according to several deputies, a dozen members of the majority voted against the plan.",
                        "According to the Nordic newspapers, the storm was the worst in forty years.",
                        "About 80 percent of the boats were damaged, the harbour board said.",
                        "The observers of the Baltic Shipping Federation had criticised an „unfair advantage\" of the large "
                                + "ports."),
                "r2", String.join("\n\n",
                        "The dike of Lindport",
                        "« Without the new dike, there is no future for the town », judges Lena Ostrova, researcher at the "
                                + "Institute of Coastal Studies, reached by our newspaper.",
                        "Among the injured are also two teachers and a nurse, it has been reported.",
                        "Mayor Erik Varga closed the old harbour on Friday.",
                        "In the square, the crowd answered with cries of « Varga go home ».")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void aReportBeforeAnAttributionTakenForItsComplement() {
        Quote q = quote("At least 19 people");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speakerText()).isEqualTo("a hospital spokesman");
    }

    @Test
    void aReportBeforeAnAttributionTakenForAnAdverbialClause() {
        Quote q = quote("But the price of fish has doubled");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speakerText()).isEqualTo("economists");
    }

    @Test
    void accordingToAfterAColonReportsWhatFollows() {
        Quote q = quote("a dozen members of the majority");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(corpus.quotes()).noneMatch(o -> o.text().startsWith("The vote failed"));
    }

    @Test
    void newspapersAreASourceAndTheNameQualifyingThemIsNot() {
        Quote q = quote("the storm was the worst");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speakerText()).isNotEqualTo("Nordic");
    }

    @Test
    void aBodyReferredToByWordsOfItsName() {
        assertThat(speakerName(quote("About 80 percent of the boats"))).isEqualTo("Regional Harbour Council");
    }

    @Test
    void aSpeechVerbTaggedAsAPluralNounAfterAQuotationAttributesIt() {
        assertThat(speakerName(quote("Without the new dike"))).isEqualTo("Lena Ostrova");
    }

    @Test
    void anImpersonalPassiveReportsWithoutASpeaker() {
        Quote q = quote("Among the injured are also two teachers");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aShortChantOpeningWithANameIsAQuotation() {
        assertThat(quote("Varga go home").speaker()).isNull();
    }

    @Test
    void observersSpeakForTheirOrganisation() {
        assertThat(speakerName(quote("unfair advantage"))).isEqualTo("Baltic Shipping Federation");
    }
}
