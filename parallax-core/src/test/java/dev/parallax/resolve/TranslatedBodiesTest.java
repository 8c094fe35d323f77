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

    @Test
    void aBodysRomanceNameMeetsItsEnglishNameByCognates() {
        var clusters = resolve(named("a", "Marovian National Guard", "ORGANIZATION"),
                named("b", "Guardia Nacional Maroviana", "ORGANIZATION"),
                named("a", "Marovian National Assembly", "ORGANIZATION"),
                named("a", "Organization of African States", "ORGANIZATION"),
                named("b", "Organização dos Estados Africanos", "ORGANIZATION"),
                named("a", "Solidary Platform", "ORGANIZATION"), named("b", "Plataforma Solidária", "ORGANIZATION"),
                named("c", "Plataforma Solidaria Republicana", "ORGANIZATION"));
        assertThat(together(clusters, "Marovian National Guard", "Guardia Nacional Maroviana")).isTrue();
        assertThat(together(clusters, "Marovian National Assembly", "Guardia Nacional Maroviana")).isFalse();
        assertThat(together(clusters, "Organization of African States", "Organização dos Estados Africanos")).isTrue();
        assertThat(together(clusters, "Solidary Platform", "Plataforma Solidária")).isTrue();
        assertThat(together(clusters, "Solidary Platform", "Plataforma Solidaria Republicana")).isTrue();
    }

    @Test
    void anEnglishNameWithAWordMoreIsAnotherBody() {
        var clusters = resolve(named("a", "National Guard", "ORGANIZATION"), named("b", "National Guard Bureau", "ORGANIZATION"),
                named("b", "Guardia Nacional", "ORGANIZATION"), named("a", "Asamblea Nacional", "ORGANIZATION"));
        assertThat(together(clusters, "National Guard", "National Guard Bureau")).isFalse();
        assertThat(together(clusters, "Guardia Nacional", "National Guard")).isTrue();
        assertThat(together(clusters, "Asamblea Nacional", "National Guard")).isFalse();
    }
}
