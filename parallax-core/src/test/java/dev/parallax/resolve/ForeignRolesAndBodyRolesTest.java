package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role words a translation left in another language ("Bundespräsident", "Bundeswahlleiterin") and their English
 * glosses ("the federal president"), and a body named before a role noun ("the SLP leader"), on invented articles.
 */
class ForeignRolesAndBodyRolesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Bundespräsident Otto Kremer has on Monday signed the new law. \u201eThe vote was fair\u201c, "
                        + "has declared the Bundespräsident in the palace.",
                "b", "Otto Kremer travelled to Vienna on Tuesday. The federal president met students there "
                        + "and spoke of a difficult year.",
                "c", "Lena Morgenthal, the leader of the Social Liberal Party (SLP), resigned from the cabinet on Tuesday. "
                        + "Ivo Brandauer, the chancellor, accepted her resignation.",
                "d", "The SLP leader said on Wednesday that her party would vote against the budget. Ivo Brandauer "
                        + "called the vote a mistake.",
                "e", "The federal returning officer, Greta Holmqvist, warned of delays on Monday.",
                "f", "The Bundeswahlleiterin had warned in November that the printers needed time.",
                "g", "President Amani Korir addressed the nation on Tuesday. Senate president Joseph Wambua was absent. "
                        + "The Head of State said the tax bill would be withdrawn.",
                "h", "The ex-minister of Justice Pablo Serrat was arrested on Saturday at the airport. The lawyers of the "
                        + "ex-minister said that he would cooperate with the judges."));
    }

    private static Entity only(String alias) {
        return EntitiesHolding.only(corpus, alias);
    }

    @Test
    void aForeignOfficeBeforeANameIsATitleNotPartOfTheName() {
        assertThat(corpus.entities()).noneMatch(e -> e.name().contains("Bundespräsident"));
        assertThat(only("Otto Kremer").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the Bundespräsident"));
    }

    @Test
    void theEnglishGlossOfAForeignOfficeDescribesItsHolder() {
        assertThat(only("Otto Kremer").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the federal president"));
        assertThat(only("Greta Holmqvist").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the Bundeswahlleiterin"));
    }

    @Test
    void aForeignOfficeSpeaksForItsHolder() {
        Quote q = corpus.quotes().stream().filter(x -> x.text().contains("The vote was fair")).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo(only("Otto Kremer").id());
    }

    @Test
    void aBodyBeforeARoleNounIsTheBodyTheRoleNames() {
        assertThat(only("Lena Morgenthal").descriptions()).anyMatch(d -> d.equalsIgnoreCase("the SLP leader"));
    }

    @Test
    void glossesOfGermanCompoundsAndFeminineForms() {
        assertThat(ForeignRoles.gloss("Bundespräsident")).contains("federal president");
        assertThat(ForeignRoles.gloss("Kanzlerkandidatin")).contains("chancellor candidate");
        assertThat(ForeignRoles.gloss("Bundeswahlleiterin")).contains("federal returning officer");
        assertThat(ForeignRoles.gloss("mandatário")).contains("president");
        assertThat(ForeignRoles.gloss("president")).isEmpty();
        assertThat(ForeignRoles.gloss("Richtung")).isEmpty();
    }
}
