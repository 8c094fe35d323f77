package dev.parallax.resolve;

import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/**
 * Brothers sharing a surname across translated articles, South Asian romanisations, a clipped given name and a
 * first given name the tagger leaves out, on invented names and hand-built candidates.
 */
class SiblingsAndSpellingsTest {

    private static Candidate cand(String doc, String name, String ner, String role) {
        return HandBuiltCandidates.cand(doc, name, ner, role, List.of(), null);
    }

    @Test
    void brothersAnArticleNamesSideBySideStayTwoPeopleWhereAnotherGivesOnlyOneARole() {
        // Article b spells the surname its own way and gives only the eldest a role; article a tells the three apart.
        var clusters = resolve(
                cand("a", "Kumara Velapitiya", "PERSON", null),
                cand("a", "Sunil Velapitiya", "PERSON", null),
                cand("a", "Asela Velapitiya", "PERSON", null),
                cand("b", "Kumara Velapitiye", "PERSON", "the president of the Marovian Republic"),
                cand("b", "Sunil Velapitiye", "PERSON", null),
                cand("b", "Asela Velapitiye", "PERSON", null));
        assertThat(together(clusters, "Kumara Velapitiya", "Kumara Velapitiye")).isTrue();
        assertThat(together(clusters, "Kumara Velapitiye", "Sunil Velapitiye")).isFalse();
        assertThat(together(clusters, "Kumara Velapitiye", "Asela Velapitiye")).isFalse();
    }

    @Test
    void aspiratesAndVowelsOfLongRomanisedNamesMakeOnePerson() {
        assertThat(Names.transliterationFold("gotabhaya")).isEqualTo(Names.transliterationFold("gotabaya"));
        var clusters = resolve(
                cand("a", "Chandrabhanu Weerasekera", "PERSON", null),
                cand("b", "Chandrabanu Weerasekara", "PERSON", null),
                cand("a", "Nimal Gunasinghe", "PERSON", null),
                cand("c", "Nimal Gunesinghe", "PERSON", null),
                // Short given names whose vowels differ are two people.
                cand("a", "Maria Oberholzer", "PERSON", null),
                cand("c", "Mario Oberholzer", "PERSON", null));
        assertThat(together(clusters, "Chandrabhanu Weerasekera", "Chandrabanu Weerasekara")).isTrue();
        assertThat(together(clusters, "Nimal Gunasinghe", "Nimal Gunesinghe")).isTrue();
        assertThat(together(clusters, "Maria Oberholzer", "Mario Oberholzer")).isFalse();
    }

    @Test
    void aGivenNameCutShortIsThePersonOfTheArticle() {
        var clusters = resolve(
                cand("a", "Dharmasena Pillaiyar", "PERSON", null),
                cand("a", "Nuwan Pillaiyar", "PERSON", null),
                cand("a", "Dharma", "MISC", null));
        assertThat(together(clusters, "Dharmasena Pillaiyar", "Dharma")).isTrue();
        assertThat(together(clusters, "Nuwan Pillaiyar", "Dharma")).isFalse();
        // Without the person in the article the clipped word is nobody's.
        var elsewhere = resolve(cand("a", "Dharmasena Pillaiyar", "PERSON", null), cand("b", "Dharma", "MISC", null));
        assertThat(together(elsewhere, "Dharmasena Pillaiyar", "Dharma")).isFalse();
    }

    private static List<Token> tokens(String[] words, String[] pos, String[] ner) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], words[i], ner[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        return out;
    }

    @Test
    void aFirstGivenNameTheTaggerLeftOutAfterATitleBelongsToTheName() {
        List<Token> toks = tokens(new String[] {"President", "Okan", "Yavuz", "Demirtepe", "spoke"},
                new String[] {"NNP", "NNP", "NNP", "NNP", "VBD"}, new String[] {"TITLE", "O", "PERSON", "PERSON", "O"});
        var spans = GivenNameBefore.withGivenNames(List.of(new NameSpan(2, 4, "PERSON")), toks);
        assertThat(spans).containsExactly(new NameSpan(1, 4, "PERSON"));
        // An adjective before a full name is a modifier, not a given name.
        List<Token> adj = tokens(new String[] {"Veteran", "Yavuz", "Demirtepe", "spoke"},
                new String[] {"JJ", "NNP", "NNP", "VBD"}, new String[] {"O", "PERSON", "PERSON", "O"});
        assertThat(GivenNameBefore.withGivenNames(List.of(new NameSpan(1, 3, "PERSON")), adj))
                .containsExactly(new NameSpan(1, 3, "PERSON"));
        // Nor is the last word of a body after a rank, nor of a portfolio, before a full name.
        List<Token> staff = tokens(new String[] {"Chief", "of", "General", "Staff", "Yavuz", "Demirtepe"},
                new String[] {"NNP", "IN", "NNP", "NNP", "NNP", "NNP"}, new String[] {"O", "O", "TITLE", "O", "PERSON", "PERSON"});
        assertThat(GivenNameBefore.withGivenNames(List.of(new NameSpan(4, 6, "PERSON")), staff))
                .containsExactly(new NameSpan(4, 6, "PERSON"));
        List<Token> portfolio = tokens(new String[] {"commissioner", "for", "the", "Climate", "Yavuz", "Demirtepe"},
                new String[] {"NN", "IN", "DT", "NNP", "NNP", "NNP"}, new String[] {"TITLE", "O", "O", "O", "PERSON", "PERSON"});
        assertThat(GivenNameBefore.withGivenNames(List.of(new NameSpan(4, 6, "PERSON")), portfolio))
                .containsExactly(new NameSpan(4, 6, "PERSON"));
    }
}
