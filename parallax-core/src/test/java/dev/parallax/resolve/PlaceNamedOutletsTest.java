package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A newspaper named after its city or country, which the tagger reads as the place, on invented hand-tagged text. */
class PlaceNamedOutletsTest {

    private static AnnotatedText tagged(String text, String[] pos, String[] ner) {
        String[] words = text.split(" ");
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], words[i], ner[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        return new AnnotatedText("a", List.of(), toks, List.of(), List.of(), List.of());
    }

    @Test
    void aPlaceFollowedByAnOutletWordAfterToldIsTheNewspaper() {
        String text = "Tomas Vell told The Marovia Ledger .";
        AnnotatedText at = tagged(text, new String[] {"NNP", "NNP", "VBD", "DT", "NNP", "NNP", "."},
                new String[] {"PERSON", "PERSON", "O", "COUNTRY", "COUNTRY", "O", "O"});
        List<NameSpan> spans = List.of(new NameSpan(0, 2, "PERSON"), new NameSpan(3, 5, "COUNTRY"));
        assertThat(new ToldOutlets().apply(spans, text, at))
                .containsExactly(new NameSpan(0, 2, "PERSON"), new NameSpan(3, 6, "MEDIA"));
    }

    @Test
    void aPlaceAfterToldWithNoOutletWordStaysAPlace() {
        String text = "She told the Marovia delegation .";
        AnnotatedText at = tagged(text, new String[] {"PRP", "VBD", "DT", "NNP", "NN", "."},
                new String[] {"O", "O", "O", "COUNTRY", "O", "O"});
        List<NameSpan> spans = List.of(new NameSpan(3, 4, "COUNTRY"));
        assertThat(new ToldOutlets().apply(spans, text, at)).containsExactly(new NameSpan(3, 4, "COUNTRY"));
    }
}
