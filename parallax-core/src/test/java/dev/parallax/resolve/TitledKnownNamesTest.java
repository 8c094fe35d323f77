package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name the corpus knows, which the tagger missed after a title ("Mr Roti collected 334 votes"), is still a name:
 * the title is no part of a longer unknown name.
 */
class TitledKnownNamesTest {

    /** The names the second pass finds in one untagged sentence of space-separated words. */
    private static List<String> propagated(String text, Map<String, String> known) {
        String[] words = text.split(" ");
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            boolean number = Character.isDigit(words[i].charAt(0));
            String pos = number ? "CD" : Character.isUpperCase(words[i].charAt(0)) ? "NNP" : words[i].matches("\\p{P}") ? "." : "NN";
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos, words[i].toLowerCase(), "O", -1, null));
            at += words[i].length() + 1;
        }
        AnnotatedText annotated = new AnnotatedText("d", List.of(new Sentence(0, 0, text.length(), 0, words.length)), toks,
                List.of(), List.of(), List.of());
        Lexicon lex = new Lexicon(known, Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        return new Propagation(new CandidateMaker(Gazetteer.standard())).propagate("d", text, annotated, List.of(), lex)
                .stream().map(Candidate::name).toList();
    }

    @Test
    void aKnownNameAfterATitleIsFound() {
        assertThat(propagated("On March 13 , Mr Roti collected 334 votes .", Map.of("Roti", "PERSON")))
                .anySatisfy(n -> assertThat(n).endsWith("Roti"));
    }

    @Test
    void aKnownNameInsideALongerUnknownNameIsNot() {
        assertThat(propagated("On March 13 , Dean Roti collected 334 votes .", Map.of("Roti", "PERSON"))).isEmpty();
    }
}
