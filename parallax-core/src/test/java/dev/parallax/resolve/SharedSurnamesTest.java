package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people sharing a surname (a man and his widow) and Japanese honorific suffixes, on invented articles. */
class SharedSurnamesTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "a", "Former governor Hiroshi Tanabe was attacked at a rally in Kobe on Friday. His widow Yumiko Tanabe, "
                        + "58, arrived at the hospital in the evening. Tanabe had received threats for months, aides said. "
                        + "Mrs Tanabe thanked the doctors.",
                "b", "Hiroshi Tanabe was buried in Kobe on Tuesday. Tanabe had served two terms as governor. At the "
                        + "service, Mrs Tanabe thanked the thousands of farmers who lined the streets.",
                "c", "Hiroshi Tanabe will be honoured at a ceremony in Kobe next month. Tanabe-san was loved by the "
                        + "farmers, one voter said. Tanabe founded the movement in 1990."));
    }

    private static Entity holding(String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    private static List<String> docsOf(Entity e, String text) {
        return e.mentions().stream().filter(m -> m.text().equals(text) && m.kind() == EntityMention.Kind.name)
                .map(EntityMention::doc).sorted().toList();
    }

    @Test
    void sheikhBeforeAWomansNameIsNoMansTitleAndItsTranslatedSpellingJoins() {
        // "Sheikh" is part of many South Asian names, women's too: it must not make "Sheikh Farida Rahmat" a man whom
        // "Ms. Farida" cannot be.
        Corpus story = Models.analyse(Map.of(
                "a", "A week ago, Sheikh Farida boarded a helicopter and left Karpur. On June 5, a court revived a law "
                        + "that Ms. Farida's own government had scrapped. Then Ms. Farida made a remark that angered the "
                        + "students.",
                "b", "The first case against former Prime Minister Sheikh Farida Rahmat was filed on Tuesday. On the same "
                        + "day, through her son, Sheikh Farida gave her first statement.",
                "c", "A fortnight ago, Sheikh Farida Rahmat was the most powerful woman in the region. The students who "
                        + "brought down Mrs Farida asked for a new leader.",
                "d", "Le départ de Cheikh Farida a surpris ses alliés. Cheikh Farida a quitté le pays lundi."));
        Entity farida = story.entities().stream().filter(e -> e.aliases().contains("Sheikh Farida")).findFirst()
                .orElseThrow();
        assertThat(farida.aliases()).contains("Ms. Farida", "Mrs Farida", "Sheikh Farida Rahmat", "Cheikh Farida");
    }

    @Test
    void aParticleSurnameAloneIsNotHandedToRelativesNamedInFull() {
        // "De Witte" is a surname alone with its particle: joined across articles first, it tied the father and the
        // sister together; and the party leader, never named in full, is neither of her relatives.
        Corpus family = Models.analyse(Map.of(
                "a", "The Liberal Front came third on Sunday. Ms De Witte, who leads the party's deputies, said the "
                        + "victory was only delayed. She thanked her voters in Ostend.",
                "b", "On the far right, Mrs. De Witte has denounced a pact of losers. In the north, the elder sister of the "
                        + "leader of the deputies, Anne-Laure De Witte, is standing against a Green, and she may win. Their "
                        + "father, Jean-Paul De Witte, founder of the Liberal Front, no longer appears in public.",
                "c", "De Witte has kept her troops in line. Her father, Jean-Paul De Witte, who founded the Liberal Front, "
                        + "turned 90 last month. Ms De Witte accepted the support of the small parties."));
        for (Entity e : family.entities()) {
            assertThat(e.aliases().contains("Jean-Paul De Witte") && e.aliases().contains("Anne-Laure De Witte"))
                    .as(e.aliases().toString()).isFalse();
        }
        assertThat(EntitiesHolding.only(family, "Mrs. De Witte").aliases()).doesNotContain("Anne-Laure De Witte",
                "Jean-Paul De Witte");
        assertThat(EntitiesHolding.only(family, "Ms De Witte").aliases()).doesNotContain("Anne-Laure De Witte",
                "Jean-Paul De Witte");
        assertThat(EntitiesHolding.only(family, "Jean-Paul De Witte").mentions().stream()
                .filter(m -> m.text().equals("De Witte")).map(EntityMention::doc).toList()).isEmpty();
    }

    @Test
    void aWomansTitleSkipsTheNamesakeTheArticleCallsMr() {
        Corpus story = Models.analyse(Map.of(
                "a", "In the first round the eight lawmakers of the Harbour Party voted for their own nominee, Wen Mei-ling. "
                        + "The party's whip, Wen Li-hua, said the party had kept its promise. \"We are nobody's spare "
                        + "wheel,\" Mr Wen said. Ms Wen, a former deputy mayor of Keelung, said her candidacy had been a "
                        + "message."));
        Entity woman = story.entities().stream().filter(e -> e.aliases().contains("Ms Wen")).findFirst().orElseThrow();
        assertThat(woman.aliases()).contains("Wen Mei-ling").doesNotContain("Wen Li-hua");
    }

    @Test
    void aMansTitleIsNotGivenToTheSonWhenTheFathersGenderIsUnread() {
        // Only the son is known to be a man ("the son of the founder"); nothing says what the father is, so "Mr
        // Varkin" may be either and must not be handed to the son.
        Corpus family = Models.analyse(Map.of(
                "a", "Mercenary chief Oleg Varkin led the column towards the capital on Saturday. The column stopped at night.",
                "b", "In an audio message on Monday, Mr Varkin said the march had been a protest. Mr Varkin also thanked the men.",
                "c", "Some channels name Dmitri Varkin, the son of the founder, as a possible heir. Nothing has been confirmed."));
        Entity son = family.entities().stream().filter(e -> e.aliases().contains("Dmitri Varkin")).findFirst().orElseThrow();
        assertThat(son.aliases()).doesNotContain("Mr Varkin", "Oleg Varkin");
    }

    @Test
    void aTitledSurnameAfterSeveralNamesakesIsTheOneJustNamedNotTheFamousOne() {
        // The founder is named in every article, but "Mr Oduya" follows the introduction of his grandson.
        Corpus family = Models.analyse(Map.of(
                "a", "Statues of Joseph Oduya, the founder of the republic, were pulled down in Karu on Monday.",
                "b", "Joseph Oduya led the independence struggle and was killed in 1961.",
                "c", "Schools were named after Joseph Oduya in the 1970s, teachers said.",
                "d", "Three men carry the name Oduya. The first is the founder, Joseph Oduya. The second is General "
                        + "Samuel Oduya, who seized power in 1961. The third is his grandson, Daniel Oduya, who leads the "
                        + "opposition from Paris.\n\nMr Oduya wants an election soon, and his party has started to say so.",
                "e", "Daniel Oduya addressed the rally by video from Paris on Tuesday."));
        Entity daniel = family.entities().stream().filter(e -> e.aliases().contains("Daniel Oduya")).findFirst().orElseThrow();
        Entity joseph = family.entities().stream().filter(e -> e.aliases().contains("Joseph Oduya")).findFirst().orElseThrow();
        assertThat(joseph.aliases()).doesNotContain("Mr Oduya", "Daniel Oduya");
        assertThat(daniel.aliases()).contains("Mr Oduya");
    }

    @Test
    void aTitledSurnameUsedTwiceInAnArticleIsOnePersonEvenAfterABrotherIsNamed() {
        Corpus family = Models.analyse(Map.of(
                "a", "President Ravi Oduya refused to resign on Tuesday. Mr Oduya said he would stay until the end of "
                        + "his term. His brother, Samuel Oduya, left the finance ministry in April. All three brothers "
                        + "belong to the ruling party. Mr Oduya has not been seen in public since Friday.",
                "b", "Ravi Oduya met the army chief in the capital on Monday, aides said."));
        Entity ravi = family.entities().stream().filter(e -> e.aliases().contains("Ravi Oduya")).findFirst().orElseThrow();
        Entity samuel = family.entities().stream().filter(e -> e.aliases().contains("Samuel Oduya")).findFirst().orElseThrow();
        assertThat(samuel.aliases()).doesNotContain("Mr Oduya");
        assertThat(ravi.mentions().stream().filter(m -> m.text().equals("Mr Oduya")).count()).isEqualTo(2);
    }

    @Test
    void aRelativeSharingTheSurnameIsAnotherPerson() {
        assertThat(holding("Yumiko Tanabe").id()).isNotEqualTo(holding("Hiroshi Tanabe").id());
    }

    @Test
    void aWomansTitleGoesToTheWomanOfThatSurnameEvenWhereOnlyHerHusbandIsNamed() {
        Entity yumiko = holding("Yumiko Tanabe");
        Entity hiroshi = holding("Hiroshi Tanabe");
        assertThat(yumiko.id()).isNotEqualTo(hiroshi.id());
        assertThat(docsOf(yumiko, "Mrs Tanabe")).containsExactly("a", "b");
        assertThat(hiroshi.aliases()).doesNotContain("Mrs Tanabe", "Yumiko Tanabe");
    }

    @Test
    void aBareSharedSurnameGoesToThePersonTheCorpusIsAbout() {
        Entity hiroshi = holding("Hiroshi Tanabe");
        assertThat(docsOf(hiroshi, "Tanabe")).containsExactly("a", "b", "c");
        assertThat(holding("Yumiko Tanabe").aliases()).doesNotContain("Tanabe");
    }

    @Test
    void aJapaneseHonorificSuffixIsATitleOfThePerson() {
        assertThat(holding("Tanabe-san").id()).isEqualTo(holding("Hiroshi Tanabe").id());
        assertThat(holding("Tanabe-san").type()).isEqualTo("PERSON");
    }

    @Test
    void suffixesAreReadAfterANameNotEndingInAKoreanSyllable() {
        assertThat(HonorificSuffixes.suffixOf("Abe-san")).isEqualTo("san");
        assertThat(HonorificSuffixes.suffixOf("Tanaka-sensei")).isEqualTo("sensei");
        assertThat(HonorificSuffixes.suffixOf("Moon Jae-shi")).isNull();
        assertThat(HonorificSuffixes.suffixOf("Pak Min-shi")).isNull();
        // After a full name that cannot go on with a Korean syllable, the suffix is a title.
        assertThat(HonorificSuffixes.suffixOf("Okabe Ryota-shi")).isEqualTo("shi");
        assertThat(HonorificSuffixes.suffixOf("Lin Wen-hao-shi")).isEqualTo("shi");
        assertThat(HonorificSuffixes.suffixOf("Lin Wen-hao-san")).isEqualTo("san");
        assertThat(HonorificSuffixes.suffixOf("Jae-Shi")).isNull();
        assertThat(HonorificSuffixes.suffixOf("Tanabe")).isNull();
    }

    @Test
    void titlesAndNounsSayAGender() {
        assertThat(GenderEvidence.ofHonorific("Mrs")).isEqualTo(-1);
        assertThat(GenderEvidence.ofHonorific("Mr.")).isEqualTo(1);
        assertThat(GenderEvidence.ofHonorific("Dr")).isZero();
        assertThat(GenderEvidence.ofNoun("widow")).isEqualTo(-1);
        assertThat(GenderEvidence.ofNoun("husband")).isEqualTo(1);
    }
}
