package dev.parallax.resolve;

import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parallax.resolve.HandBuiltCandidates.together;

/** A party's name written with and without its country and in two romanisations, on invented names. */
class PartyNamesTest {

    private static Candidate cand(String doc, String name, String ner) {
        return HandBuiltCandidates.cand(doc, name, ner, null, List.of(), null);
    }

    @Test
    void aPartysNameWithAndWithoutItsCountryAndInTwoRomanisationsIsOneParty() {
        var clusters = new Resolver(Gazetteer.standard()).resolve(new ArrayList<>(List.of(
                cand("a", "Kenya Ummoja Mbelembele", "ORGANIZATION"),
                cand("b", "Ummoja Mbelembele", "ORGANIZATION"),
                cand("c", "Kenya Ummoja Mbelembelle", "ORGANIZATION"),
                // The tagger reads the party's short name as a person's in another article.
                cand("c", "Ummoja Mbelembelle", "PERSON"),
                // Another party of that country and a person are not joined.
                cand("d", "Kenya Haki Mbelembele", "ORGANIZATION"),
                cand("d", "Haki Mwangi", "PERSON"))));
        assertThat(together(clusters, "Kenya Ummoja Mbelembele", "Ummoja Mbelembele")).isTrue();
        assertThat(together(clusters, "Kenya Ummoja Mbelembele", "Kenya Ummoja Mbelembelle")).isTrue();
        assertThat(together(clusters, "Kenya Ummoja Mbelembele", "Ummoja Mbelembelle")).isTrue();
        assertThat(together(clusters, "Kenya Ummoja Mbelembele", "Kenya Haki Mbelembele")).isFalse();
        assertThat(together(clusters, "Kenya Haki Mbelembele", "Haki Mwangi")).isFalse();
    }

    @Test
    void aCongressIsTheStandingBodyUnlessNumbered() {
        assertThat(NameWords.typeOfPhrase(tokens("Marovian Peoples Congress"), 0, 3)).isEqualTo("ORGANIZATION");
        assertThat(NameWords.typeOfPhrase(tokens("12th Marovian Congress"), 0, 3)).isEqualTo("EVENT");
    }

    @Test
    void aWeekdayBeforeANameIsNotPartOfIt() {
        String text = "Tuesday Marovian Senate";
        Candidate c = new CandidateMaker(Gazetteer.standard()).candidate("a", text, tokens(text), new NameSpan(0, 3, "ORGANIZATION"));
        assertThat(c.name()).isEqualTo("Marovian Senate");
    }

    private static List<Token> tokens(String text) {
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            toks.add(new Token(toks.size(), 0, at, at + w.length(), w, "NNP", w, "O", -1, "dep"));
            at += w.length() + 1;
        }
        return toks;
    }

    @Test
    void aCountryAndANameAfterAnArticleAreOneOrganisation() {
        String text = "backed by the Kenya Ummoja Mbelembele ,";
        String[] words = text.split(" ");
        String[] ner = {"O", "O", "O", "COUNTRY", "PERSON", "PERSON", "O"};
        String[] pos = {"VBN", "IN", "DT", "NNP", "NNP", "NNP", ","};
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], words[i], ner[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        assertThat(AdjacentNames.mergeAdjacent(List.of(new NameSpan(3, 4, "COUNTRY"), new NameSpan(4, 6, "PERSON")), toks, text))
                .containsExactly(new NameSpan(3, 6, "ORGANIZATION"));
    }
}
