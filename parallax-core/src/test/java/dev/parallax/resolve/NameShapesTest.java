package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of names the tagger cuts up or misses, on invented articles: each must come out whole, on one entity. */
class NameShapesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "n1", "Delegates met in Port Ellis on Monday. The ministers adopted the Kessel Harbour Leaders' Declaration "
                        + "after a long night. Analyst Mira Sandoval told The Harbour Sentinel that the mood was good. "
                        + "The new ferries will be built at Ashby-on-Wold in the north, and workers in Ashby welcomed the order. "
                        + "The Kestrel-4 probe landed on Tuesday. Officials of the Coastal Patrol Force-North declined to comment.",
                "n2", "Governor Teodoro Castellano opened the bridge on Friday. Castellano said the bridge would carry "
                        + "trucks. Teocas, as his supporters call him, waved to the crowd. Castellano then left. Later that "
                        + "day, an aide to Castelleno said the toll would be low. Castellano thanked the engineers.\n\n"
                        + "The two states signed the Convention on the Protection of the Lowland Rivers or Lindau Convention "
                        + "in 2019. She told the Gazette the Northern Union would not pay. A spokesman told the Senate the "
                        + "budget was late.",
                "n3", "Castellano returned to the capital. Teodoro Castellano said the Lindau Convention protects the rivers. "
                        + "The Kessel Harbour Leaders' Declaration was praised by Castellano. The frigate USS Halvard "
                        + "docked in the port on Sunday.\n\nHe Xiaoming, a spokesman for the commerce ministry, said the "
                        + "talks would continue. He added that the door was open. A Norwegian foreign ministry spokesperson said the "
                        + "offer was welcome."));
    }

    private static Optional<Entity> withAlias(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias) || e.name().equals(alias)).findFirst();
    }

    @Test
    void aPluralPossessiveInsideANameKeepsTheNameWhole() {
        assertThat(withAlias("Kessel Harbour Leaders' Declaration")).isPresent();
        assertThat(corpus.entities()).noneMatch(e -> e.name().equals("Kessel Harbour Leaders"));
    }

    @Test
    void aCapitalisedArticleInsideASentenceBelongsToTheOutletName() {
        Entity outlet = withAlias("The Harbour Sentinel").orElseThrow();
        assertThat(outlet.type()).isEqualTo("MEDIA");
    }

    @Test
    void anOutletToldAfterTheArticleIsAnOutletAndNotJoinedToTheNextName() {
        assertThat(withAlias("Gazette").map(Entity::type)).contains("MEDIA");
        assertThat(withAlias("Northern Union")).isPresent();
        assertThat(withAlias("Senate").map(Entity::type)).contains("ORG");
    }

    @Test
    void aHyphenatedPlaceNameIsOnePlaceAndItsFirstPartNamesIt() {
        Entity town = withAlias("Ashby-on-Wold").orElseThrow();
        assertThat(town.aliases()).contains("Ashby");
    }

    @Test
    void aNameWithANumberAfterAHyphenIsOneName() {
        assertThat(withAlias("Kestrel-4")).isPresent();
    }

    @Test
    void aSuffixAfterAHyphenKeepsTheHeadOfTheName() {
        assertThat(withAlias("Coastal Patrol Force-North").map(Entity::type)).contains("ORG");
    }

    @Test
    void aShipPrefixBelongsToTheName() {
        assertThat(withAlias("USS Halvard").map(Entity::type)).contains("MISC");
    }

    @Test
    void aCapitalisedPronounRightBeforeATaggedNameIsItsSurname() {
        assertThat(withAlias("He Xiaoming").map(Entity::type)).contains("PERSON");
    }

    @Test
    void aDemonymWithALowerCaseMinistryIsTheMinistry() {
        assertThat(withAlias("Norwegian foreign ministry").map(Entity::type)).contains("ORG");
    }

    @Test
    void aClippedNicknameIsThePerson() {
        assertThat(withAlias("Teodoro Castellano").orElseThrow().aliases()).contains("Teocas");
    }

    @Test
    void oneSlipInALongSurnameIsATypo() {
        assertThat(withAlias("Teodoro Castellano").orElseThrow().aliases()).contains("Castelleno");
    }

    @Test
    void anAlternativeNameAfterOrWithTheSameHeadIsTheSameThing() {
        Entity treaty = withAlias("Lindau Convention").orElseThrow();
        assertThat(treaty.aliases()).contains("Convention on the Protection of the Lowland Rivers");
    }
}
