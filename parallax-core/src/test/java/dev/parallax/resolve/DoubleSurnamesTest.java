package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.resolve.HandBuiltCandidates.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Names of given names and two surnames shortened as Spanish and Portuguese writers do, on invented names. */
class DoubleSurnamesTest {

    private static Candidate person(String doc, String name) {
        return cand(doc, name, "PERSON", null, List.of(), null);
    }

    @Test
    void theMaternalSurnameDroppedAndThePairAloneAreOnePerson() {
        var clusters = resolve(person("a", "Ana Ruiz Paredes"), person("b", "Ana Ruiz"), person("b", "Ruiz"),
                person("c", "Ruiz Paredes"), person("c", "Marta Ruiz"));
        assertThat(together(clusters, "Ana Ruiz Paredes", "Ana Ruiz")).isTrue();
        assertThat(together(clusters, "Ana Ruiz Paredes", "Ruiz Paredes")).isTrue();
        assertThat(together(clusters, "Ana Ruiz Paredes", "Marta Ruiz")).isFalse();
    }

    @Test
    void aFirstGivenNameAndFirstSurnameAndATitledSurnamePairAreOnePerson() {
        var clusters = resolve(person("a", "Luis Miguel Soto Vera"), person("b", "Luis Soto"),
                titled("c", "Mr", "Soto Vera"), person("c", "Jorge Soto"));
        assertThat(together(clusters, "Luis Miguel Soto Vera", "Luis Soto")).isTrue();
        assertThat(together(clusters, "Luis Miguel Soto Vera", "Soto Vera")).isTrue();
        assertThat(together(clusters, "Luis Miguel Soto Vera", "Jorge Soto")).isFalse();
    }

    @Test
    void aFathersNameInsideHisSonsAndTwoFittingNamesStayApart() {
        var clusters = resolve(person("a", "Tomas Aldo Kwende"), person("b", "Aldo Kwende"),
                person("c", "Pedro Vela"), person("d", "Pedro Vela Rios"), person("e", "Pedro Vela Cano"));
        assertThat(together(clusters, "Tomas Aldo Kwende", "Aldo Kwende")).isFalse();
        assertThat(together(clusters, "Pedro Vela", "Pedro Vela Rios")).isFalse();
        assertThat(together(clusters, "Pedro Vela", "Pedro Vela Cano")).isFalse();
    }

    @Test
    void aLastWordUsedAloneOrAPlacesNameIsNotADroppedSurname() {
        var clusters = resolve(person("a", "Martin Lobo King"), person("a", "King"), person("b", "Martin Lobo"),
                person("c", "Hugo Marsh Bridge"), cand("c", "Hugo Marsh Bridge", "LOCATION", null, List.of(), null),
                person("d", "Hugo Marsh"));
        assertThat(together(clusters, "Martin Lobo King", "Martin Lobo")).isFalse();
        assertThat(together(clusters, "Hugo Marsh Bridge", "Hugo Marsh")).isFalse();
    }
}
