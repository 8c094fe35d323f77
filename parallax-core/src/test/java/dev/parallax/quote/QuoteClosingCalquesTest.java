package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attributions in the word order and verbs of word-for-word translations: an inverted "has informed X" closing a
 * clause without quotation marks, and the calques "has manifested", "have precised", "has sustained that".
 */
class QuoteClosingCalquesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of("c1", String.join("\n\n",
                "Storm closes the northern harbour",
                "The two missing sailors are the Danish Erik Holm, of 40 years, and the Norwegian Per Lund, of 31 "
                        + "years, has informed the chief of the Coast Guard of Veloria, Marta Berg.",
                "The two Danes do not have family relation between them, have precised the consular authorities.",
                "\"We will not sell the port,\" has manifested Oskar Lind, leader of the Dockers' Union of the North, in "
                        + "Brenn, \"we are the workers that the capital never heard.\" The dockers demand the reopening of "
                        + "the shipyard and new elections. \"We will not leave the quays until they go, all of them.\"",
                "Tomas Varga, who was mayor of Brenn until May, has sustained in a radio interview that the councillor "
                        + "\"is not a thief\" and that his arrest is \"political\".",
                "Abroad, Ivo Brandt was among the first to congratulate the new mayor, calling the result clear "
                        + "proof of support for his \"open harbour policy\".")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void anInvertedAttributionClosingAnUnquotedClauseReportsIt() {
        Quote q = quote("The two missing sailors are the Danish Erik Holm");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.text()).doesNotContain("informed");
        assertThat(speakerName(q)).isEqualTo("Marta Berg");
    }

    @Test
    void aVerbThatAttributesOnlyInvertedDoesSoAfterAnUnquotedClause() {
        Quote q = quote("The two Danes do not have family relation");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.text()).doesNotContain("precised");
    }

    @Test
    void manifestedAfterAQuotationAttributesItAndTheParagraphsQuotations() {
        assertThat(speakerName(quote("We will not sell the port"))).isEqualTo("Oskar Lind");
        assertThat(speakerName(quote("we are the workers"))).isEqualTo("Oskar Lind");
        assertThat(speakerName(quote("We will not leave the quays"))).isEqualTo("Oskar Lind");
    }

    @Test
    void sustainedThatAttributesTheQuotationsOfItsClause() {
        assertThat(speakerName(quote("is not a thief"))).isEqualTo("Tomas Varga");
        assertThat(speakerName(quote("political"))).isEqualTo("Tomas Varga");
    }

    @Test
    void aParticipleAfterACommaIsNoInvertedAttribution() {
        assertThat(speakerName(quote("open harbour policy"))).isEqualTo("Ivo Brandt");
    }
}
