package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Name-variant resources and comparisons that need no tagger: nicknames, acronym letters, formal names. */
class NameVariantsTest {

    @Test
    void commonShortFormsOfGivenNamesAreKnown() {
        assertThat(Names.fullGivenNames("bill")).contains("william");
        assertThat(Names.sameGivenName("vlad", "vladimir")).isTrue();
        assertThat(Names.sameGivenName("william", "bill")).isTrue();
        assertThat(Names.sameGivenName("bill", "robert")).isFalse();
        assertThat(Names.fullGivenNames("okonkwo")).isEmpty();
    }

    @Test
    void aShortGivenNameMatchesTheFullOneWithTheSameSurname() {
        assertThat(Similarity.sameName(List.of("bill", "halloway"), List.of("william", "halloway"))).isTrue();
        assertThat(Similarity.sameName(List.of("bill", "halloway"), List.of("robert", "halloway"))).isFalse();
    }

    @Test
    void aSwapOfNeighbouringLettersInASurnameIsATypoButAnotherGivenNameIsAnotherPerson() {
        assertThat(Similarity.sameName(List.of("tarek", "nabie"), List.of("tarek", "nabei"))).isTrue();
        assertThat(Similarity.sameName(List.of("maria", "nabie"), List.of("mario", "nabie"))).isFalse();
    }

    @Test
    void aFrenchInitialOuIsTheEnglishO() {
        assertThat(Similarity.sameTransliteration("oussama", "osama")).isTrue();
        assertThat(Similarity.sameTransliteration("soultan", "sultan")).isTrue();
        assertThat(Similarity.sameTransliteration("osama", "usama")).isFalse();
    }

    @Test
    void acronymLettersCountAnAcronymInsideTheNameWhole() {
        assertThat(Names.acronymLetters("Marovian Chamber of Industry to the EU")).isEqualTo("mcieu");
        assertThat(Names.acronymLetters("Northern Fisheries Board")).isEqualTo("nfb");
    }

    @Test
    void hyphenJoinedAcronymsAreAcronyms() {
        assertThat(NameWords.isAcronymLike("XK-TRIDENT")).isTrue();
        assertThat(NameWords.isAcronymLike("XK-Trident")).isFalse();
        assertThat(NameWords.isAcronymLike("Marovia")).isFalse();
    }

    @Test
    void aFormalCountryNameIsTheCountry() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.lookup("Republic of South Africa")).map(Gazetteer.Entry::name).contains("South Africa");
        assertThat(g.lookup("Kingdom of Saudi Arabia")).map(Gazetteer.Entry::name).contains("Saudi Arabia");
        assertThat(g.lookup("State of the Union")).isEmpty();
    }

    @Test
    void typosOfLongWordsOnly() {
        assertThat(Similarity.sameWord("okonkow", "okonkwo")).isTrue(); // one transposition
        assertThat(Similarity.sameWord("okonkow", "okownko")).isFalse();
        assertThat(Similarity.sameWord("brandtson", "brandtsen")).isTrue();
        assertThat(Similarity.sameName(java.util.List.of("maria", "lopez"), java.util.List.of("mario", "lopez"))).isFalse();
    }
}
