package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/**
 * One person, place or organisation written by the romanisation and word order of the language an article was
 * translated from, across articles; and the people and places that must stay apart. Invented names throughout.
 */
class RomanisedNamesTest {

    private static Candidate cand(String doc, String name, String ner) {
        return cand(doc, name, ner, null, List.of());
    }

    private static Candidate cand(String doc, String name, String ner, String role, List<String> affiliations) {
        return HandBuiltCandidates.cand(doc, name, ner, role, affiliations, null);
    }

    @Test
    void oneRussianNameRomanisedByFourConventionsIsOnePerson() {
        var clusters = resolve(cand("en", "Yevgeny Korzhavin", "PERSON"), cand("en", "Korzhavin", "PERSON"),
                cand("fr", "Evgueni Korjavine", "PERSON"), cand("fr", "Korjavine", "PERSON"),
                cand("de", "Jewgeni Korschawin", "PERSON"), cand("es", "Yevgueni Korzhavin", "PERSON"),
                cand("x", "Korschawin", "PERSON"));
        assertThat(together(clusters, "Yevgeny Korzhavin", "Evgueni Korjavine")).isTrue();
        assertThat(together(clusters, "Yevgeny Korzhavin", "Jewgeni Korschawin")).isTrue();
        assertThat(together(clusters, "Yevgeny Korzhavin", "Yevgueni Korzhavin")).isTrue();
        // A surname alone in an article without the full name: the one person it romanises.
        assertThat(together(clusters, "Yevgeny Korzhavin", "Korschawin")).isTrue();
    }

    @Test
    void oneKoreanNameRomanisedSyllableBySyllableIsOnePerson() {
        var clusters = resolve(cand("en", "Kwon Seong-mun", "PERSON"), cand("en", "Mr Kwon", "PERSON"),
                cand("ko", "Kwŏn Sŏng-mun", "PERSON"), cand("us", "Kwon Sung-moon", "PERSON"),
                cand("us", "Kwon Sang-min", "PERSON"));
        assertThat(together(clusters, "Kwon Seong-mun", "Kwŏn Sŏng-mun")).isTrue();
        assertThat(together(clusters, "Kwon Seong-mun", "Kwon Sung-moon")).isTrue();
        // Another vowel is another person of the same family.
        assertThat(together(clusters, "Kwon Seong-mun", "Kwon Sang-min")).isFalse();
    }

    @Test
    void anArticleWritingOneNameByTwoConventionsNamesOnePerson() {
        // "Seong-mun Kwon ... Koreans write his name Kwŏn Sŏng-mun": two spellings in one article, one person.
        var clusters = resolve(cand("en", "Kwon Seong-mun", "PERSON"), cand("rev", "Seong-mun Kwon", "PERSON"),
                cand("rev", "Kwŏn Sŏng-mun", "PERSON"));
        assertThat(together(clusters, "Kwon Seong-mun", "Kwŏn Sŏng-mun")).isTrue();
        // Two different full names in one article still tell two people apart.
        var apart = resolve(cand("en", "Kwon Seong-mun", "PERSON"), cand("rev", "Kwon Seong-mun", "PERSON"),
                cand("rev", "Kwon Sang-min", "PERSON"), cand("x", "Kwŏn Sang-min", "PERSON"));
        assertThat(together(apart, "Kwon Seong-mun", "Kwon Sang-min")).isFalse();
        assertThat(together(apart, "Kwŏn Sang-min", "Kwon Sang-min")).isTrue();
    }

    @Test
    void aGermanUmlautTypedAsEOrDroppedIsOnePerson() {
        var clusters = resolve(cand("de", "Ulf Dörrmann", "PERSON"), cand("en", "Ulf Doerrmann", "PERSON"),
                cand("us", "Ulf Dorrmann", "PERSON"));
        assertThat(together(clusters, "Ulf Dörrmann", "Ulf Doerrmann")).isTrue();
        assertThat(together(clusters, "Ulf Dörrmann", "Ulf Dorrmann")).isTrue();
    }

    @Test
    void relativesSharingASurnameStayApart() {
        var clusters = resolve(cand("en", "Yevgeny Korzhavin", "PERSON"), cand("es", "Pavel Korzhavin", "PERSON"),
                cand("fr", "Evgueni Korjavine", "PERSON"), cand("de", "Pawel Korschawin", "PERSON"));
        assertThat(together(clusters, "Yevgeny Korzhavin", "Evgueni Korjavine")).isTrue();
        assertThat(together(clusters, "Pavel Korzhavin", "Pawel Korschawin")).isTrue();
        assertThat(together(clusters, "Yevgeny Korzhavin", "Pavel Korzhavin")).isFalse();
        assertThat(together(clusters, "Evgueni Korjavine", "Pawel Korschawin")).isFalse();
    }

    @Test
    void twoPeopleOneArticleNamesInFullAreNeverJoined() {
        // The article tells "Ivan Petrenko" and "Iwan Petrenko" apart, so a third spelling elsewhere joins only one.
        var clusters = resolve(cand("a", "Ivan Petrenko", "PERSON", "mayor of Lisk", List.of()),
                cand("a", "Iwan Petrenko", "PERSON", "goalkeeper of Dynamo Lisk", List.of("Dynamo Lisk")),
                cand("b", "Iwan Petrenko", "PERSON"));
        assertThat(together(clusters, "Ivan Petrenko", "Iwan Petrenko")).isFalse();
    }

    @Test
    void whereTheGuardLeavesAChoiceTheRoleDecides() {
        var clusters = resolve(cand("a", "Ivan Petrenko", "PERSON", "mayor of Lisk", List.of("Lisk City Council")),
                cand("a", "Iwan Petrenko", "PERSON", "goalkeeper", List.of("Dynamo Lisk Football Club")),
                cand("b", "Yvan Petrenko", "PERSON", "goalkeeper", List.of("Football Club Dynamo Lisk")));
        assertThat(together(clusters, "Iwan Petrenko", "Yvan Petrenko")).isTrue();
        assertThat(together(clusters, "Ivan Petrenko", "Yvan Petrenko")).isFalse();
    }

    @Test
    void placeNamesJoinAcrossTranslatedConnectingWordsEvenWhenTaggedAPerson() {
        var clusters = resolve(cand("en", "Belgorod-on-Volga", "CITY"), cand("fr", "Belgorod-on-the-Volga", "LOCATION"),
                cand("de", "Belgorod am Volga", "CITY"), cand("es", "Belgorod del Volga", "PERSON"),
                cand("x", "St. Ilyinsk", "CITY"), cand("y", "Saint Ilyinsk", "CITY"));
        assertThat(together(clusters, "Belgorod-on-Volga", "Belgorod-on-the-Volga")).isTrue();
        assertThat(together(clusters, "Belgorod-on-Volga", "Belgorod am Volga")).isTrue();
        assertThat(together(clusters, "Belgorod-on-Volga", "Belgorod del Volga")).isTrue();
        assertThat(together(clusters, "St. Ilyinsk", "Saint Ilyinsk")).isTrue();
        // A person with a particle and no place of that key stays a person of their own.
        var person = resolve(cand("a", "Belgorod-on-Volga", "CITY"), cand("b", "Luisa del Rio", "PERSON"));
        assertThat(together(person, "Belgorod-on-Volga", "Luisa del Rio")).isFalse();
    }

    @Test
    void organisationsInTranslatedWordOrderAreOne() {
        var clusters = resolve(cand("a", "Fisheries Ministry", "ORGANIZATION"),
                cand("b", "Ministry of the Fisheries", "ORGANIZATION"),
                cand("c", "Northern Naval Command", "ORGANIZATION"),
                cand("d", "Naval Command of the North", "ORGANIZATION"),
                cand("e", "Naval Command of the South", "ORGANIZATION"));
        assertThat(together(clusters, "Fisheries Ministry", "Ministry of the Fisheries")).isTrue();
        assertThat(together(clusters, "Northern Naval Command", "Naval Command of the North")).isTrue();
        assertThat(together(clusters, "Northern Naval Command", "Naval Command of the South")).isFalse();
    }

    @Test
    void aWordTheCorpusWritesAsTheXGroupIsThatOrganisationUnlessSomeoneBearsIt() {
        var clusters = resolve(cand("a", "Halvard group", "ORGANIZATION"), cand("a", "Halvard", "PERSON"),
                cand("b", "Halvard", "PERSON"));
        assertThat(together(clusters, "Halvard group", "Halvard")).isTrue();
        assertThat(clusters.stream().filter(c -> c.members().stream().anyMatch(m -> m.name().equals("Halvard"))))
                .allMatch(c -> c.family() == Resolver.Family.ORG);
        // "Anna Halvard" is a person, so "Halvard" alone may be her: it keeps its label.
        var person = resolve(cand("a", "Halvard group", "ORGANIZATION"), cand("b", "Anna Halvard", "PERSON"),
                cand("b", "Halvard", "PERSON"));
        assertThat(together(person, "Halvard group", "Halvard")).isFalse();
    }

    @Test
    void theTaggersPiecesOfATranslatedPlaceNameArePutBackTogether() {
        Corpus corpus = Models.analyse(Map.of(
                "r1", "Armoured columns left Belgorod-on-Volga on Friday, the ministry said. The governor of "
                        + "Belgorod-on-Volga asked residents to stay at home.",
                "r2", "Within a day the fighters had advanced from Nowgorod am Volga to the capital. Later they "
                        + "left Rostik am Don. The founder of the Halvard group was seen there. The Japanese group declined to comment. The headquarters "
                        + "of the Naval Command of the North at Belgorod-on-the-Volga was taken without a fight."));
        List<Entity> withAm = corpus.entities().stream().filter(e -> e.aliases().contains("Nowgorod am Volga")).toList();
        assertThat(withAm).hasSize(1);
        assertThat(withAm.get(0).type()).isNotEqualTo("PERSON");
        assertThat(corpus.entities()).anyMatch(e -> e.aliases().contains("Rostik am Don"));
        assertThat(corpus.entities()).anyMatch(e -> e.aliases().contains("Halvard group") && e.type().equals("ORG"));
        assertThat(corpus.entities()).noneMatch(e -> e.aliases().contains("Japanese group"));
        assertThat(corpus.entities()).anyMatch(e -> e.aliases().contains("Naval Command of the North"));
        assertThat(corpus.entities()).anyMatch(e -> e.aliases().containsAll(List.of("Belgorod-on-Volga", "Belgorod-on-the-Volga")));
    }
    @Test
    void aJapaneseNameInKunreiSpellingAndFamilyNameFirstIsOnePerson() {
        var clusters = resolve(cand("en", "Ryota Fukuda", "PERSON"), cand("en", "Fukuda", "PERSON"),
                cand("kr", "Hukuda Ryouta", "PERSON"), cand("jp", "Fukuda Ryouta", "PERSON"),
                cand("en", "Kenji Fukuda", "PERSON"));
        assertThat(together(clusters, "Ryota Fukuda", "Hukuda Ryouta")).isTrue();
        assertThat(together(clusters, "Ryota Fukuda", "Fukuda Ryouta")).isTrue();
        // Another given name is another person of the same family.
        assertThat(together(clusters, "Ryota Fukuda", "Kenji Fukuda")).isFalse();
    }

    @Test
    void kunreiSpellingsAndLongVowelsComeToHepburn() {
        assertThat(JapaneseRomanisation.hepburn("kisida")).isEqualTo("kishida");
        assertThat(JapaneseRomanisation.hepburn("humio")).isEqualTo("fumio");
        assertThat(JapaneseRomanisation.hepburn("wazima")).isEqualTo("wajima");
        assertThat(JapaneseRomanisation.hepburn("tyosi")).isEqualTo("choshi");
        assertThat(JapaneseRomanisation.hepburn("itou")).isEqualTo("ito");
        assertThat(JapaneseRomanisation.hepburn("ohno")).isEqualTo("ono");
        assertThat(JapaneseRomanisation.hepburn("simbun")).isEqualTo("shinbun");
        // Words that cannot be Japanese are left as they are.
        assertThat(JapaneseRomanisation.hepburn("stuttgart")).isEqualTo("stuttgart");
        assertThat(Transliteration.same("tutiya", "tsuchiya")).isTrue();
    }

    @Test
    void aPlaceNamedWithItsDivisionWordIsThePlaceNamedAlone() {
        var clusters = resolve(cand("a", "Akita Prefecture", "LOCATION"), cand("b", "Akita", "STATE_OR_PROVINCE"),
                cand("a", "Yuzawa City", "LOCATION"), cand("b", "Yuzawa", "CITY"), cand("c", "Yuzawa-shi", "CITY"),
                cand("c", "Huzisawa City", "LOCATION"), cand("d", "Fujisawa", "CITY"), cand("d", "Mexico City", "CITY"),
                cand("e", "Mexico", "COUNTRY"), cand("f", "Kamisato City", "LOCATION"), cand("g", "Kamisato", "PERSON"));
        assertThat(together(clusters, "Akita Prefecture", "Akita")).isTrue();
        assertThat(together(clusters, "Yuzawa City", "Yuzawa")).isTrue();
        assertThat(together(clusters, "Yuzawa-shi", "Yuzawa")).isTrue();
        assertThat(together(clusters, "Huzisawa City", "Fujisawa")).isTrue();
        assertThat(together(clusters, "Yuzawa", "Akita")).isFalse();
        assertThat(together(clusters, "Mexico City", "Mexico")).isFalse();
        // The bare name the tagger took for a person's, with nothing else to make it one.
        assertThat(together(clusters, "Kamisato City", "Kamisato")).isTrue();
    }
}
