package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/** One Chinese name in Pinyin and in Taiwan's Wade-Giles across articles; different people stay apart. Invented names. */
class ChineseRomanisationTest {

    private static Candidate cand(String doc, String name) {
        return HandBuiltCandidates.cand(doc, name, "PERSON", null, List.of(), null);
    }

    @Test
    void pinyinAndWadeGilesSyllablesShareKeys() {
        assertThat(ChineseRomanisation.wadeGiles("qing")).isEqualTo("ching");
        assertThat(ChineseRomanisation.wadeGiles("zhuo")).isEqualTo("cho");
        assertThat(ChineseRomanisation.wadeGiles("gui")).isEqualTo("kuei");
        assertThat(ChineseRomanisation.wadeGiles("xiong")).isEqualTo("hsiung");
        assertThat(ChineseRomanisation.keys("Peng Qingde")).containsAnyElementsOf(ChineseRomanisation.keys("Peng Ching-te"));
        assertThat(ChineseRomanisation.keys("Zou Yingxue")).containsAnyElementsOf(ChineseRomanisation.keys("Tsou Ing-hsueh"));
        assertThat(ChineseRomanisation.keys("Kong Youyi")).containsAnyElementsOf(ChineseRomanisation.keys("Kung Yu-ih"));
        // Another syllable is another name.
        assertThat(ChineseRomanisation.keys("Peng Qingde")).doesNotContainAnyElementsOf(ChineseRomanisation.keys("Peng Ching-tai"));
        // Names of other languages have no keys.
        assertThat(ChineseRomanisation.keys("Margaret Thornbury")).isEmpty();
    }

    @Test
    void oneTaiwaneseNameInPinyinAndWadeGilesIsOnePerson() {
        var clusters = resolve(cand("tw", "Peng Ching-te"), cand("tw", "Mr Peng"), cand("cn", "Peng Qingde"),
                cand("tw", "Tsou Ing-hsueh"), cand("cn", "Zou Yingxue"), cand("cn", "Guo Jianhua"),
                cand("tw", "Kuo Chien-hua"));
        assertThat(together(clusters, "Peng Ching-te", "Peng Qingde")).isTrue();
        assertThat(together(clusters, "Tsou Ing-hsueh", "Zou Yingxue")).isTrue();
        assertThat(together(clusters, "Guo Jianhua", "Kuo Chien-hua")).isTrue();
    }

    @Test
    void namesThatTwoPeopleFitOrThatOneArticleTellsApartStayApart() {
        // Pinyin "Ding" and "Ting" are both Wade-Giles "Ting": two people fit, so neither is joined.
        var ambiguous = resolve(cand("tw", "Ting Kuo-hua"), cand("cn", "Ding Guohua"), cand("cn2", "Ting Guohua"));
        assertThat(together(ambiguous, "Ting Kuo-hua", "Ding Guohua")).isFalse();
        assertThat(together(ambiguous, "Ting Kuo-hua", "Ting Guohua")).isFalse();
        // One article naming both in full names two people.
        var apart = resolve(cand("x", "Ting Kuo-hua"), cand("x", "Ding Guohua"));
        assertThat(together(apart, "Ting Kuo-hua", "Ding Guohua")).isFalse();
        // Two different given names are two people.
        var other = resolve(cand("tw", "Peng Ching-te"), cand("cn", "Peng Qingtai"));
        assertThat(together(other, "Peng Ching-te", "Peng Qingtai")).isFalse();
    }
}
