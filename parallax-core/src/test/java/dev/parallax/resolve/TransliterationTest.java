package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transliterated names, given names taken for titles, acronyms that do not spell their supposed long form,
 * surnames shared by two people, role nouns as descriptions, translated organisation names and named events, on
 * invented articles.
 */
class TransliterationTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "t1", "The session was opened by Summit President Sultan Al Hamdani on Monday. Al Hamdani told delegates "
                        + "that the draft was ready.\n\n"
                        + "Trade commissioner Anton Varga defended the duties. Varga said they were fair.\n\n"
                        + "Leaders addressed the Harbour Climate Summit on Friday. Next year's summit will be held in "
                        + "Lisbon, Portugal, in November. Delegates gathered at Ribeira Exhibition Centre Lisbon.",
                "t2", "Critics said that Dr Sultan's record on clean energy spoke for itself. Sultan Al Hamdeni, who chairs "
                        + "the talks, disagreed with them. The summit president later hit back at critics. The minister "
                        + "declined to comment.\n\n"
                        + "Economist Lena Varga, a fellow at the Hollin Institute, disagreed. Ms Varga said the duties would "
                        + "slow trade.\n\nMinisters addressed the Harbour Climate Summit on Saturday. The United "
                        + "Nations welcomed the pledges. The plenary at Ribeira Exhibition Centre ran late.",
                "t3", "The president of the summit, the Emirati Sultan Ahmed al-Hamdani, called the delegations to hurry. "
                        + "« We must act », said Soultan al-Hamdani in plenary on Friday. Mr. Al-Hamdany wants a text "
                        + "by Sunday. The letter was signed by Khalid al-Mansouri, the secretary general of the group.\n\n"
                        + "The Secretary General of the United Nations Organization (UNO) appealed for calm."));
    }

    private static Optional<Entity> withAlias(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias) || e.name().equals(alias)).findFirst();
    }

    @Test
    void transliterationsAndAGivenNameTakenForATitleAreOnePerson() {
        Entity hamdani = withAlias("Al Hamdani").orElseThrow();
        assertThat(hamdani.type()).isEqualTo("PERSON");
        assertThat(hamdani.aliases()).contains("Sultan Al Hamdani", "Sultan Al Hamdeni", "Soultan al-Hamdani",
                "Mr. Al-Hamdany");
        assertThat(hamdani.documentCount()).isEqualTo(3);
        assertThat(hamdani.aliases()).noneMatch(a -> a.contains("Mansouri"));
        assertThat(hamdani.roles()).noneMatch(r -> r.endsWith("Sultan"));
    }

    @Test
    void aDefiniteRoleWithAModifierDescribesItsOneHolder() {
        Entity hamdani = withAlias("Al Hamdani").orElseThrow();
        assertThat(hamdani.descriptions()).contains("The summit president");
        assertThat(corpus.entities()).noneMatch(e -> e.descriptions().contains("The minister"));
    }

    @Test
    void aKnownOrganisationWithTheWordOrganizationAddedIsThatOrganisation() {
        Entity un = withAlias("United Nations").orElseThrow();
        assertThat(un.aliases()).contains("United Nations Organization", "UNO");
    }

    @Test
    void aNamedEventIsNotPlacedByAnotherEditionLaterInTheText() {
        List<Entity> summits = corpus.entities().stream()
                .filter(e -> e.aliases().contains("Harbour Climate Summit")).toList();
        assertThat(summits).hasSize(1);
        assertThat(summits.get(0).name()).doesNotContain("Lisbon");
        assertThat(summits.get(0).documentCount()).isEqualTo(2);
    }

    @Test
    void aPlaceNameFollowedByItsCityIsThatPlace() {
        Entity centre = withAlias("Ribeira Exhibition Centre").orElseThrow();
        assertThat(centre.aliases()).contains("Ribeira Exhibition Centre Lisbon");
    }

    @Test
    void anotherNumberedEditionOfAKnownNameIsAName() {
        var lex = new Lexicon(Map.of("ZEF12", "ORGANIZATION", "Harbour Forum", "EVENT"), Map.of(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        assertThat(Propagation.otherEdition("ZEF11", lex)).isEqualTo("ORGANIZATION");
        assertThat(Propagation.otherEdition("ZEF12", lex)).isNull();
        assertThat(Propagation.otherEdition("QRT11", lex)).isNull();
        assertThat(Propagation.otherEdition("ZEF", lex)).isNull();
    }

    @Test
    void aSurnameUsedBareForOnePersonIsNotAnAliasOfAnother() {
        Entity anton = withAlias("Anton Varga").orElseThrow();
        Entity lena = withAlias("Lena Varga").orElseThrow();
        assertThat(anton).isNotEqualTo(lena);
        assertThat(anton.aliases()).contains("Varga");
        assertThat(lena.aliases()).contains("Ms Varga").doesNotContain("Varga");
    }

    @Test
    void anAcronymMustBeSpelledByItsLongForm() {
        assertThat(Names.canAbbreviate("ptnoc", "Port Talwin")).isFalse();
        assertThat(Names.canAbbreviate("uno", "United Nations Organization")).isTrue();
        assertThat(Names.canAbbreviate("aosis", "Alliance of Small Island States")).isTrue();
        assertThat(Names.canAbbreviate("fsb", "Federal Security Service")).isTrue();
        assertThat(Names.canAbbreviate("ccdcoe", "Cyber Defence Centre of Excellence")).isTrue();
    }

    @Test
    void vowelsOfArabicTransliterationsVaryButOtherLettersDoNot() {
        assertThat(Similarity.transliterationVariant("jabir", "jaber")).isTrue();
        assertThat(Similarity.transliterationVariant("djaber", "jaber")).isTrue();
        assertThat(Similarity.transliterationVariant("soultan", "sultan")).isTrue();
        assertThat(Similarity.transliterationVariant("salmane", "salman")).isTrue();
        assertThat(Similarity.transliterationVariant("salman", "salim")).isFalse();
        assertThat(Similarity.transliterationVariant("zayed", "saeed")).isFalse();
        assertThat(Names.wordsWithoutParticles("Omar bin al-Rashid")).isEqualTo(List.of("omar", "rashid"));
    }
}
