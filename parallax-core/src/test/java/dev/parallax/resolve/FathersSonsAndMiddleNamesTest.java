package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A son named after his father, a middle name written in one article only, and a surname shared by a president
 * and his wife, on invented articles.
 */
class FathersSonsAndMiddleNamesTest {

    private static Entity holding(Corpus corpus, String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    private static List<String> docsOf(Entity e, String text) {
        return e.mentions().stream().filter(m -> m.text().equals(text) && m.kind() == EntityMention.Kind.name)
                .map(EntityMention::doc).sorted().toList();
    }

    @Test
    void aSonWhoseNameEndsWithHisFathersIsAnotherPerson() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "Marovia's President Tomas Aldo Kwende, whose country is not a member of the bloc, flew to the "
                        + "capital on Sunday to mediate. Kwende, who took power in 2019 after his father, Aldo Kwende, "
                        + "was killed in battle, met the rebel leaders and released a statement.",
                "b", "Talks in the capital ended without agreement on Monday, officials said."));
        Entity son = holding(corpus, "Tomas Aldo Kwende");
        Entity father = holding(corpus, "Aldo Kwende");
        assertThat(son.id()).isNotEqualTo(father.id());
        // The surname alone, right after the son is named, is the son.
        assertThat(father.aliases()).doesNotContain("Kwende");
        assertThat(son.aliases()).contains("Kwende");
    }

    @Test
    void aMiddleNameInOneArticleIsTheSamePerson() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "The summit in Lagos was chaired by President Kola Adewale Banjo, who spoke for an hour.",
                "b", "President Kola Banjo said on Friday that the bloc would act. Mr Banjo did not give a date."));
        Entity banjo = holding(corpus, "Kola Banjo");
        assertThat(banjo.aliases()).contains("Kola Adewale Banjo", "Mr Banjo");
    }

    @Test
    void aSurnameAloneGoesToThePersonTheCorpusIsAboutNotHisWife() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "Soldiers detained President Omar Tamboula in the palace on Wednesday. Tamboula was elected in 2021.",
                "b", "Omar Tamboula remains held with his wife, Leila Tamboula, and their son, aides said.",
                "c", "Omar Tamboula has refused to resign, his party said on Friday.",
                "d", "The envoys asked to see Mr. Tamboula on Monday. Tamboula has not been seen in public since July.",
                "e", "Omar Tamboula spoke to his lawyer by phone. The lawyer said Tambuola was in good health."));
        Entity omar = holding(corpus, "Omar Tamboula");
        Entity leila = holding(corpus, "Leila Tamboula");
        assertThat(omar.id()).isNotEqualTo(leila.id());
        assertThat(docsOf(omar, "Mr. Tamboula")).containsExactly("d");
        assertThat(docsOf(omar, "Tamboula")).contains("a", "d");
        assertThat(omar.aliases()).contains("Tambuola");
        assertThat(leila.aliases()).doesNotContain("Tamboula", "Mr. Tamboula", "Tambuola");
    }
}
