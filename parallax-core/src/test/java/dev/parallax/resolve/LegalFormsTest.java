package dev.parallax.resolve;

import org.junit.jupiter.api.Test;


import static dev.parallax.resolve.HandBuiltCandidates.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisations named with and without a legal form, a place, or the words after their head, on invented names. */
class LegalFormsTest {

    @Test
    void aCompanyWithAndWithoutItsLegalFormIsOneCompany() {
        var clusters = resolve(named("a", "Halden Shipping Group", "ORGANIZATION"), named("b", "Halden Shipping", "ORGANIZATION"),
                named("a", "Oran Bay Private Limited", "ORGANIZATION"), named("b", "Oran Bay", "LOCATION"),
                named("c", "Oran Bay", "LOCATION"));
        assertThat(together(clusters, "Halden Shipping Group", "Halden Shipping")).isTrue();
        assertThat(together(clusters, "Oran Bay Private Limited", "Oran Bay")).isTrue();
        Resolver.Cluster oran = clusters.stream().filter(c -> c.members().stream().anyMatch(m -> m.name().equals("Oran Bay")))
                .findFirst().orElseThrow();
        assertThat(oran.family()).isEqualTo(Resolver.Family.ORG);
    }

    @Test
    void aBodyNamedWithItsPlaceIsTheBodyButAGenericHeadIsNot() {
        var clusters = resolve(named("a", "Casa de Lerma", "ORGANIZATION"), named("b", "Casa", "ORGANIZATION"),
                named("b", "Lerma", "LOCATION"), named("c", "Bank of Lerma", "ORGANIZATION"), named("d", "Bank", "ORGANIZATION"));
        assertThat(together(clusters, "Casa de Lerma", "Casa")).isTrue();
        assertThat(together(clusters, "Bank of Lerma", "Bank")).isFalse();
    }

    @Test
    void theHeadBeforeOfStandsForTheLongNameInItsArticle() {
        var clusters = resolve(named("a", "Harbour Corps of Surveyors", "ORGANIZATION"), named("a", "Corps", "ORGANIZATION"));
        assertThat(together(clusters, "Harbour Corps of Surveyors", "Corps")).isTrue();
    }
}
