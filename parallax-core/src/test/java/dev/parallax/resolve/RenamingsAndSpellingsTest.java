package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisation renamings and short forms, and foreign spellings of places, on invented names. */
class RenamingsAndSpellingsTest {

    private static Candidate cand(String doc, String text, String name, String ner) {
        int start = text.indexOf(name);
        return new Candidate(doc, start, start + name.length(), name, name, ner, 0, 0, 1, null, null, null, List.of(), null, null);
    }

    private static List<Resolver.Cluster> resolve(List<Candidate> cs, List<int[]> renamed) {
        return new Resolver(Gazetteer.standard()).resolve(cs, Map.of(), Set.of(), renamed);
    }

    private static Resolver.Cluster clusterOf(List<Resolver.Cluster> clusters, String name) {
        return clusters.stream().filter(c -> c.members().stream().anyMatch(m -> m.name().equals(name))).findFirst().orElseThrow();
    }

    @Test
    void anOrganisationsOtherNameIsLinkedByFormerlyOrFormally() {
        String text = "Questions remain about the Harmony Church, formally the Global Union for Harmony and Renewal, and its donors.";
        List<Candidate> cs = List.of(cand("a", text, "Harmony Church", "RELIGION"),
                cand("a", text, "Global Union for Harmony and Renewal", "ORGANIZATION"));
        assertThat(RenamedNames.links(cs, Map.of("a", text))).singleElement().satisfies(p -> assertThat(p).containsExactly(0, 1));
        Resolver.Cluster church = clusterOf(resolve(cs, RenamedNames.links(cs, Map.of("a", text))), "Harmony Church");
        assertThat(church.members()).hasSize(2);
        // Tagged a religion, but a name headed by "Church" is an organisation.
        assertThat(church.family()).isEqualTo(Resolver.Family.ORG);
    }

    @Test
    void aDescriptionBeforeTheRenamingCueStandsForTheOrganisationNamedBefore() {
        String text = "The Harmony Church denied it. Its leader spoke for the organisation, now officially called the Global "
                + "Union for Harmony and Renewal, on Monday.";
        List<Candidate> cs = List.of(cand("a", text, "Harmony Church", "ORGANIZATION"),
                cand("a", text, "Global Union for Harmony and Renewal", "ORGANIZATION"));
        assertThat(RenamedNames.links(cs, Map.of("a", text))).hasSize(1);
    }

    @Test
    void twoOrganisationsInAListAreNotRenamings() {
        String text = "The Harmony Church, the Global Union for Harmony and Renewal and others signed.";
        List<Candidate> cs = List.of(cand("a", text, "Harmony Church", "ORGANIZATION"),
                cand("a", text, "Global Union for Harmony and Renewal", "ORGANIZATION"));
        assertThat(RenamedNames.links(cs, Map.of("a", text))).isEmpty();
        String verb = "A spokesman for the Harmony Church called the Global Union for Harmony and Renewal unfair.";
        List<Candidate> vs = List.of(cand("a", verb, "Harmony Church", "ORGANIZATION"),
                cand("a", verb, "Global Union for Harmony and Renewal", "ORGANIZATION"));
        assertThat(RenamedNames.links(vs, Map.of("a", verb))).isEmpty();
    }

    @Test
    void theLeadingWordsOfALongerNameBeforeItsForAreThatOrganisation() {
        String text = "The Global Union for Harmony and Renewal met. The Global Union is based in Lyon.";
        Candidate longName = cand("a", text, "Global Union for Harmony and Renewal", "ORGANIZATION");
        int at = text.lastIndexOf("Global Union");
        Candidate shortName = new Candidate("a", at, at + 12, "Global Union", "Global Union", "ORGANIZATION", 1, 9, 11,
                null, null, null, List.of(), null, null);
        assertThat(clusterOf(resolve(List.of(longName, shortName), List.of()), "Global Union").members()).hasSize(2);
    }

    @Test
    void aPlaceSpelledInAnotherLanguagesConventionIsThatPlace() {
        Candidate tokio = cand("a", "Guests gathered in Tokio.", "Tokio", "CITY");
        Candidate tokyo = cand("b", "The ceremony in Tokyo ended.", "Tokyo", "CITY");
        assertThat(clusterOf(resolve(List.of(tokio, tokyo), List.of()), "Tokio").members()).hasSize(2);
        assertThat(PlaceSpellings.placeFold("Kairo")).isEqualTo(PlaceSpellings.placeFold("Cairo"));
        assertThat(PlaceSpellings.placeFold("Kiew")).isEqualTo(PlaceSpellings.placeFold("Kiev"));
        assertThat(PlaceSpellings.placeFold("Paris")).isNotEqualTo(PlaceSpellings.placeFold("Parma"));
    }
}
