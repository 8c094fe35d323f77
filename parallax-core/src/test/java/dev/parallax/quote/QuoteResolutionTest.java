package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers named by a nominal, a surname, a relative pronoun or a group, and reports the parser misshapes. */
class QuoteResolutionTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "n1", String.join("\n\n",
                        "The Ministry of Fisheries of Veloria on Monday announced new quotas for cod and herring.",
                        "The ministry said the quotas would protect the stocks for a decade. \"The decision follows the "
                                + "scientific advice in every detail,\" the statement reads.",
                        "A spokesperson for the Harbour Authority of Brenn called the quotas \"hasty and unworkable\" and "
                                + "said that the authority would appeal. The spokesperson stressed that talks remain possible."),
                "n2", String.join("\n\n",
                        "He Lanfang, a spokesperson for the Tarsen Shipping Group, told reporters that the new route would "
                                + "open in April. \"We expect the first ships in spring,\" he said.",
                        "The President of the Northern Fishing Association, Greta Holm, called the plan \"a reckless gamble "
                                + "and a waste of public money\".",
                        "Former mayor Olav Brekke, who last year called the port \"a museum of rust\", said the route was overdue.",
                        "Swedish shipbuilders including Kvarn Yards and Holt Marine said they would bid for the contract. "
                                + "Norwegian anglers said the quotas were far too low.",
                        "Trade Minister Ines Varga hosted Foreign Minister Paolo Dunn and Economy Minister Lena Ruiz in Brenn "
                                + "on Friday. The three ministers issued a joint statement after the talks. \"The corridor will "
                                + "benefit every coastal town on the strait,\" the statement said. The ministers said they would "
                                + "meet again in June."),
                "n3", String.join("\n\n",
                        "Dock unions have accused the ferry operators of ignoring basic safety rules on the night crossings.",
                        "The Brenn Ferry Company voiced firm opposition to the new tolls, saying the charges were unfair to "
                                + "local residents.",
                        "Local traders have expressed concern that the tolls could drive shoppers away from the old market.",
                        "Mayor Tom Ekdahl insists the tolls are temporary. He also praised the bridge project, which he says "
                                + "will create 300 jobs in the harbour district.",
                        "Ekdahl tweeted that it was \"a proud day for the whole harbour\". He said the town would \"defend its "
                                + "fishermen\" against any new tax from the capital.",
                        "Commission Vice-President Anna Kors met the harbour delegation on Tuesday. The President said the "
                                + "talks had been useful for both sides.")));
    }

    private static Quote quote(String start) {
        return QuoteLookup.quote(corpus, start);
    }

    private static String speakerName(Quote q) {
        return QuoteLookup.speakerName(corpus, q);
    }

    @Test
    void theMinistryAndTheStatementSpeakForTheOrganisationNamedBefore() {
        assertThat(speakerName(quote("the quotas would protect"))).startsWith("Ministry of Fisheries");
        assertThat(speakerName(quote("The decision follows"))).startsWith("Ministry of Fisheries");
    }

    @Test
    void aSpokespersonSpeaksForTheOrganisationAndTheSpokespersonRefersBack() {
        assertThat(speakerName(quote("hasty and unworkable"))).isEqualTo("Harbour Authority of Brenn");
        assertThat(speakerName(quote("the authority would appeal"))).isEqualTo("Harbour Authority of Brenn");
        assertThat(speakerName(quote("talks remain possible"))).isEqualTo("Harbour Authority of Brenn");
    }

    @Test
    void heFollowedByANameIsASurname() {
        Quote told = quote("the new route would open");
        assertThat(told.speakerText()).isEqualTo("He Lanfang");
        assertThat(speakerName(told)).contains("Lanfang");
        assertThat(quote("We expect the first ships").speaker()).isEqualTo(told.speaker());
    }

    @Test
    void aTitleInAppositionToANameIsThatPerson() {
        assertThat(speakerName(quote("a reckless gamble"))).isEqualTo("Greta Holm");
    }

    @Test
    void whoStandsForTheNounItsClauseModifies() {
        Quote q = quote("a museum of rust");
        assertThat(q.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(speakerName(q)).isEqualTo("Olav Brekke");
    }

    @Test
    void aNationalityGroupIsNotItsCountry() {
        assertThat(speakerName(quote("they would bid"))).isIn("Kvarn Yards", "Holt Marine");
        assertThat(quote("the quotas were far too low").speaker()).isNull();
    }

    @Test
    void theMinistersAndTheirJointStatementAreThePeopleNamedTogether() {
        List<String> ministers = List.of("Ines Varga", "Paolo Dunn", "Lena Ruiz");
        assertThat(speakerName(quote("The corridor will benefit"))).isIn(ministers);
        assertThat(speakerName(quote("they would meet again"))).isIn(ministers);
    }

    @Test
    void theTitleMustMatchAsAWholeWord() {
        assertThat(quote("the talks had been useful").speaker()).isNull();
    }

    @Test
    void reportsThatTheParserMisshapesAreFound() {
        assertThat(quote("the ferry operators of ignoring").kind()).isEqualTo(Quote.Kind.indirect);
        Quote saying = quote("the charges were unfair");
        assertThat(speakerName(saying)).isEqualTo("Brenn Ferry Company");
        assertThat(quote("the tolls could drive shoppers away").kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(speakerName(quote("the tolls are temporary"))).isEqualTo("Tom Ekdahl");
        assertThat(speakerName(quote("will create 300 jobs"))).isEqualTo("Tom Ekdahl");
    }

    @Test
    void aReportMadeOfItsQuotationIsGivenOnceAsPartial() {
        assertThat(corpus.quotes()).noneMatch(q -> q.text().startsWith("it was"));
        Quote proud = quote("a proud day for the whole harbour");
        assertThat(proud.kind()).isEqualTo(Quote.Kind.partial);
        assertThat(speakerName(proud)).isEqualTo("Tom Ekdahl");
        // A quoted phrase inside a longer paraphrase leaves both.
        assertThat(quote("the town would").kind()).isEqualTo(Quote.Kind.indirect);
        assertThat(quote("defend its fishermen").kind()).isEqualTo(Quote.Kind.partial);
    }
}
