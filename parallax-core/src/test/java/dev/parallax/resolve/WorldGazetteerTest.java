package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries and international organisations under their foreign names, and the types of bodies and outlets. */
class WorldGazetteerTest {

    private static final Gazetteer G = Gazetteer.standard();

    private static Candidate candidate(String doc, String name, String ner, List<String> affiliations) {
        return new Candidate(doc, 0, name.length(), name, name, ner, 0, 0, 1, null, null,
                affiliations.isEmpty() ? null : "fellow at " + affiliations.get(0), affiliations, null, null);
    }

    @Test
    void everyCountryIsAPlace() {
        for (String country : List.of("Burkina Faso", "Niger", "Ivory Coast", "Côte d'Ivoire", "Kyrgyzstan", "Uruguay")) {
            assertThat(G.lookup(country)).as(country).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("GPE"));
        }
        assertThat(G.seatOf("Ouagadougou").map(Gazetteer.Entry::name)).contains("Burkina Faso");
        assertThat(G.demonymOf("Nigerien").map(Gazetteer.Entry::name)).contains("Niger");
    }

    @Test
    void aCountryIsKnownByItsFormalName() {
        assertThat(G.lookup("Syrian Arab Republic").map(Gazetteer.Entry::name)).contains("Syria");
        assertThat(G.lookup("Hellenic Republic").map(Gazetteer.Entry::name)).contains("Greece");
        assertThat(G.lookup("Oriental Republic of Uruguay").map(Gazetteer.Entry::name)).contains("Uruguay");
    }

    @Test
    void organisationsAreKnownByTheirForeignNamesAndAcronyms() {
        assertThat(G.lookup("FMI").map(Gazetteer.Entry::name)).contains("International Monetary Fund");
        assertThat(G.lookup("OTAN").map(Gazetteer.Entry::name)).contains("North Atlantic Treaty Organization");
        assertThat(G.lookup("ONU").map(Gazetteer.Entry::name)).contains("United Nations");
        assertThat(G.lookup("Union africaine").map(Gazetteer.Entry::name)).contains("African Union");
        assertThat(G.lookup("Ecowas").map(Gazetteer.Entry::name)).contains("Economic Community of West African States");
    }

    @Test
    void aWordForWordTranslationOfAKnownNameIsThatOrganisation() {
        assertThat(G.organisationByWords("Bank Central of Europe").map(Gazetteer.Entry::name)).contains("European Central Bank");
        assertThat(G.organisationByWords("Fund Monetary International").map(Gazetteer.Entry::name)).contains("International Monetary Fund");
        // Two content words are not enough to tell one organisation from another.
        assertThat(G.organisationByWords("Bank World")).isEmpty();
    }

    @Test
    void aTranslatedNameBeforeAForeignAcronymIsTheOrganisation() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "The Fund Monetary International (FMI) has suspended its payments to Marovia. The FMI gave no date.",
                "b", "The IMF said on Friday that talks with Marovia would resume."));
        Entity imf = corpus.entities().stream().filter(e -> e.aliases().contains("IMF")).findFirst().orElseThrow();
        assertThat(imf.aliases()).contains("FMI", "Fund Monetary International");
    }

    @Test
    void aNameTheKindNounOfACivilSocietyBodyIntroducesIsAnOrganisation() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "« The prices have doubled », said Issa Maiga, coordinator of the collective Kanem Debout, on Monday."));
        Entity e = corpus.entities().stream().filter(x -> x.aliases().contains("Kanem Debout")).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo("ORG");
    }

    @Test
    void theOutletAnArticlesCopyrightLineNamesIsANewsOutletInItsText() {
        Document d = Document.read("a", "a.txt", null, null, null, null, "x")
                .withCleaned("x", List.of(new Removal("© Tessa Courier 2024 - All rights reserved", "copyright", 0, 10)));
        List<Candidate> out = ResolveStage.ownOutlets(List.of(candidate("a", "Tessa Courier", "PERSON", List.of()),
                candidate("a", "Tessa Brown", "PERSON", List.of())), List.of(d));
        assertThat(out.get(0).ner()).isEqualTo("MEDIA");
        assertThat(out.get(1).ner()).isEqualTo("PERSON");
    }

    private static List<Token> tokens(String sentence, String... ner) {
        String[] words = sentence.split(" ");
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(i, 0, at, at + words[i].length(), words[i], "NNP", words[i], ner[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        return out;
    }

    @Test
    void aHouseSomethingHappensAtInATownIsTheBuilding() {
        List<Token> at = tokens("leaders met at the Lodge House in Tarvel", "O", "O", "O", "O", "ORGANIZATION",
                "ORGANIZATION", "O", "CITY");
        assertThat(CandidateMaker.housedIn(at, 4, 6)).isTrue();
        List<Token> body = tokens("leaders met the Lodge House in Tarvel", "O", "O", "O", "ORGANIZATION", "ORGANIZATION",
                "O", "CITY");
        assertThat(CandidateMaker.housedIn(body, 3, 5)).isFalse();
    }

    @Test
    void aForumAPersonsRoleTiesThemToIsABody() {
        List<Candidate> out = ResolveStage.affiliatedBodies(List.of(
                candidate("a", "Chidi Eze", "PERSON", List.of("Lagos Policy Forum")),
                candidate("a", "Lagos Policy Forum", "EVENT", List.of()),
                candidate("a", "Lagos Investment Forum", "EVENT", List.of())));
        assertThat(out.get(1).ner()).isEqualTo("ORGANIZATION");
        assertThat(out.get(2).ner()).isEqualTo("EVENT");
    }
}
