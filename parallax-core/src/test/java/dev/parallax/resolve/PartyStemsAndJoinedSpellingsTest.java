package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A party named without its head word, and a compound name written with and without hyphens, on invented articles. */
class PartyStemsAndJoinedSpellingsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "The Green Dawn Party won 151 seats in the election in Korvale on Sunday, officials said. "
                        + "The army chief, General Adi-Ul-Karim, said the troops would stay in their barracks. "
                        + "Adi-Ul-Karim said he had met the party leaders.",
                "b", "Green Dawn said on Monday that it would try to form a government with smaller parties. "
                        + "Its leader, Tomas Verhaal, thanked the voters of Korvale.",
                "c", "Army chief General Adiulkarim promised that the vote count would be protected. "
                        + "Green Dawn called for calm."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void aPartysNameWithoutItsHeadWordIsTheParty() {
        assertThat(holding("Green Dawn").id()).isEqualTo(holding("Green Dawn Party").id());
    }

    @Test
    void aCompoundNameWithAndWithoutHyphensIsOnePerson() {
        assertThat(holding("Adiulkarim").id()).isEqualTo(holding("Adi-Ul-Karim").id());
    }
}
