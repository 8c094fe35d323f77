package dev.parallax.resolve;

import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;

/**
 * Acronyms written as words, of a name in another language, or inside a name; a party's name the tagger took for a
 * person's; names of places called after an office or with the word for an open space; and capitalised common
 * nouns that name nothing alone; on invented names.
 */
class AcronymsAndOfficesTest {

    private static Candidate cand(String doc, String name, String ner, String longForm) {
        return HandBuiltCandidates.cand(doc, name, ner, null, List.of(), longForm);
    }

    private static Resolver.Cluster clusterOf(List<Resolver.Cluster> clusters, String name) {
        return clusters.stream().filter(cl -> cl.members().stream().anyMatch(c -> c.name().equals(name))).findFirst().orElseThrow();
    }

    private static boolean together(List<Resolver.Cluster> clusters, String a, String b) {
        return clusterOf(clusters, a) == clusterOf(clusters, b);
    }

    private static List<Token> tokens(String sentence, String pos, String ner) {
        String[] words = sentence.split(" "), p = pos.split(" "), n = ner.split(" ");
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(i, 0, at, at + words[i].length(), words[i], p[i], words[i], n[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        return out;
    }

    @Test
    void anAcronymWrittenAsAWordIsTheKnownOrganisation() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.lookup("Nato")).isEqualTo(g.lookup("North Atlantic Treaty Organization"));
        assertThat(g.lookup("Unicef")).isEqualTo(g.lookup("UNICEF"));
        var clusters = resolve(cand("a", "Nato", "ORGANIZATION", null),
                cand("b", "North Atlantic Treaty Organization", "ORGANIZATION", null));
        assertThat(together(clusters, "Nato", "North Atlantic Treaty Organization")).isTrue();
    }

    @Test
    void anAcronymOfTheNameInItsOwnLanguageJoinsTheTranslatedName() {
        String text = "the Marovian Census Bureau ( MNSK ) said";
        List<Token> toks = tokens(text, "DT NNP NNP NNP -LRB- NNP -RRB- VBD", "O ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O");
        AcronymDefinitions defs = new AcronymDefinitions(Gazetteer.standard(), new CandidateMaker(Gazetteer.standard()));
        List<Candidate> out = defs.acronymDefinitions("a", text, toks, List.of(new NameSpan(1, 4, "ORGANIZATION")));
        assertThat(out).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("MNSK");
            assertThat(c.longForm()).isEqualTo("Marovian Census Bureau");
        });
    }

    @Test
    void anAcronymOfTheBodyATaggedNameEndsWithNamesThatBody() {
        String text = "the Permanent Council of the Organização dos Estados Insulares ( OEI ) met";
        List<Token> toks = tokens(text, "DT NNP NNP IN DT NNP IN NNP NNPS -LRB- NNP -RRB- VBD",
                "O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION O ORGANIZATION O O");
        AcronymDefinitions defs = new AcronymDefinitions(Gazetteer.standard(), new CandidateMaker(Gazetteer.standard()));
        List<Candidate> out = defs.acronymDefinitions("a", text, toks, List.of(new NameSpan(1, 9, "ORGANIZATION")));
        assertThat(out).anySatisfy(c -> assertThat(c.name()).isEqualTo("Organização dos Estados Insulares"));
        assertThat(out).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("OEI");
            assertThat(c.longForm()).isEqualTo("Organização dos Estados Insulares");
        });
    }

    @Test
    void aNameMadeOfAnAcronymAndWordsIsTheAcronymItSpells() {
        var clusters = resolve(cand("a", "Unity and Renewal Party", "ORGANIZATION", null),
                cand("a", "URP", "ORGANIZATION", "Unity and Renewal Party"),
                cand("b", "UR Party", "ORGANIZATION", null));
        assertThat(together(clusters, "UR Party", "Unity and Renewal Party")).isTrue();
    }

    @Test
    void aNameAnAcronymInBracketsSpellsIsAnOrganisationNotAPerson() {
        var clusters = resolve(cand("a", "Sama Jathika Peramuna", "PERSON", null),
                cand("a", "SJP", "ORGANIZATION", "Sama Jathika Peramuna"),
                cand("b", "Sama Jathika Peramuna", "PERSON", null));
        Resolver.Cluster party = clusterOf(clusters, "SJP");
        assertThat(party.family()).isEqualTo(Resolver.Family.ORG);
        assertThat(party.members()).hasSize(3);
    }

    @Test
    void aPlaceNamedAfterAnOfficeKeepsTheTitle() {
        List<Token> toks = tokens("crowds stormed the President 's Lodge on Friday", "NNS VBD DT NNP POS NNP IN NNP",
                "O O O TITLE O ORGANIZATION O DATE");
        assertThat(OfficeNames.withOffices(List.of(new NameSpan(5, 6, "ORGANIZATION")), toks))
                .containsExactly(new NameSpan(3, 6, "ORGANIZATION"));
        // A person's possessive is not an office.
        List<Token> person = tokens("crowds stormed Kamal 's Lodge on Friday", "NNS VBD NNP POS NNP IN NNP",
                "O O PERSON O ORGANIZATION O DATE");
        assertThat(OfficeNames.withOffices(List.of(new NameSpan(2, 3, "PERSON"), new NameSpan(4, 5, "ORGANIZATION")), person))
                .containsExactly(new NameSpan(2, 3, "PERSON"), new NameSpan(4, 5, "ORGANIZATION"));
    }

    @Test
    void aNameWithTheWordForAnOpenSpaceIsThePlaceOfTheShorterName() {
        var clusters = resolve(cand("a", "Marla Point", "ORGANIZATION", null), cand("b", "Marla Point Green", "ORGANIZATION", null),
                cand("c", "Hollis Park", "LOCATION", null), cand("c", "Hollis", "LOCATION", null));
        assertThat(together(clusters, "Marla Point", "Marla Point Green")).isTrue();
        assertThat(clusterOf(clusters, "Marla Point").family()).isEqualTo(Resolver.Family.PLACE);
        assertThat(together(clusters, "Hollis Park", "Hollis")).isFalse();
    }

    @Test
    void aCapitalisedCommonNounAloneIsNoName() {
        List<Token> toks = tokens("the chief of the State spoke", "DT NN IN DT NNP VBD", "O O O O ORGANIZATION O");
        CandidateMaker maker = new CandidateMaker(Gazetteer.standard());
        assertThat(maker.candidate("a", "the chief of the State spoke", toks, new NameSpan(4, 5, "ORGANIZATION"))).isNull();
    }

    @Test
    void aStanceBeforeANameIsNotPartOfIt() {
        List<Token> toks = tokens("backed the pro-farmer MNP today", "VBD DT JJ NNP NN", "O O ORGANIZATION ORGANIZATION DATE");
        Candidate c = new CandidateMaker(Gazetteer.standard()).candidate("a", "backed the pro-farmer MNP today", toks,
                new NameSpan(2, 4, "ORGANIZATION"));
        assertThat(c.name()).isEqualTo("MNP");
    }

    @Test
    void aNameAsWhichAnOrganisationIsKnownIsThatOrganisation() {
        String text = "the rebel from the Tollawa, as the MNP is known after its symbol";
        int t = text.indexOf("Tollawa"), m = text.indexOf("MNP");
        Candidate tollawa = new Candidate("a", t, t + 7, "Tollawa", "Tollawa", "LOCATION", 0, 4, 5, null, null, null, List.of(), null, null);
        Candidate mnp = new Candidate("a", m, m + 3, "MNP", "MNP", "ORGANIZATION", 0, 8, 9, null, null, null, List.of(), null, null);
        assertThat(RenamedNames.links(List.of(tollawa, mnp), java.util.Map.of("a", text))).anySatisfy(p -> assertThat(p).containsExactly(0, 1));
        String other = "the rebel from the Tollawa, as the MNP said on Monday";
        assertThat(RenamedNames.links(List.of(tollawa, mnp), java.util.Map.of("a", other))).isEmpty();
    }
}
