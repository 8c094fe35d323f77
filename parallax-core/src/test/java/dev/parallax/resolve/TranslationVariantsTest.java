package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/** Translation variants of names and place-name shortenings, on invented names and hand-built candidates. */
class TranslationVariantsTest {

    private static Candidate cand(String doc, String name, String ner, String longForm) {
        return HandBuiltCandidates.cand(doc, name, ner, null, List.of(), longForm);
    }

    @Test
    void numberWordsAndAnArticleAfterOfDoNotChangeTheKey() {
        assertThat(Names.numberKey("circle of the twelve")).isEqualTo("circle of 12");
        assertThat(Names.numberKey("circle of 12")).isEqualTo("circle of 12");
        assertThat(Names.numberKey("the circle")).isEqualTo("the circle");
        assertThat(Gazetteer.standard().lookup("Group of the Twenty").map(Gazetteer.Entry::name)).contains("Group of Twenty");
        assertThat(Gazetteer.standard().lookup("Group of 20").map(Gazetteer.Entry::name)).contains("Group of Twenty");
    }

    @Test
    void translationSynonymsMakeOneOrganisation() {
        assertThat(Similarity.sameOrganisation(Names.contentStems("Marovian Penal Tribunal"),
                Names.contentStems("Marovian Criminal Tribunal"))).isTrue();
        assertThat(Similarity.sameOrganisation(Names.contentStems("Marovian Civil Tribunal"),
                Names.contentStems("Marovian Criminal Tribunal"))).isFalse();
        var clusters = resolve(cand("a", "Circle of the Twelve", "ORGANIZATION", null),
                cand("b", "Circle of 12", "ORGANIZATION", null));
        assertThat(together(clusters, "Circle of the Twelve", "Circle of 12")).isTrue();
    }

    @Test
    void anAcronymDefinedAfterTwoJoinedNamesStandsForTheLast() {
        var clusters = resolve(cand("a", "Northern Monetary Office", "ORGANIZATION", null),
                cand("a", "Marovian Savings Bank", "ORGANIZATION", null),
                cand("a", "NMO", "ORGANIZATION", "Marovian Savings Bank and the Northern Monetary Office"));
        assertThat(together(clusters, "NMO", "Northern Monetary Office")).isTrue();
        assertThat(together(clusters, "NMO", "Marovian Savings Bank")).isFalse();
    }

    @Test
    void aPlaceNameIsTheOnlyLongerPlaceItEnds() {
        var clusters = resolve(cand("a", "Port Lindau", "CITY", null), cand("b", "Lindau", "CITY", null));
        assertThat(together(clusters, "Port Lindau", "Lindau")).isTrue();
        var two = resolve(cand("a", "Port Lindau", "CITY", null), cand("a", "Upper Lindau", "CITY", null),
                cand("b", "Lindau", "CITY", null));
        assertThat(together(two, "Port Lindau", "Lindau") || together(two, "Upper Lindau", "Lindau")).isFalse();
        var head = resolve(cand("a", "Villa de Marova", "CITY", null), cand("b", "Villa", "CITY", null));
        assertThat(together(head, "Villa de Marova", "Villa")).isTrue();
        // A known country of its own is not the longer one whose name it ends.
        var known = resolve(cand("a", "Papua New Guinea", "COUNTRY", null), cand("b", "Guinea", "COUNTRY", null));
        assertThat(together(known, "Papua New Guinea", "Guinea")).isFalse();
    }

    @Test
    void aLaterNameWithAnotherGivenNameInTheSameOrderIsAnotherPerson() {
        // "the builder Omar Dalenko ... the medic Idris Dalenko": kin or namesakes, not one man written twice.
        var two = resolve(HandBuiltCandidates.cand("a", "Omar Dalenko", "PERSON", "builder", List.of(), null),
                cand("a", "Idris Dalenko", "PERSON", null));
        assertThat(together(two, "Omar Dalenko", "Idris Dalenko")).isFalse();
        // The surname written first is the same man in another naming custom.
        var one = resolve(HandBuiltCandidates.cand("b", "Kenji Morotaki", "PERSON", "chairman of the Velda Institute", List.of(), null),
                cand("b", "Morotaki Ken", "PERSON", null));
        assertThat(together(one, "Kenji Morotaki", "Morotaki Ken")).isTrue();
        // An initial, or a courtesy title written after the given name, is the same man.
        var initial = resolve(HandBuiltCandidates.cand("c", "Sandor Varkonyi", "PERSON", "minister", List.of(), null),
                cand("c", "S. Varkonyi", "PERSON", null));
        assertThat(together(initial, "Sandor Varkonyi", "S. Varkonyi")).isTrue();
        var bey = resolve(HandBuiltCandidates.cand("d", "Osman Tekinalp", "PERSON", "party leader", List.of(), null),
                cand("d", "Osman Bey", "PERSON", null));
        assertThat(together(bey, "Osman Tekinalp", "Osman Bey")).isTrue();
        var acronym = resolve(HandBuiltCandidates.cand("e", "Lars Vikholm", "PERSON", "minister", List.of(), null),
                cand("e", "NATO Vikholm", "PERSON", null));
        assertThat(together(acronym, "Lars Vikholm", "NATO Vikholm")).isTrue();
    }

    @Test
    void aSurnameFirstNameIsRecognised() {
        assertThat(Names.isSurnameFirst("xi")).isTrue();
        assertThat(Names.isSurnameFirst("halloway")).isFalse();
    }
}
