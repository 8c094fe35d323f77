package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.resolve.HandBuiltCandidates.named;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;
import static org.assertj.core.api.Assertions.assertThat;

/** A nickname made part of a full name, and a surname two people of one article share; invented people. */
class SurnamesAndNicknamesTest {

    @Test
    void theEndOfALongNameOpeningOnANicknameIsThePerson() {
        var clusters = resolve(named("a", "Joaquim Bento Zeca da Rocha", "PERSON"), named("b", "Zeca da Rocha", "PERSON"),
                named("c", "Zeca", "PERSON"));
        assertThat(together(clusters, "Joaquim Bento Zeca da Rocha", "Zeca da Rocha")).isTrue();
        assertThat(together(clusters, "Joaquim Bento Zeca da Rocha", "Zeca")).isTrue();
    }

    @Test
    void theEndOfALongNameOpeningOnAGivenNameIsAnotherPerson() {
        // "Idriss Deby" of "Mahamat Idriss Deby": the father, never called by his given name alone.
        var clusters = resolve(named("a", "Mahamat Oumar Kanem", "PERSON"), named("b", "Oumar Kanem", "PERSON"),
                named("b", "Kanem", "PERSON"));
        assertThat(together(clusters, "Mahamat Oumar Kanem", "Oumar Kanem")).isFalse();
    }

    @Test
    void aBareSurnameBeforeTheSecondOwnerIsIntroducedIsTheFirst() {
        var clusters = resolve(named("a", "Alonso Ferreyra", "PERSON"), named("a", "Ferreyra", "PERSON"),
                named("a", "Carmen Ferreyra de Luca", "PERSON"), named("a", "Ferreyra", "PERSON"));
        List<Resolver.Cluster> alberto = clusters.stream()
                .filter(cl -> cl.members().stream().anyMatch(c -> c.name().equals("Alonso Ferreyra"))).toList();
        assertThat(alberto.get(0).members().stream().filter(c -> c.name().equals("Ferreyra")).count()).isEqualTo(2);
        assertThat(together(clusters, "Carmen Ferreyra de Luca", "Ferreyra")).isFalse();
    }

    @Test
    void aBareSurnameAfterBothOwnersStaysApart() {
        var clusters = resolve(named("a", "Alonso Ferreyra", "PERSON"), named("a", "Carmen Ferreyra de Luca", "PERSON"),
                named("a", "Ferreyra", "PERSON"));
        assertThat(together(clusters, "Alonso Ferreyra", "Ferreyra")).isFalse();
        assertThat(together(clusters, "Carmen Ferreyra de Luca", "Ferreyra")).isFalse();
    }
}
