package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static dev.parallax.resolve.HandBuiltCandidates.named;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;
import static org.assertj.core.api.Assertions.assertThat;

/** Arabic and Persian names romanised several ways across translated articles; invented people throughout. */
class ArabicNamesTest {

    @Test
    void compoundsWrittenJoinedOrSplitAreOnePart() {
        assertThat(ArabicNames.parts("Abdul Karim Zuwaydi")).containsExactly("abd|karim", "zuwaydi");
        assertThat(ArabicNames.parts("Abd al-Karim Zuwaydi")).containsExactly("abd|karim", "zuwaydi");
        assertThat(ArabicNames.parts("Abdelkarim el-Zuwaydi")).containsExactly("abd|karim", "zuwaydi");
        assertThat(ArabicNames.parts("Nasr Allah Tawil")).isEqualTo(ArabicNames.parts("Nasrallah Tawil"));
        assertThat(ArabicNames.parts("Salah al-Din Marzouq")).isEqualTo(ArabicNames.parts("Salaheddine Marzouq"));
    }

    @Test
    void vowelsMayDifferOnceInALongPartButNeverAtTheEnd() {
        assertThat(ArabicNames.samePart("hammad", "hamad")).isTrue();
        assertThat(ArabicNames.samePart("osama", "usama")).isTrue();
        assertThat(ArabicNames.samePart("mohammed", "muhammad")).isTrue();
        assertThat(ArabicNames.samePart("zaftar", "zifter")).isTrue();
        assertThat(ArabicNames.samePart("dbeilah", "dbeila")).isTrue();
        assertThat(ArabicNames.samePart("abd|moneim", "abd|menam")).isTrue();
        // Other names with the same consonants.
        assertThat(ArabicNames.samePart("mahmoud", "mohammed")).isFalse();
        assertThat(ArabicNames.samePart("saad", "said")).isFalse();
        assertThat(ArabicNames.samePart("omar", "amr")).isFalse();
        assertThat(ArabicNames.samePart("maria", "mario")).isFalse();
        assertThat(ArabicNames.samePart("amina", "amin")).isFalse();
    }

    @Test
    void oneNameRomanisedSeveralWaysAcrossArticlesIsOnePerson() {
        var clusters = resolve(named("a", "Abdul Karim Zuwaydah", "PERSON"), named("b", "Abdelkarim Zuwaydah", "PERSON"),
                named("c", "Abdulkarim Zuwayda", "PERSON"), named("a", "Osama Fellah", "PERSON"),
                named("c", "Usama Fellah", "PERSON"), named("a", "Khalifa Zaftar", "PERSON"),
                named("c", "Khalifa Zifter", "PERSON"), named("d", "Saddam Zaftar", "PERSON"),
                named("c", "Saddam Khalifa Zifter", "PERSON"), named("b", "Tarek Mahmoud Shaalan", "PERSON"),
                named("d", "Tarek Mohammed Shaalan", "PERSON"));
        assertThat(together(clusters, "Abdul Karim Zuwaydah", "Abdelkarim Zuwaydah")).isTrue();
        assertThat(together(clusters, "Abdul Karim Zuwaydah", "Abdulkarim Zuwayda")).isTrue();
        assertThat(together(clusters, "Osama Fellah", "Usama Fellah")).isTrue();
        assertThat(together(clusters, "Khalifa Zaftar", "Khalifa Zifter")).isTrue();
        // A son with his father's name as a patronymic is himself, not his father.
        assertThat(together(clusters, "Saddam Zaftar", "Saddam Khalifa Zifter")).isTrue();
        assertThat(together(clusters, "Khalifa Zaftar", "Saddam Zaftar")).isFalse();
        assertThat(together(clusters, "Khalifa Zifter", "Saddam Khalifa Zifter")).isFalse();
        // Two fathers' names: two people.
        assertThat(together(clusters, "Tarek Mahmoud Shaalan", "Tarek Mohammed Shaalan")).isFalse();
    }

    @Test
    void aShortNameTwoLongerOnesExtendStaysApartFromBoth() {
        var clusters = resolve(named("a", "Hamad bin Khalifa Al Dossari", "PERSON"),
                named("b", "Hamad bin Jassim Al Dossari", "PERSON"), named("c", "Hamad Al Dosari", "PERSON"));
        assertThat(together(clusters, "Hamad Al Dosari", "Hamad bin Khalifa Al Dossari")).isFalse();
        assertThat(together(clusters, "Hamad Al Dosari", "Hamad bin Jassim Al Dossari")).isFalse();
    }

    @Test
    void westernNamesWithOtherVowelsStayApart() {
        var clusters = resolve(named("a", "Karen Holm", "PERSON"), named("b", "Karin Holm", "PERSON"));
        assertThat(together(clusters, "Karen Holm", "Karin Holm")).isFalse();
    }

    @Test
    void persianNamesInTurkishSpellingAreOneNamePart() {
        // Turkish and Azerbaijani write the Persian "kh" as "h" and a short "a" as "e".
        assertThat(ArabicNames.samePart("emir", "amir")).isTrue();
        assertThat(ArabicNames.samePart("horamdel", "khoramdel")).isTrue();
        assertThat(ArabicNames.samePart("muhbiri", "mokhberi")).isTrue();
        assertThat(ArabicNames.sameParts(ArabicNames.parts("Huseyin Emir Tevekkuliyan"),
                ArabicNames.parts("Hossein Amir-Tavakolian"))).isTrue();
        // Short names still differ by their vowels.
        assertThat(ArabicNames.samePart("saad", "said")).isFalse();
        assertThat(ArabicNames.samePart("omar", "amr")).isFalse();
    }

    @Test
    void aTurkishSpellingAndAShortenedHandleJoinTheirPersonButNotHisSon() {
        var clusters = resolve(named("a", "Ali Khoramdel", "PERSON"), named("a", "Javad Khoramdel", "PERSON"),
                named("b", "Ali Horamdel", "PERSON"), named("c", "Hossein Amir-Tavakolian", "PERSON"),
                named("d", "Amir-Tavakolian", "PERSON"), named("b", "Huseyin Emir Tevekkuliyan", "PERSON"),
                named("b", "Emir Tevekkuliyan", "PERSON"));
        assertThat(together(clusters, "Ali Khoramdel", "Ali Horamdel")).isTrue();
        assertThat(together(clusters, "Javad Khoramdel", "Ali Horamdel")).isFalse();
        assertThat(together(clusters, "Hossein Amir-Tavakolian", "Amir-Tavakolian")).isTrue();
        assertThat(together(clusters, "Hossein Amir-Tavakolian", "Huseyin Emir Tevekkuliyan")).isTrue();
        assertThat(together(clusters, "Hossein Amir-Tavakolian", "Emir Tevekkuliyan")).isTrue();
    }
}
