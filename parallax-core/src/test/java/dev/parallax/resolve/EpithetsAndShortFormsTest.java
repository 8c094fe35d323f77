package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.resolve.HandBuiltCandidates.together;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants of one name that the resolver joins on invented names: an epithet written before a full name, a compound
 * given name clipped at its joined article, a short surname misspelt by one vowel, the two leading words of a long
 * name, a name the tagger labels an organisation as often as a person, and an organisation's head word translated.
 */
class EpithetsAndShortFormsTest {

    /** A hand-built mention with its tokens [first, end) in one sentence, and an optional courtesy title and role. */
    private static Candidate mention(String doc, String name, String ner, int sentence, int first, int end, String honorific,
                                     String role) {
        String text = honorific == null ? name : honorific + " " + name;
        return new Candidate(doc, first * 10, first * 10 + text.length(), text, name, ner, sentence, first, end, honorific,
                null, role, List.of(), null, null);
    }

    private static Candidate person(String doc, String name, int sentence, int first, int end) {
        return mention(doc, name, "PERSON", sentence, first, end, null, null);
    }

    private static List<Resolver.Cluster> resolve(Candidate... cs) {
        return new Resolver(Gazetteer.standard()).resolve(new ArrayList<>(List.of(cs)));
    }

    private static Resolver.Cluster clusterOf(List<Resolver.Cluster> clusters, String name) {
        return clusters.stream().filter(c -> c.members().stream().anyMatch(m -> m.name().equals(name))).findFirst().orElseThrow();
    }

    @Test
    void anEpithetWrittenJustBeforeAFullNameIsThatPerson() {
        // "her father Janabandhu Sheikh Karimul Hossain ... the Janabandhu memorial"
        var clusters = resolve(
                person("a", "Janabandhu", 3, 40, 41),
                mention("a", "Karimul Hossain", "PERSON", 3, 41, 44, "Sheikh", null),
                person("a", "Janabandhu", 5, 70, 71),
                person("b", "Karimul Hossain", 0, 5, 7),
                // A one-word name in another sentence, not written against a full name, is left alone.
                person("a", "Dolon", 6, 90, 91),
                person("a", "Nasrin Akter", 7, 100, 102));
        assertThat(together(clusters, "Janabandhu", "Karimul Hossain")).isTrue();
        assertThat(together(clusters, "Dolon", "Nasrin Akter")).isFalse();
    }

    @Test
    void aCompoundGivenNameClippedAtItsJoinedArticleIsThatPerson() {
        // "Sheikh Habibur Kamal" and, later in the article, "Sheikh Habib".
        var clusters = resolve(
                mention("a", "Habibur Kamal", "PERSON", 2, 20, 23, "Sheikh", null),
                mention("a", "Habib", "PERSON", 8, 80, 82, "Sheikh", null));
        assertThat(together(clusters, "Habib", "Habibur Kamal")).isTrue();
    }

    @Test
    void aShortSurnameMisspeltByOneVowelJoinsThePersonItsArticleNames() {
        var clusters = resolve(
                person("a", "Farida Okoth", 0, 1, 3),
                person("b", "Farida Okoth", 0, 1, 3),
                mention("c", "Okoth", "PERSON", 1, 10, 12, "Ms", null),
                mention("c", "Okith", "PERSON", 4, 40, 42, "Ms", null),
                // "Patil" in an article that names no Patel is another person.
                person("d", "Ravi Patel", 0, 1, 3),
                person("e", "Ravi Patel", 0, 1, 3),
                mention("f", "Patel", "PERSON", 0, 1, 3, "Mr", null),
                mention("g", "Patil", "PERSON", 0, 1, 3, "Mr", null));
        assertThat(together(clusters, "Okith", "Farida Okoth")).isTrue();
        assertThat(together(clusters, "Patil", "Ravi Patel")).isFalse();
    }

    @Test
    void theTwoLeadingWordsOfALongNameAreThatPerson() {
        var clusters = resolve(
                person("a", "Rafi Hossain Tanvir Chowdhury", 0, 1, 5),
                person("b", "Rafi Hossain", 0, 1, 3));
        assertThat(together(clusters, "Rafi Hossain", "Rafi Hossain Tanvir Chowdhury")).isTrue();
        // Two people whose long names open alike leave the short name alone.
        var two = resolve(
                person("a", "Rafi Hossain Tanvir Chowdhury", 0, 1, 5),
                person("c", "Rafi Hossain Mollah", 0, 1, 4),
                person("b", "Rafi Hossain", 0, 1, 3));
        assertThat(together(two, "Rafi Hossain", "Rafi Hossain Tanvir Chowdhury")).isFalse();
        assertThat(together(two, "Rafi Hossain", "Rafi Hossain Mollah")).isFalse();
    }

    @Test
    void aNameLabelledAnOrganisationAsOftenAsAPersonWithARoleIsThePerson() {
        var clusters = resolve(
                mention("a", "Tarana Begum", "ORGANIZATION", 0, 1, 3, null, null),
                mention("b", "Tarana Begum", "ORGANIZATION", 0, 1, 3, null, null),
                mention("c", "Tarana Begum", "PERSON", 0, 1, 3, null, "a coordinator of the student movement"),
                mention("d", "Tarana Begum", "PERSON", 0, 1, 3, null, null));
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).family()).isEqualTo(Resolver.Family.PERSON);
        // With nothing that shows a person, the tie stays unresolved.
        var bare = resolve(
                mention("a", "Tarana Begum", "ORGANIZATION", 0, 1, 3, null, null),
                mention("b", "Tarana Begum", "ORGANIZATION", 0, 1, 3, null, null),
                mention("c", "Tarana Begum", "PERSON", 0, 1, 3, null, null),
                mention("d", "Tarana Begum", "PERSON", 0, 1, 3, null, null));
        assertThat(bare).hasSize(2);
    }

    @Test
    void anOrganisationsHeadWordTranslatedAndMovedIsTheSameBody() {
        var clusters = resolve(
                mention("a", "Kalori League", "ORGANIZATION", 0, 1, 3, null, null),
                mention("b", "Ligue Kalori", "ORGANIZATION", 0, 1, 3, null, null),
                mention("a", "Election Commission", "ORGANIZATION", 1, 10, 12, null, null),
                mention("b", "Electoral Commission", "ORGANIZATION", 1, 10, 12, null, null),
                mention("b", "Kalori Front", "ORGANIZATION", 2, 20, 22, null, null));
        assertThat(together(clusters, "Kalori League", "Ligue Kalori")).isTrue();
        assertThat(together(clusters, "Election Commission", "Electoral Commission")).isTrue();
        assertThat(together(clusters, "Kalori League", "Kalori Front")).isFalse();
    }
}
