package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.parallax.quote.QuoteLookup.quote;
import static dev.parallax.quote.QuoteLookup.speakerName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports an aside interrupts ("X, she said, Y"), quoted words whose speaker is the subject of a relative or misparsed
 * clause ("who had denounced it as “…”"), open questions ("asked whether ..."), bodies cited with "according to",
 * and anonymous speakers ("a leader of the union", "Norwegian officials").
 */
class QuoteAsidesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "aside", String.join("\n\n",
                        "Union leader Erik Halvorsen met the port owners on Monday.",
                        "The longer the strike lasts, Mr. Halvorsen said, the weaker the owners will be.",
                        "Mayor Lena Ostberg spoke to the council on Tuesday. The harbour would reopen soon, she said. "
                                + "Investors, she added, would want to see a firm plan before the vote."),
                "partial", String.join("\n\n",
                        "Harbour master Tom Ekvall, who on Sunday had denounced the strike as “blackmail” and “a "
                                + "betrayal”, has not been seen in public since.",
                        "Councillor Ana Lindqvist spoke for ten minutes. She thanked the volunteers who had “kept the "
                                + "town alive” during the floods."),
                "question", String.join("\n\n",
                        "Mayor Lena Ostberg was asked about the cost of the works on Friday. She asked whether the old "
                                + "bridge should be closed instead."),
                "anon", String.join("\n\n",
                        "The Veloria Fishermen's Union held its congress in Bergen on Monday. A leader of the Veloria "
                                + "Fishermen's Union said on Monday that the strike would go on until May.",
                        "Norway sent two patrol boats to the bay on Tuesday. Norwegian officials said the boats would "
                                + "stay until the end of the month."),
                "body", String.join("\n\n",
                        "The Nordic Port Authority has defended its decision. According to the regulator, the harbour "
                                + "fees will rise by ten percent next year.",
                        "The Nordic Council has demanded that the fishing quotas be reviewed before the winter.")));
    }

    @Test
    void anAsideReportsTheWholeClauseItInterrupts() {
        Quote longer = quote(corpus, "The longer the strike lasts");
        assertThat(longer.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(corpus, longer)).isEqualTo("Erik Halvorsen");
        Quote investors = quote(corpus, "Investors, she added, would want");
        assertThat(speakerName(corpus, investors)).isEqualTo("Lena Ostberg");
    }

    @Test
    void quotedWordsInARelativeClauseBelongToItsAntecedent() {
        assertThat(speakerName(corpus, quote(corpus, "blackmail"))).isEqualTo("Tom Ekvall");
        assertThat(speakerName(corpus, quote(corpus, "a betrayal"))).isEqualTo("Tom Ekvall");
    }

    @Test
    void wordsQuotedInAThanksAreTheThankersOwn() {
        assertThat(speakerName(corpus, quote(corpus, "kept the town alive"))).isEqualTo("Ana Lindqvist");
    }

    @Test
    void anOpenQuestionKeepsItsWhether() {
        Quote q = quote(corpus, "whether the old bridge should be closed");
        assertThat(speakerName(corpus, q)).isEqualTo("Lena Ostberg");
    }

    @Test
    void unnamedOfficialsAndOneLeaderAmongOthersAreAnonymous() {
        assertThat(quote(corpus, "the strike would go on until May").speaker()).isNull();
        assertThat(quote(corpus, "the boats would stay until the end").speaker()).isNull();
    }

    @Test
    void aDemandThatSomethingBeDoneIsReported() {
        Quote q = quote(corpus, "the fishing quotas be reviewed");
        assertThat(speakerName(corpus, q)).isEqualTo("Nordic Council");
    }

    @Test
    void aRegulatorCitedWithAccordingToIsASource() {
        Quote q = quote(corpus, "the harbour fees will rise");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
    }
}
