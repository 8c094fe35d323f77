package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/** Two people whose names share a word that is one's given name or middle name and the other's surname, on invented names. */
class GivenNamesAndSurnamesTest {

    private static Candidate person(String doc, String name, String role) {
        return HandBuiltCandidates.cand(doc, name, "PERSON", role, List.of(), null);
    }

    @Test
    void aSharedWordThatIsNotBothSurnamesMakesNoTranslationVariant() {
        // A mayor, then the man a hall is named after: "Reed" is her surname and his middle name.
        var hall = resolve(person("a", "Ann Reed", "mayor of Dunmore"), person("a", "Tom Reed Hall", null));
        assertThat(together(hall, "Ann Reed", "Tom Reed Hall")).isFalse();
        // A double surname whose first part is another person's surname.
        var double_ = resolve(person("a", "Luis Ruiz Soto", "president of Marova"), person("a", "Ana Ruiz", null));
        assertThat(together(double_, "Luis Ruiz Soto", "Ana Ruiz")).isFalse();
        // Machine translation's two given names for one surname make one person when the text gives them one role;
        // without it, another given name in the same order is another person (kin, a namesake).
        var variant = resolve(person("a", "Shin Tarrow", "chairman of the Dunmore Security Institute"),
                person("a", "Susumu Tarrow", "chairman of the Dunmore Security Institute"));
        assertThat(together(variant, "Shin Tarrow", "Susumu Tarrow")).isTrue();
        var kin = resolve(person("b", "Shin Tarrow", "mayor of Dunmore"), person("b", "Susumu Tarrow", null));
        assertThat(together(kin, "Shin Tarrow", "Susumu Tarrow")).isFalse();
        var surnameFirst = resolve(person("a", "Susumu Tarrow", "mayor of Dunmore"), person("a", "Tarrow Jin", null));
        assertThat(together(surnameFirst, "Susumu Tarrow", "Tarrow Jin")).isTrue();
    }

    @Test
    void aSurnameAloneGoesToItsBearerNotToSomeoneWithThatGivenName() {
        var clusters = resolve(person("a", "Ann Reed", null), person("a", "Reed Barlow", null), person("a", "Reed", null));
        assertThat(together(clusters, "Reed", "Ann Reed")).isTrue();
        assertThat(together(clusters, "Reed", "Reed Barlow")).isFalse();
    }

    @Test
    void aBareSurnameOfTwoPeopleInOneArticleStaysUnattached() {
        var clusters = resolve(person("a", "Tomas Reyes", null), person("a", "Lucia Reyes", null), person("a", "Reyes", null));
        assertThat(together(clusters, "Reyes", "Tomas Reyes")).isFalse();
        assertThat(together(clusters, "Reyes", "Lucia Reyes")).isFalse();
        assertThat(together(clusters, "Tomas Reyes", "Lucia Reyes")).isFalse();
    }

    @Test
    void aBareSurnameGoesToThePersonNotNamedAsARelative() {
        Candidate father = person("a", "Tomas Reyes", null);
        List<Candidate> cs = new ArrayList<>(List.of(person("a", "Mateo Reyes", "president"), father, person("a", "Reyes", null)));
        var clusters = new Resolver(Gazetteer.standard()).resolve(cs, Map.of(), Set.of(father), List.of());
        assertThat(together(clusters, "Reyes", "Mateo Reyes")).isTrue();
        assertThat(together(clusters, "Reyes", "Tomas Reyes")).isFalse();
    }
}
