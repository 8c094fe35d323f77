package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Descriptions a translation sets before a name, and roles that relate a person to another, on invented sentences. */
class TranslatedDescriptionsTest {

    @Test
    void aRoleRelatingAPersonToAnotherIsNotThatOthersRole() {
        assertThat(DescriptionFinder.ownRole("a veteran ally of the party and a schoolmate of the new president"))
                .isEqualTo("a veteran ally of the party and a schoolmate");
        assertThat(DescriptionFinder.ownRole("the wife of the Minister")).isEqualTo("the wife");
        assertThat(DescriptionFinder.ownRole("the president of the Supreme Court")).isEqualTo("the president of the Supreme Court");
        assertThat(DescriptionFinder.ownRole("chief of staff of the army")).isEqualTo("chief of staff of the army");
    }

    @Test
    void aDescriptionWithItsComplementRightBeforeANameIsThatPersons() {
        String text = "82 votes went to the dissident of the majority Kamal Herath yesterday";
        String[] words = text.split(" ");
        String[] pos = {"CD", "NNS", "VBD", "IN", "DT", "NN", "IN", "DT", "NN", "NNP", "NNP", "NN"};
        String[] ner = {"NUMBER", "O", "O", "O", "O", "O", "O", "O", "O", "PERSON", "PERSON", "DATE"};
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], pos[i], words[i], ner[i], -1, "dep"));
            at += words[i].length() + 1;
        }
        AnnotatedText annotated = new AnnotatedText("a", List.of(), toks, List.of(), List.of(), List.of());
        var spans = List.of(new PersonDescriptions.Span(7, 9, 11, toks.get(9).start(), 0, false));
        var found = PersonDescriptions.find("a", text, annotated, spans, Map.of());
        assertThat(found).extracting(DescriptionFinder.Description::text).containsExactly("the dissident of the majority");
        assertThat(found.get(0).cluster()).isEqualTo(7);
    }
}
