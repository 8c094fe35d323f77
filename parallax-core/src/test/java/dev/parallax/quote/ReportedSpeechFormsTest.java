package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
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
                "spk", String.join("\n\n",
                        "Ingrid Solberg, the former mayor who now chairs the Nordhavn Shipping Company (NSC), said the "
                                + "company would double its fleet within three years.",
                        "“We will not reopen the talks this year,” said the Spokesperson of the Ministry of Fisheries Karl "
                                + "Ostrem, when asked by reporters in Bergen.",
                        "A spokesperson for the Nordic Council presidency said the fireworks had been cancelled because "
                                + "of the wind.")));
    }

    private static Quote quote(String start) {
        return corpus.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + corpus.quotes()));
    }

    private static String speakerName(Quote q) {
        return q.speaker() == null ? null : corpus.entities().stream().filter(e -> e.id().equals(q.speaker()))
                .map(Entity::name).findFirst().orElseThrow();
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
    void speakersTheParseHides() {
        Quote fleet = quote("the company would double its fleet");
        assertThat(speakerName(fleet)).isEqualTo("Ingrid Solberg");
        assertThat(speakerName(quote("We will not reopen the talks"))).isEqualTo("Karl Ostrem");
        assertThat(quote("the fireworks had been cancelled").speaker()).isNull();
    }
}
