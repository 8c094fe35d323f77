package dev.parallax.resolve;

import org.junit.jupiter.api.Test;


import static dev.parallax.resolve.HandBuiltCandidates.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Bodies named in their own language in one article and in English in another, on invented names. */
class TranslatedBodiesTest {

    @Test
    void aBodysForeignNameIsItsEnglishNamesBody() {
        var clusters = resolve(named("a", "Congress", "ORGANIZATION"), named("b", "Congreso", "ORGANIZATION"),
                named("a", "Marovian Army Corps of Engineers", "ORGANIZATION"), named("b", "Cuerpo de Ingenieros", "ORGANIZATION"),
                named("a", "Ombudsman's Office", "ORGANIZATION"), named("b", "Defensoría del Pueblo", "LOCATION"));
        assertThat(together(clusters, "Congress", "Congreso")).isTrue();
        assertThat(together(clusters, "Marovian Army Corps of Engineers", "Cuerpo de Ingenieros")).isTrue();
        assertThat(together(clusters, "Ombudsman's Office", "Defensoría del Pueblo")).isTrue();
    }

    @Test
    void aForeignWordAloneIsNotALongerEnglishName() {
        var clusters = resolve(named("a", "Senate Ethics Committee", "ORGANIZATION"), named("b", "Senado", "ORGANIZATION"));
        assertThat(together(clusters, "Senate Ethics Committee", "Senado")).isFalse();
    }
}
