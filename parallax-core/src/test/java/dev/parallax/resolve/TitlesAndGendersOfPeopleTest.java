package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People who share a surname told apart by their forms of address, given names and pronouns, and a religious title
 * before a given name kept from the person that given name begins; invented articles throughout.
 */
class TitlesAndGendersOfPeopleTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Justice Maria Lowe told the High Court on Monday that the company had run out of time. The court "
                        + "ordered its liquidation.",
                "b", "Madam Justice Lowe adjourned the hearing twice before ruling. The finance secretary, Peter Lowe, "
                        + "said the banks were safe.",
                "c", "Justice Maria Lowe granted the petition in January. Ravi Lowe, a fund manager in Singapore, said "
                        + "recoveries would be small. Lowe said he expected little from the liquidators.",
                "d", "Ayatollah Karim Sadri addressed the crowd in Qom on Friday. His son, Nader Sadri, stood nearby.",
                "e", "Karim Sadri and Nader Sadri both voted early in Qom.",
                "f", "Ayatollah Sadri said the country would endure. Pilgrims filled the shrine of Imam Javad in the "
                        + "city. Javad Rostami, a local official, said the roads were closed.",
                "g", "\"Prices will fall,\" said Olivia Kerr of the Hale Institute. Tom Kerr, an economist at the same "
                        + "institute and no relation to Ms Kerr, disagreed with the forecast."));
    }

    @Test
    void aJudicialFormOfAddressIsATitleAndACourtesyTitleBeforeItIsKept() {
        Entity judge = EntitiesHolding.only(corpus, "Maria Lowe");
        assertThat(judge.aliases()).contains("Justice Lowe", "Madam Justice Lowe");
        assertThat(judge.aliases()).doesNotContain("Peter Lowe", "Ravi Lowe", "Justice Maria Lowe");
    }

    @Test
    void aBareSurnameFollowedByHeIsNotTheWomanWhoSharesIt() {
        // "Lowe said he expected" after "Ravi Lowe": not the judge the corpus is about, and the judge, only ever
        // called "Justice Lowe", does not take the bare surname as an alias.
        assertThat(EntitiesHolding.only(corpus, "Lowe").aliases()).contains("Ravi Lowe");
    }

    @Test
    void aJobTitleGoesToTheOwnerWhoCarriesIt() {
        // Father and son are each named in two articles: "Ayatollah Sadri" is the one the corpus calls Ayatollah.
        assertThat(EntitiesHolding.only(corpus, "Ayatollah Sadri").aliases()).contains("Karim Sadri")
                .doesNotContain("Nader Sadri");
    }

    @Test
    void aReligiousTitleBeforeAGivenNameIsNoSurnameOfSomeoneWithThatGivenName() {
        for (Entity e : EntitiesHolding.holding(corpus, "Javad Rostami")) assertThat(e.aliases()).doesNotContain("Imam Javad");
    }

    @Test
    void aWomansTitleGoesToTheOwnerWhoseGivenNameIsAWomans() {
        assertThat(EntitiesHolding.only(corpus, "Ms Kerr").aliases()).contains("Olivia Kerr").doesNotContain("Tom Kerr");
    }
}
