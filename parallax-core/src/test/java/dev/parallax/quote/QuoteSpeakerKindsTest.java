package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers of the kinds news reports name indirectly: an organisation by a common noun ("the airline", "Norway's
 * transport ministry"), a person by a title around a name the parse misplaces, by a pronoun after other people's
 * words, or by a description another report gave; and the speech verb that really quotes the words.
 */
class QuoteSpeakerKindsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "k1", String.join("\n\n",
                        "Jet lands safely in Karsk",
                        "A Nordwind Airlines jet made an emergency landing at Karsk airport on Tuesday after an engine caught fire. "
                                + "The Norland Safety Agency opened an inquiry.",
                        "All 212 people on board escaped down the emergency slides before fire engulfed the cabin, the airline said.",
                        "The pilot, Ivo Marek, has told investigators that he believed the engine had been checked, according to the police.",
                        "The experts indicate that the two fires of Monday, of sizes 7 and 9 according to the agency, have damaged the wing."),
                "k2", String.join("\n\n",
                        "Controllers change the rules",
                        "The transcript released by Norway's Ministry of Transport and Fisheries showed no clearance for the small plane.",
                        "Norway's transport ministry said on Friday that controllers would stop telling pilots their place in the queue."),
                "k3", String.join("\n\n",
                        "Coalition talks begin",
                        "Mr Dahl called it a step forward; Rana Saleh of the Citizens Front called it \"too little, a week too late\".",
                        "Tor Steen, the opposition leader, said his party's executive would decide in the coming days whether to open talks, "
                                + "while Omar Malek said the Front wanted to govern with the Alliance but would not sit with the Greens.",
                        "The Alliance's secretary-general, Jonas Mbeki, said on Friday that the party would talk to every party."),
                "k4", String.join("\n\n",
                        "The harbour deal",
                        "Secretary-General Tomas Brandt said the council had signed the harbour deal on Monday.",
                        "\"Lorn has turned a catastrophe into a bargaining chip,\" said Lina Farouk, a researcher at the Centre for Policy Research. "
                                + "\"He gives the council what it should have had by right, and in return he is treated as the man who opens the doors.\" "
                                + "She added that the three months could be renewed."),
                "k5", String.join("\n\n",
                        "Crash inquiry",
                        "Only one of the six on board survived, the coast guard captain, Ken Obara, who is in hospital.",
                        "Mr Obara told the police he had been cleared onto the runway."),
                "k6", String.join("\n\n",
                        "Runway collision",
                        "A passenger jet hit a coast guard plane on the runway in Karsk on Tuesday.",
                        "The coast guard captain is known to have stated that he had received permission to enter the runway."),
                "k7", String.join("\n\n",
                        "Election night",
                        "Ms Lindqvist claimed the night in her northern stronghold. \"The voters have almost wiped out the centre bloc,\" "
                                + "the 55-year-old told supporters in Hammerby, where she was re-elected outright with more than half of the vote.",
                        "At the handover in the courtyard, Mr Lund listed the reforms of his eight months in office and made no secret "
                                + "of his disappointment. \"I leave with a pinch of frustration,\" he said. Mr Berger, who spent part of his "
                                + "career in Brussels, answered with a joke about his predecessor's age before turning serious. \"We will "
                                + "need much listening and much respect,\" he said."),
                "k8", String.join("\n\n",
                        "Valdoria votes",
                        "The right split in the same week. Marc Dubois, the president of the Republicans, announced on 11 June that he "
                                + "wanted an alliance with the Front; the party leadership voted to expel him the next day.",
                        "Mr Keller voted in the morning in the seaside town of Lissa with his wife and said nothing in public. In a "
                                + "written statement issued by the palace in the evening, the president called for \"a broad rally, clearly "
                                + "democratic and republican\" against the Front in the second round."),
                "k9", String.join("\n\n",
                        "Assembly dissolved",
                        "President Anton Keller dissolved the assembly on Sunday night after his list lost the European vote.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    /** The first quotation holding some words, as a reader meeting them would find it. */
    private static Quote holding(String words) {
        return corpus.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holding '" + words + "' in " + corpus.quotes()));
    }

    @Test
    void theAirlineIsTheAirlinesNamedBefore() {
        assertThat(speakerName(quote("All 212 people on board"))).isEqualTo("Nordwind Airlines");
    }

    @Test
    void aSpeakersOwnReportRelayedByASourceStaysTheSpeakers() {
        assertThat(speakerName(holding("he believed the engine"))).isEqualTo("Ivo Marek");
    }

    @Test
    void aSourceCitedForANumberInsideAReportDoesNotSpeakIt() {
        assertThat(speakerName(holding("the two fires of Monday"))).isNull();
    }

    @Test
    void aCountrysBodyIsTheOrganisationNamedAsThatCountrys() {
        assertThat(speakerName(holding("controllers would stop"))).isEqualTo("Ministry of Transport and Fisheries");
    }

    @Test
    void theInnermostSpeechVerbQuotesTheWords() {
        assertThat(speakerName(quote("too little, a week too late"))).isEqualTo("Rana Saleh");
    }

    @Test
    void aReportEndsWhereAnotherSpeakersContrastedReportBegins() {
        assertThat(speakerName(holding("the Front wanted to govern"))).isEqualTo("Omar Malek");
    }

    @Test
    void theNameInAppositionToAPossessedTitleSpeaks() {
        assertThat(speakerName(holding("the party would talk"))).isEqualTo("Jonas Mbeki");
    }

    @Test
    void aPronounInsideTheQuotedWordsDoesNotGenderTheSpeaker() {
        assertThat(speakerName(holding("the three months could be renewed"))).isEqualTo("Lina Farouk");
    }

    @Test
    void anAgeEpithetBeforeAVerbTheParserMisreadSpeaks() {
        assertThat(speakerName(quote("The voters have almost wiped out"))).isEqualTo("Lindqvist");
    }

    @Test
    void aNameTheParserMadeTheRootIsTheSubjectAPronounFollows() {
        assertThat(speakerName(quote("We will need much listening"))).isEqualTo("Berger");
    }

    @Test
    void theBarePresidentIsThePresidentOutrightNotAPartysPresident() {
        assertThat(speakerName(quote("a broad rally"))).isEqualTo("Anton Keller");
    }

    @Test
    void aDescriptionAnotherReportGaveAPersonSpeaksForThatPerson() {
        assertThat(speakerName(holding("he had received permission"))).isEqualTo("Ken Obara");
    }
}
