package dev.parallax.resolve;

import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Words around a name the tagger took for a person's that make it a place, and a bracket its span ran into. */
class PlaceContextsTest {

    /** Tokens of one sentence; a word given as "Word/LABEL" carries that tagger label. */
    private static List<Token> tokens(String sentence) {
        List<Token> toks = new ArrayList<>();
        int at = 0, i = 0;
        for (String w : sentence.split(" ")) {
            String word = w.contains("/") ? w.substring(0, w.indexOf('/')) : w;
            String ner = w.contains("/") ? w.substring(w.indexOf('/') + 1) : "O";
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            toks.add(new Token(i++, 0, at, at + word.length(), word, pos, word, ner, -1, "dep"));
            at += word.length() + 1;
        }
        return toks;
    }

    private static String text(List<Token> toks) {
        return String.join(" ", toks.stream().map(Token::word).toList());
    }

    @Test
    void aPersonLabelInAListOfPlacesAfterAPlacesPartOrAPersonFromIsAPlace() {
        List<Token> list = tokens("roads of Tarn/CITY , Olt/STATE_OR_PROVINCE and Varno/PERSON were blocked");
        assertThat(CandidateMaker.contextType(text(list), list, 6, 7)).isEqualTo("GPE");
        List<Token> part = tokens("the roads of Varno/PERSON were blocked");
        assertThat(CandidateMaker.contextType(text(part), part, 3, 4)).isEqualTo("GPE");
        List<Token> from = tokens("the teacher from Varno/PERSON was held");
        assertThat(CandidateMaker.contextType(text(from), from, 3, 4)).isEqualTo("GPE");
        List<Token> people = tokens("Tarn/PERSON , Olt/PERSON and Varno/PERSON met");
        assertThat(CandidateMaker.contextType(text(people), people, 4, 5)).isNull();
    }

    @Test
    void aNameOfTwoWordsWhereSomebodyLivedIsAPlace() {
        List<Token> toks = tokens("a worker who lived in Glen/PERSON Varno/PERSON died");
        assertThat(CandidateMaker.livedIn(toks, 5, 7)).isTrue();
        List<Token> trust = tokens("they trust in Ana/PERSON Vell/PERSON now");
        assertThat(CandidateMaker.livedIn(trust, 3, 5)).isFalse();
    }

    @Test
    void aNameEndsBeforeABracketItDoesNotClose() {
        List<Token> toks = tokens("the Inter-Island Council ( IIC ) said");
        assertThat(CandidateMaker.beforeOpenBracket(toks, 1, 5)).isEqualTo(3);
        assertThat(CandidateMaker.beforeOpenBracket(toks, 1, 6)).isEqualTo(6);
    }
}
