package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole utterances in quote marks, and speakers found through a woman's pronoun, a role noun after a pronoun linked
 * elsewhere, an emphatic reflexive, a participle opening the sentence, a colon before a report and a name apposed
 * to the organisation after a role.
 */
class QuoteUtterancesAndSpeakersTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "t1", String.join("\n\n",
                        "Lindport closes the harbour",
                        "The council of Lindport voted on Tuesday to close the old harbour. The members of the opposition "
                                + "gathered in front of the podium and shouted \"Enough!\" and \"Shame on you!\", and did not "
                                + "take part in the vote. A harbour official expressed concern, saying \"In one week, the town "
                                + "lost two harbours.\"",
                        "Councillor Ana Lim told reporters that this was \"a fair deal, not a gift\", although the cost, Ivo "
                                + "Marek conceded, would be high. Mayor Tomas Berg told the press that the budget remained \"solid.\"",
                        "\"The rest,\" Lim added, \"will follow in spring when the money comes.\"",
                        "Ivo Marek, 75, a veteran lawyer who has served five mayors, said he would concentrate all his energy "
                                + "on the budget."),
                "t2", String.join("\n\n",
                        "Strike ends at the yard",
                        "The president of the union, Jonas Berg, has himself judged Tuesday that the strike was « the only "
                                + "way », but his union remains divided.",
                        "For Karin Solberg, researcher at the Harbour Institute, « Mr. Tarnen has lost in one night what he had "
                                + "left of trust ». She recalls that the last strike, in 1979, had followed the closure of the "
                                + "yard, and that the memory of the lockout remains vivid."),
                "t3", String.join("\n\n",
                        "Harbour vote fails in Lindport",
                        "Green Union leader Tomas Berg, who had asked a day earlier for the mayor to step down, said after the "
                                + "vote that Ivo Marek would take no part in council business until the end of his term. He "
                                + "said: \"A quick exit is the only way to end this without more damage to the town.\" The party "
                                + "chief said he would work out with Deputy Mayor Lena Holt how the town would be run in the meantime.",
                        "Finance Councillor Karin Dahl (Greens) defended the plan again: the town had to choose between bad and "
                                + "very bad, she said in an interview.",
                        "His interview on March 15 became one of the defining moments of the crisis. Asked whether the Gulf "
                                + "lender, which had become Harbour Bank's largest shareholder with a 9.9 percent stake, would put "
                                + "in more capital, Al-Rashid said it would not, pointing to regulatory limits that kept it under 10 "
                                + "percent. He also said that Harbour Bank did not need extra money."),
                "t4", String.join("\n\n",
                        "Ferry rules stay",
                        "The owners of the ferry bonds denounce an « expropriation ». « The rules of these bonds are very "
                                + "clear. It is exactly this case », has declared yesterday the director of the Harbour "
                                + "Authority, Urban Keller, during a press conference.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    /** The first quotation of a document that covers the given words, as a reader (and the scorer) takes it. */
    private static Quote firstAt(String doc, String words) {
        int at = corpus.documents().stream().filter(d -> d.id().equals(doc)).findFirst().orElseThrow().text().indexOf(words);
        return corpus.quotes().stream().filter(q -> q.doc().equals(doc) && q.start() <= at && at < q.end()).findFirst().orElseThrow();
    }

    @Test
    void anExclamationOrCapitalisedWordsAfterASpeechVerbAreDirect() {
        assertThat(quote("Enough!").kind()).isEqualTo(Quote.Kind.direct);
        assertThat(quote("Shame on you!").kind()).isEqualTo(Quote.Kind.direct);
        assertThat(quote("In one week, the town").kind()).isEqualTo(Quote.Kind.direct);
    }

    @Test
    void theOpeningOfAnInterruptedQuotationIsDirect() {
        assertThat(quote("The rest").kind()).isEqualTo(Quote.Kind.direct);
    }

    @Test
    void quotedWordsRunningPastTheReportComeFirst() {
        assertThat(firstAt("t1", "solid").kind()).isEqualTo(Quote.Kind.partial);
    }

    @Test
    void anEmphaticReflexiveIsNotTheSpeaker() {
        assertThat(speakerName(quote("the only way"))).isEqualTo("Jonas Berg");
    }

    @Test
    void aSheIsTheWomanJustQuotedNotTheManNamedBefore() {
        assertThat(speakerName(quote("the last strike"))).isEqualTo("Karin Solberg");
    }

    @Test
    void aRoleNounFollowsTheSpeakerThoughAPronounWasLinkedElsewhere() {
        assertThat(speakerName(quote("he would work out"))).isEqualTo("Tomas Berg");
    }

    @Test
    void aReportAfterAColonLeavesTheWritersClauseOut() {
        assertThat(firstAt("t3", "the town had to choose").text()).startsWith("the town had to choose");
        assertThat(speakerName(firstAt("t3", "the town had to choose"))).isEqualTo("Karin Dahl");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNotTheSpeaker() {
        assertThat(speakerName(quote("it would not"))).isEqualTo("Al-Rashid");
    }

    @Test
    void theNameApposedToTheOrganisationAfterARoleHoldsIt() {
        assertThat(speakerName(quote("The rules of these bonds"))).isEqualTo("Urban Keller");
    }
}
