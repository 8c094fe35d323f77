package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.resolve.HandBuiltCandidates.cand;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;
import static org.assertj.core.api.Assertions.assertThat;

/** Surnames made of particles and one word ("De la Cruz") are names, not place names missing their parts. */
class ParticleSurnamesTest {

    @Test
    void aSurnameOfParticlesAndOneWordResolvesBesideAPlaceWithTheSameWords() {
        var clusters = resolve(
                cand("d1", "De la Cruz", "PERSON", null, List.of(), null),
                cand("d1", "Santa Cruz", "LOCATION", null, List.of(), null),
                cand("d2", "Marta de la Cruz", "PERSON", null, List.of(), null));
        assertThat(together(clusters, "De la Cruz", "Marta de la Cruz")).isTrue();
        assertThat(together(clusters, "De la Cruz", "Santa Cruz")).isFalse();
    }
}
