package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers behind role nouns, pronouns after adjuncts, attributions after a dash, signed documents, woven quotes. */
class QuoteRoleAttributionTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "r1", String.join("\n\n",
                        "Harbour commissioner Nils Dahl defended the dredging plan at a council meeting on Monday.",
                        "Questioned by opposition councillor Marta Lind, he said: \"Nobody has offered a cheaper way to keep "
                                + "the channel open for the ferries.\"",
                        "He added: \"We will not wait for another winter of closures.\""),
                "r2", String.join("\n\n",
                        "Danish Transport Minister Ilse Brandtholm opened the new coastal bridge near Esbjerg on Friday.",
                        "The Danish Minister declared that the bridge would cut the journey to the islands by an hour.",
                        "The Swedish minister said that the crossing would need a second lane within ten years."),
                "r3", String.join("\n\n",
                        "Economist Karin Bergholt studied the new tolls on the coastal road for a year.",
                        "\"The tolls are a sign of panic. When a town raises its tolls, it fears empty roads\", - declared "
                                + "Karin Bergholt at the town hall."),
                "r4", String.join("\n\n",
                        "The fishing guild sent a letter to the harbour board on Tuesday.",
                        "The letter, dated Monday and signed by the chair of the guild Pieter Vandermolen, says the board should delay the "
                                + "new quotas until the spring."),
                "r5", String.join("\n\n",
                        "Mayor Tom Ekvall told reporters that the new ferry timetable was \"full of gaps\" and that the "
                                + "company would have to revise it before the summer season."),
                "r7", String.join("\n\n",
                        "The European commissioner for fisheries Ana Lindqvist judged the new quotas \"badly out of "
                                + "step\" with the science.",
                        "Russian President Ivan Korsakov opened the trade fair in Kazan. In his speech the Russian leader "
                                + "declared that the western sanctions had failed to slow the economy."),
                "r8", String.join("\n\n",
                        "Harbour pilot Jonas Aalto, of the Brenn Pilots Association, said: 'Sending big tankers through the "
                                + "old channel at night was always going to end in a collision.",
                        "'It is like asking a learner driver to race on an icy mountain road.'",
                        "Engineer Mira Castell reviewed the channel survey last month. According to her, the channel is "
                                + "two metres shallower than the charts show."),
                "r9", String.join("\n\n",
                        "The Ministry of Transport of Veloria opened an inquiry into the ferry accident on Monday.",
                        "In the Ministry of Transport of Veloria noted that the new ferry had passed every safety check "
                                + "before the accident."),
                "r6", String.join("\n\n",
                        "Fisheries scientist Olga Tarvainen spoke at the harbour forum on Thursday. Her message was that the "
                                + "decline of the cod stock is \"steady and measurable\" in every survey.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void aPronounAfterAPassiveAdjunctIsTheMainSpeakerNotTheAgent() {
        assertThat(speakerName(quote("Nobody has offered"))).isEqualTo("Nils Dahl");
        assertThat(speakerName(quote("We will not wait"))).isEqualTo("Nils Dahl");
    }

    @Test
    void aRoleNounIsThePersonIntroducedWithThatRoleAndNeverTheCountry() {
        assertThat(speakerName(quote("the bridge would cut"))).isEqualTo("Ilse Brandtholm");
        Quote swedish = quote("the crossing would need");
        assertThat(swedish.speaker()).isNull();
        assertThat(swedish.speakerText()).isEqualTo("The Swedish minister");
    }

    @Test
    void anAttributionAfterADashFollowsTheQuotation() {
        Quote q = quote("The tolls are a sign of panic");
        assertThat(q.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(q)).isEqualTo("Karin Bergholt");
        assertThat(q.cue()).isEqualTo("declared");
    }

    @Test
    void aSignedLetterSpeaksForItsSigner() {
        assertThat(speakerName(quote("the board should delay"))).isEqualTo("Pieter Vandermolen");
    }

    @Test
    void aRoleRunNamesItsHolderAndALeaderIsTheHeadOfStateIntroducedBefore() {
        assertThat(speakerName(quote("badly out of step"))).isEqualTo("Ana Lindqvist");
        assertThat(speakerName(quote("the western sanctions"))).isEqualTo("Ivan Korsakov");
    }

    @Test
    void aQuotationReopenedInTheNextParagraphIsFoundInBoth() {
        assertThat(speakerName(quote("Sending big tankers"))).isEqualTo("Jonas Aalto");
        Quote second = quote("It is like asking a learner driver");
        assertThat(second.kind()).isEqualTo(Quote.Kind.direct);
        assertThat(speakerName(second)).isEqualTo("Jonas Aalto");
    }

    @Test
    void accordingToAPronounIsReportedSpeechOfThePersonBefore() {
        Quote q = quote("the channel is two metres shallower");
        assertThat(q.kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(q)).isEqualTo("Mira Castell");
    }

    @Test
    void aSubjectlessSpeechVerbAfterAnOrganisationAsPlaceSpeaksForIt() {
        assertThat(speakerName(quote("the new ferry had passed"))).startsWith("Ministry of Transport");
    }

    @Test
    void aSayingNounSpeaksForItsOwner() {
        assertThat(speakerName(quote("steady and measurable"))).isEqualTo("Olga Tarvainen");
    }

    @Test
    void quotedWordsInAReportComeFirstAsAPartialQuotation() {
        List<Quote> at = corpus.quotes().stream().filter(q -> q.doc().startsWith("r5")).toList();
        Quote first = at.stream().filter(q -> q.text().contains("full of gaps")).findFirst().orElseThrow();
        assertThat(first.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(first.text()).isEqualTo("full of gaps");
        assertThat(speakerName(first)).isEqualTo("Tom Ekvall");
    }
}
