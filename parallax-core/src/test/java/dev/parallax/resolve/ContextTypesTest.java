package dev.parallax.resolve;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.Removal;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Types the words around a name give it: an outlet's short name, a body a person works at, a quoted movement. */
class ContextTypesTest {

    private static Candidate candidate(String doc, String name, String ner, List<String> affiliations) {
        return new Candidate(doc, 0, name.length(), name, name, ner, 0, 0, 1, null, null, affiliations.isEmpty() ? null : "a fellow",
                affiliations, null, null);
    }

    @Test
    void anOutletsNameCutBeforeThePlaceItServesIsTheOutletInItsOwnArticle() {
        Document d = Document.read("a", "a.txt", null, null, null, null, "x")
                .withCleaned("x", List.of(new Removal("By Ana Vell, our correspondent at Tarvel", "byline", 0, 5),
                        new Removal("© La Gazette de la Vallée 2024 - All rights reserved", "copyright", 6, 10)));
        Document other = Document.read("b", "b.txt", null, null, null, null, "y");
        List<Candidate> out = ResolveStage.ownOutlets(List.of(candidate("a", "La Gazette", "PERSON", List.of()),
                candidate("b", "La Gazette", "PERSON", List.of())), List.of(d, other));
        assertThat(out.get(0).ner()).isEqualTo("MEDIA");
        assertThat(out.get(1).ner()).isEqualTo("PERSON");
    }

    @Test
    void aPlaceNamedBodyAPersonWorksAtIsABody() {
        List<Candidate> out = ResolveStage.affiliatedBodies(List.of(
                candidate("a", "Ana Vell", "PERSON", List.of("Gulf of Marova Policy Forum")),
                candidate("a", "Gulf of Marova Policy Forum", "LOCATION", List.of()),
                candidate("a", "Gulf of Marova", "LOCATION", List.of())));
        assertThat(out.get(1).ner()).isEqualTo("ORGANIZATION");
        assertThat(out.get(2).ner()).isEqualTo("LOCATION");
    }

    @Test
    void aNameQuotedAfterItsKindNounIsAnOrganisation() {
        String[] words = {"the", "movement", "«", "Sangara", "»", "occupies"};
        String[] pos = {"DT", "NN", "``", "NNP", "''", "VBZ"};
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], words[i], i == 3 ? "LOCATION" : "O", -1, "dep"));
            at += words[i].length() + 1;
        }
        assertThat(OrganisationCues.says(toks, 3, 4)).isTrue();
    }
}
