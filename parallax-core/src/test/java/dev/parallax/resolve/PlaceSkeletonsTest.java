package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.named;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/** Romanisations of one Arabic place name that differ in vowels and article, on invented names. */
class PlaceSkeletonsTest {

    @Test
    void twoRomanisationsInTwoArticlesAreOnePlace() {
        assertThat(PlaceSpellings.skeleton("Tell al-Marjuna")).isEqualTo(PlaceSpellings.skeleton("Tal Marjouneh"));
        var clusters = resolve(named("a", "Kafr Nabudah", "CITY"), named("b", "Kafar Nabouda", "CITY"),
                named("a", "Tell al-Marjuna", "LOCATION"), named("b", "Tal Marjouneh", "LOCATION"));
        assertThat(together(clusters, "Kafr Nabudah", "Kafar Nabouda")).isTrue();
        assertThat(together(clusters, "Tell al-Marjuna", "Tal Marjouneh")).isTrue();
    }

    @Test
    void twoSpellingsInOneArticleOrWithOtherConsonantsAreTwoPlaces() {
        var one = resolve(named("a", "Dar Salqin", "CITY"), named("a", "Dir Salqun", "CITY"));
        assertThat(together(one, "Dar Salqin", "Dir Salqun")).isFalse();
        var other = resolve(named("a", "Kafr Nabudah", "CITY"), named("b", "Kafr Nabil", "CITY"));
        assertThat(together(other, "Kafr Nabudah", "Kafr Nabil")).isFalse();
    }
}
