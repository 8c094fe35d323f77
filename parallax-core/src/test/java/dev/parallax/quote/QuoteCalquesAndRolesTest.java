package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attributions in word-for-word translations ("«…», has declared the spokesman", "For X, «…»"), capitals and
 * documents as speakers, a role noun for the person speaking, and reports the parser hangs in odd places.
 */
class QuoteCalquesAndRolesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "c1", String.join("\n\n",
                        "Veloria recalls its envoys from Portugal",
                        "The Harbour Council of Veloria has broken yesterday the fishing accords with Portugal.",
                        "« Faced with the silence of our neighbours, the council decides to end the accords », has declared "
                                + "the spokesman of the Harbour Council at the radio. The captain Ilse Marwen has equally announced the "
                                + "closing of the northern port.",
                        "The Veloran president Tomas Berg has affirmed at his return to Brenn that Veloria will send a battalion "
                                + "of 500 sailors to the coast. « We will defend every harbour of the coast », has declared the Veloran "
                                + "president Tomas Berg, who leads the council since May.",
                        "Lisbon has brought its « full backing to the fishermen » of the north, according to a communiqué of "
                                + "the Ministry of Maritime Affairs.",
                        "For Olga Petrova, researcher at the Institute of Harbour Studies, « the council has painted itself "
                                + "into a corner: if it gives in, it loses face ». She observes that the fishermen had asked for "
                                + "talks in March.",
                        "Mr. Jonas Eld, held since two weeks in the old fort, is deprived of fresh water, according to his close ones."),
                "c2", String.join("\n\n",
                        "Talks on the northern coast",
                        "Ms. Ana Lindqvist said she had met the harbour master of Brenn on Monday. She said the talks had been "
                                + "\"very open\" on both sides. \"We will keep talking as long as it takes,\" the envoy said.",
                        "The Harbour Council closed the northern port on Sunday night, saying foreign trawlers were preparing "
                                + "a raid.",
                        "The trawler captain is still in his cabin, and Lisbon says the council has no right to seize the trawlers.",
                        "The same day a delegation met both him and Jonas Eld, whom the council has threatened to put on trial "
                                + "for \"piracy\"."),
                "c3", String.join("\n\n",
                        "Fishing alliance meets",
                        "The Coastal Alliance of Veloria met in Brenn on Monday. The alliance agreed on a new fishing plan for "
                                + "the winter."),
                "c4", String.join("\n\n",
                        "Protest in Tarsen",
                        "Hundreds of fishermen marched in Tarsen on Friday against the plan, and some boats blocked the port.",
                        "Their leader, Pia Moss, whom the alliance has threatened with a ban for \"sabotage\", did not speak.",
                        "Then she traded her gentle \"the sea belongs to all\" slogan for a pact with Ivo Rask that, according "
                                + "to Rask, gave the fishermen the harbour office.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void anInvertedVerbWithItsAuxiliaryAfterAQuotationAttributes() {
        assertThat(speakerName(quote("We will defend every harbour"))).isEqualTo("Tomas Berg");
    }

    @Test
    void aSpokesmanNamedInTheNextSentenceIsTheSpeaker() {
        assertThat(speakerName(quote("Faced with the silence"))).isEqualTo("Ilse Marwen");
    }

    @Test
    void aThatClauseAfterAnAdjunctIsReported() {
        Quote q = quote("Veloria will send a battalion");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(q)).isEqualTo("Tomas Berg");
    }

    @Test
    void quotedWordsAccordingToADocumentAreItsIssuers() {
        Quote q = quote("full backing to the fishermen");
        assertThat(q.cue()).isEqualTo("according to");
        assertThat(speakerName(q)).isEqualTo("Ministry of Maritime Affairs");
    }

    @Test
    void aQuotationAfterAnOpeningForAndANameIsThatPersonsView() {
        assertThat(speakerName(quote("the council has painted itself"))).isEqualTo("Olga Petrova");
    }

    @Test
    void peopleAroundSomeoneAreASourceButNotThatPerson() {
        Quote q = quote("Mr. Jonas Eld, held since two weeks");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aRoleNounAfterThePersonSpeakingIsThatPerson() {
        assertThat(speakerName(quote("We will keep talking"))).isEqualTo("Ana Lindqvist");
    }

    @Test
    void aParticipleTakenForASubjectStillReports() {
        Quote q = quote("foreign trawlers were preparing");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(q)).isEqualTo("Harbour Council");
    }

    @Test
    void aDescriptionTheResolverGaveInAnotherArticleNamesTheSameSpeaker() {
        assertThat(speakerName(quote("sabotage"))).isEqualTo("Coastal Alliance of Veloria");
    }

    @Test
    void aSourceCitedForARelativeClauseDidNotSayWhatIsQuotedBeforeIt() {
        assertThat(speakerName(quote("the sea belongs to all"))).isNotEqualTo("Ivo Rask");
    }

    @Test
    void aCapitalSpeaksForItsCountry() {
        assertThat(speakerName(quote("the council has no right"))).isEqualTo("Portugal");
    }

    @Test
    void aPersonIsNotIntroducedAsWhatARelativeClauseNames() {
        Quote q = quote("piracy");
        assertThat(speakerName(q)).isNotEqualTo("Jonas Eld").isEqualTo("Harbour Council");
    }
}
