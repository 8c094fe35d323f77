package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteStageTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of("q", String.join("\n\n",
                "Finance Minister Laila Okonkwo spoke to reporters in Lagos on Monday.",
                "She said: “The deal is close, but it is not done yet.”",
                "“We will not sign a bad agreement under any pressure,” she added.",
                "The talks are expected to resume in May, according to a senior diplomat.",
                "Commission spokesperson Ines Moreau said the Commission wanted a “fair and balanced” outcome.",
                "“Nothing is agreed until everything is agreed,” Moreau told the Harbour Herald.",
                "“The door remains open for both delegations.”",
                "Okonkwo and Moreau issued a joint statement on Tuesday evening.",
                "“Both sides remain committed to the process,” the statement reads.",
                "“It is a good day for the harbour,” Mr Tomas Brandt, the port director, said. “The new cranes will arrive in June.”",
                "The union leader Maria Santos criticised the plan at a rally outside the port gates.",
                "She said: “The dock workers were never consulted about the cranes.”",
                "Okonkwo said that the fishing quotas would be settled before the summer.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void directQuotesAfterHeSaidAndBeforeSheAddedGoToTheLastNamedSpeaker() {
        Quote a = quote("The deal is close");
        assertThat(a.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(a)).isEqualTo("Laila Okonkwo");
        assertThat(a.speakerText()).isEqualTo("She");
        Quote b = quote("We will not sign");
        assertThat(speakerName(b)).isEqualTo("Laila Okonkwo");
        assertThat(b.cue()).isEqualTo("added");
    }

    @Test
    void partialQuotesAndToldAttributions() {
        Quote p = quote("fair and balanced");
        assertThat(p.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(speakerName(p)).isEqualTo("Ines Moreau");
        Quote t = quote("Nothing is agreed");
        assertThat(speakerName(t)).isEqualTo("Ines Moreau");
        assertThat(t.cue()).isEqualTo("told");
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        assertThat(speakerName(quote("The door remains open"))).isEqualTo("Ines Moreau");
    }

    @Test
    void aSecondQuoteInTheParagraphKeepsItsSpeakerAndSheFollowsAWoman() {
        assertThat(speakerName(quote("The new cranes will arrive"))).isEqualTo("Tomas Brandt");
        assertThat(speakerName(quote("The dock workers were never consulted"))).isEqualTo("Maria Santos");
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        assertThat(speakerName(quote("Both sides remain committed"))).isEqualTo("Laila Okonkwo");
    }

    @Test
    void reportedSpeechWithNamedAndAnonymousSources() {
        Quote r = quote("the fishing quotas would be settled");
        assertThat(r.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(r)).isEqualTo("Laila Okonkwo");
        Quote anon = quote("The talks are expected to resume");
        assertThat(anon.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(anon.speaker()).isNull();
        assertThat(anon.speakerText()).contains("diplomat");
    }

    @Test
    void quoteOffsetsPointAtTheirText() {
        String text = corpus.document("q").orElseThrow().text();
        for (Quote q : corpus.quotes()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
}
