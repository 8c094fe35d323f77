package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech in the shapes a speech verb with a "that" clause does not cover ("as X announced", a second "and
 * that" clause, "according to" a body or to someone's words), and speakers the parse hides (a long apposition, a
 * role followed by its holder's name, a body serving an organisation).
 */
class ReportedSpeechFormsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "as", String.join("\n\n",
                        "Mayor Tom Ekvall visited the building site on Monday.",
                        "The new bridge, as Tom Ekvall announced at the site, will open to traffic in April.",
                        "As harbour master Lena Ostberg explained earlier, the ferry will not sail on Sundays during the works."),
                "conj", String.join("\n\n",
                        "Councillor Rita Moss said the pool budget had been cut twice, and that the town would need a "
                                + "loan to finish the roof."),
                "acc", String.join("\n\n",
                        "Mayor Tom Ekvall proposed a new toll for lorries, which, according to his words, will pay for "
                                + "the repairs within five years.",
                        "According to the negotiators, the final draft of the harbour agreement will be ready on Monday.",
                        "The storm sank forty boats in the night, according to the Nordic Council presidency."),
                "inv", String.join("\n\n",
                        "The two ports will merge their pilot services from March 1, 2026, harbour chief Ana Lindqvist "
                                + "told a news conference at the Bergen Maritime Centre on the last day of the fair."),
                "pro", String.join("\n\n",
                        "Port chairman Ivo Markus said the fees would stay the same next year.",
                        "Kiri Tamsen, the engineer who runs the dry dock, said the dock would close in June. “We need "
                                + "two years to rebuild it,” she told reporters.",
                        "The first ship arrived at dawn, and Mr Obi Adeyemi, who watched from the quay, addressed the "
                                + "crew by radio. He said: “This harbour belongs to all of you.”",
                        "The President of Brazil Marco Tavares opened the fair, which, according to his words, will "
                                + "bring ten thousand visitors to the city."),
                "fold", String.join("\n\n",
                        "The day before, on Tuesday, in a radio address to the annual meeting of the guild Viktor "
                                + "Halvorsen declared that the repair of the old quay is \"slow and costly\"."),
                "aux", String.join("\n\n",
                        "The Veloria Ministry of Fisheries said the fund had “nothing to be proud of” in the part of the "
                                + "plan that dealt with the storm’s damage, and its spokesman Nils Borgen said Veloria’s "
                                + "help would have changed the outcome."),
                "spk", String.join("\n\n",
                        "Ingrid Solberg, the former mayor who now chairs the Nordhavn Shipping Company (NSC), said the "
                                + "company would double its fleet within three years.",
                        "“We will not reopen the talks this year,” said the Spokesperson of the Ministry of Fisheries Karl "
                                + "Ostrem, when asked by reporters in Bergen.",
                        "A spokesperson for the Nordic Council presidency said the fireworks had been cancelled because "
                                + "of the wind.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void anAsClauseWithASpeechVerbReportsTheClauseItQualifies() {
        Quote mid = quote("The new bridge");
        assertThat(mid.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(mid)).isEqualTo("Tom Ekvall");
        Quote opening = quote("the ferry will not sail on Sundays");
        assertThat(opening.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(opening)).isEqualTo("Lena Ostberg");
    }

    @Test
    void aSecondThatClauseJoinedToTheVerbIsASecondReportOfTheSameSpeaker() {
        assertThat(speakerName(quote("the pool budget had been cut twice"))).isEqualTo("Rita Moss");
        Quote second = quote("the town would need a loan");
        assertThat(second.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(second)).isEqualTo("Rita Moss");
    }

    @Test
    void accordingToSomeonesWordsAndToSpeakingBodies() {
        Quote words = quote("will pay for the repairs");
        assertThat(words.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(words)).isEqualTo("Tom Ekvall");
        assertThat(quote("the final draft of the harbour agreement").kind()).isEqualTo(Quote.Kind.indirect);
        // The presidency is a body of the council, not the council: no speaker rather than a wrong one.
        Quote body = quote("The storm sank forty boats");
        assertThat(body.speaker()).isNull();
    }

    @Test
    void anInvertedAttributionAfterACommaReportsWhatComesBefore() {
        Quote q = quote("The two ports will merge");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(q)).isEqualTo("Ana Lindqvist");
    }

    @Test
    void aPersonResolvedAsSheIsNotALaterHeAndATitleOfACountryKeepsItsHolderAsSubject() {
        assertThat(speakerName(quote("We need two years"))).isEqualTo("Kiri Tamsen");
        assertThat(speakerName(quote("This harbour belongs to all of you"))).isEqualTo("Obi Adeyemi");
        assertThat(speakerName(quote("will bring ten thousand visitors"))).isEqualTo("Marco Tavares");
    }

    @Test
    void aSecondSpeakerInsideTheSentenceEndsTheFirstReportAndGetsItsOwn() {
        Quote second = quote("Veloria’s help would have changed");
        assertThat(speakerName(second)).isEqualTo("Nils Borgen");
        Quote first = quote("the fund had");
        assertThat(first.text()).doesNotContain("Borgen");
        assertThat(speakerName(first)).isNotEqualTo("Nils Borgen");
    }

    @Test
    void speakersTheParseHides() {
        Quote fleet = quote("the company would double its fleet");
        assertThat(speakerName(fleet)).isEqualTo("Ingrid Solberg");
        assertThat(speakerName(quote("We will not reopen the talks"))).isEqualTo("Karl Ostrem");
        assertThat(quote("the fireworks had been cancelled").speaker()).isNull();
        assertThat(speakerName(quote("slow and costly"))).isEqualTo("Viktor Halvorsen");
    }
}
