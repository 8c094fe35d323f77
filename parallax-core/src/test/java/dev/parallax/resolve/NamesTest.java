package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void foldingJoinsSpellingVariants() {
        assertThat(Names.fold("Yoon Suk-Yeol")).isEqualTo(Names.fold("Yoon Suk Yeol"));
        assertThat(Names.fold("Zelenskyy’s")).isEqualTo("zelenskyys");
        assertThat(Names.stripPossessive("NATO’s")).isEqualTo("NATO");
        assertThat(Names.fold("Éric Gaël")).isEqualTo("eric gael");
        assertThat(Resolver.personKey("Kishida Fumio")).isEqualTo(Resolver.personKey("Fumio Kishida"));
    }

    @Test
    void acronymsAndInitials() {
        assertThat(Names.isAcronym("NATO")).isTrue();
        assertThat(Names.isAcronym("U.S.")).isTrue();
        assertThat(Names.isAcronym("G7")).isTrue();
        assertThat(Names.isAcronym("Nato")).isFalse();
        assertThat(Names.initials("People's Republic of China")).isEqualTo("prc");
        assertThat(Names.initials("North Atlantic Treaty Organization")).isEqualTo("nato");
    }

    @Test
    void typosAreOneWordButDifferentNamesAreNot() {
        assertThat(Similarity.sameWord("stoltenberg", "stoltenbeg")).isTrue();
        assertThat(Similarity.sameWord("stoltenberg", "stotenberg")).isTrue();
        assertThat(Similarity.sameWord("jon", "joe")).isFalse();
        assertThat(Similarity.sameWord("hansen", "jansen")).isFalse();
        assertThat(Similarity.sameWord("morales", "moralez")).isTrue();
        assertThat(Similarity.sameName(List.of("jens", "stoltenbeg"), List.of("jens", "stoltenberg"))).isTrue();
        assertThat(Similarity.sameName(List.of("maria", "silva"), List.of("mario", "silver"))).isFalse();
        assertThat(Similarity.sameName(List.of("maria", "silva"), List.of("mario", "silva"))).isFalse();
    }

    @Test
    void organisationTranslationVariantsMatchButDifferentInstitutesDoNot() {
        List<String> a = Names.contentStems("Japan Institute for Security Strategies");
        List<String> b = Names.contentStems("Japan Security Strategy Research Institute");
        List<String> c = Names.contentStems("Japan Defense Research Institute");
        assertThat(Similarity.sameOrganisation(a, b)).isTrue();
        assertThat(Similarity.sameOrganisation(a, c)).isFalse();
        assertThat(Similarity.sameOrganisation(Names.contentStems("Japanese Ministry of Defense"),
                Names.contentStems("Ministry of Defense of Japan"))).isTrue();
    }

    @Test
    void theGazetteerKnowsAliasesCapitalsAndDemonyms() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.lookup("U.S.")).get().extracting(Gazetteer.Entry::name).isEqualTo("United States");
        assertThat(g.lookup("PRC")).get().extracting(Gazetteer.Entry::name).isEqualTo("China");
        assertThat(g.lookup("the North Atlantic Treaty Organization")).get().extracting(Gazetteer.Entry::name)
                .isEqualTo("North Atlantic Treaty Organization");
        assertThat(g.lookup("Who")).isEmpty();
        assertThat(g.seatOf("Beijing")).get().extracting(Gazetteer.Entry::name).isEqualTo("China");
        assertThat(g.demonymOf("Japanese")).get().extracting(Gazetteer.Entry::name).isEqualTo("Japan");
    }
}
