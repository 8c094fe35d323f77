package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ResolveStageTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Finance Minister Laila Okonkwo of Ruritania met European Commission President Tomas Brandt in "
                        + "Brussels on Monday. Ms. Okonkwo said the deal was close.\n\n"
                        + "Okonkwo told reporters that two more weeks were needed. Brandt said the Commission wanted a fair "
                        + "agreement. Mr Brant added that lawyers would review the text.\n\n"
                        + "Beijing criticised the talks on Tuesday. Okonkwo flew to Beijing last year to discuss fishing rights.",
                "b", "Laila Okonkwo, Ruritania's finance minister, returned home on Tuesday. The North Atlantic Fisheries "
                        + "Organisation (NAFO) welcomed the talks, and NAFO inspectors will visit the port in May.\n\n"
                        + "Her deputy at the ministry, Daniel Okonkwo, a trade lawyer who is not related to the minister, "
                        + "will lead the technical talks. Daniel Okonkwo has worked in Brussels for ten years.",
                "d", "Mayor Ana Reyes met the harbour engineer Piotr Wal on Monday. She said the port would reopen, and he "
                        + "agreed to inspect the new quay.",
                "e", "The trade committee chair Karl Weber opened the hearing on Monday. Weber said the tariffs would stay.",
                "f", "Greta Weber, who runs a bakery in the harbour district, closed her shop early. Weber said sales had fallen.",
                "c", "The United States said it supported the deal. U.S. officials said Washington would send observers. "
                        + "Tomas Brandt thanked the U.S. delegation."));
    }

    private static Optional<Entity> entityWithAlias(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst();
    }

    @Test
    void surnameHonorificAndFullNameAreOnePerson() {
        Entity laila = entityWithAlias("Laila Okonkwo").orElseThrow();
        assertThat(laila.type()).isEqualTo("PERSON");
        assertThat(laila.aliases()).contains("Ms. Okonkwo", "Okonkwo");
        assertThat(laila.documentCount()).isEqualTo(2);
        assertThat(laila.roles()).anyMatch(r -> r.contains("Finance Minister"));
    }

    @Test
    void aMisspellingJoinsTheRightPersonAcrossDocuments() {
        Entity brandt = entityWithAlias("Tomas Brandt").orElseThrow();
        assertThat(brandt.aliases()).contains("Brandt").anyMatch(a -> a.endsWith("Brant"));
        assertThat(brandt.documentCount()).isEqualTo(2);
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        Entity laila = entityWithAlias("Laila Okonkwo").orElseThrow();
        Entity daniel = entityWithAlias("Daniel Okonkwo").orElseThrow();
        assertThat(daniel.id()).isNotEqualTo(laila.id());
        assertThat(laila.aliases()).doesNotContain("Daniel Okonkwo");
    }

    @Test
    void aSurnameAloneStaysWithTheFullNameOfItsOwnArticle() {
        Entity karl = entityWithAlias("Karl Weber").orElseThrow();
        Entity greta = entityWithAlias("Greta Weber").orElseThrow();
        assertThat(karl.id()).isNotEqualTo(greta.id());
        assertThat(karl.mentions()).filteredOn(m -> m.text().equals("Weber")).extracting(m -> m.doc()).containsOnly("e");
        assertThat(greta.mentions()).filteredOn(m -> m.text().equals("Weber")).extracting(m -> m.doc()).containsOnly("f");
    }

    @Test
    void acronymsJoinTheirExpansion() {
        Entity nafo = entityWithAlias("NAFO").orElseThrow();
        assertThat(nafo.aliases()).contains("North Atlantic Fisheries Organisation");
        assertThat(nafo.type()).isEqualTo("ORG");
        assertThat(nafo.mentions()).hasSize(3);
    }

    @Test
    void aliasesOfKnownEntitiesAndCapitalsStandingForGovernments() {
        Entity us = entityWithAlias("United States").orElseThrow();
        assertThat(us.aliases()).contains("U.S.");
        assertThat(us.descriptions()).contains("Washington");
        assertThat(us.wikidata()).isEqualTo("Q30");
        Entity china = corpus.entities().stream().filter(e -> e.name().equals("China")).findFirst().orElseThrow();
        assertThat(china.descriptions()).contains("Beijing");
        assertThat(china.aliases()).doesNotContain("Beijing");
        Entity city = corpus.entities().stream().filter(e -> e.name().equals("Beijing")).findFirst().orElseThrow();
        assertThat(city.type()).isEqualTo("GPE");
        assertThat(city.mentions()).hasSize(1);
    }

    @Test
    void pronounsLinkToThePersonTheyReferTo() {
        Entity reyes = entityWithAlias("Ana Reyes").orElseThrow();
        Entity wal = entityWithAlias("Piotr Wal").orElseThrow();
        assertThat(reyes.mentions()).filteredOn(m -> m.kind() == EntityMention.Kind.pronoun)
                .extracting(EntityMention::text).containsExactly("She");
        assertThat(wal.mentions()).filteredOn(m -> m.kind() == EntityMention.Kind.pronoun)
                .extracting(EntityMention::text).containsExactly("he");
    }

    @Test
    void everyMentionPointsAtItsText() {
        for (Entity e : corpus.entities()) {
            for (EntityMention m : e.mentions()) {
                String text = corpus.document(m.doc()).orElseThrow().text();
                assertThat(text.substring(m.start(), m.end())).as(e.id()).isEqualTo(m.text());
            }
        }
    }
}
