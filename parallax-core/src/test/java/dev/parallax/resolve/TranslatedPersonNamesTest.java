package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.parallax.resolve.HandBuiltCandidates.named;
import static dev.parallax.resolve.HandBuiltCandidates.resolve;
import static dev.parallax.resolve.HandBuiltCandidates.together;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People's names as a translation leaves them: a title of the source language glued before the name, a surname
 * with a Slavic case ending, a name in Polish spelling. Invented sentences and people.
 */
class TranslatedPersonNamesTest {

    /** One sentence of space-separated words, as the annotator would give it, for document {@code doc}. */
    private static AnnotatedText sentence(String doc, String text) {
        String[] words = text.split(" ");
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            toks.add(new Token(i, 0, at, at + words[i].length(), words[i], "NNP", words[i].toLowerCase(), "O", -1, null));
            at += words[i].length() + 1;
        }
        return new AnnotatedText(doc, List.of(new Sentence(0, 0, text.length(), 0, words.length)), toks, List.of(), List.of(), List.of());
    }

    /** A candidate over words [first, end) of a sentence made by {@link #sentence}. */
    private static Candidate over(String doc, String text, int first, int end, String ner) {
        String[] words = text.split(" ");
        int start = 0;
        for (int i = 0; i < first; i++) start += words[i].length() + 1;
        String name = String.join(" ", List.of(words).subList(first, end));
        return new Candidate(doc, start, start + name.length(), name, name, ner, 0, first, end, null, null, null,
                List.of(), null, null);
    }

    @Test
    void aForeignTitleBeforeAKnownFullNameIsCutOff() {
        String a = "On Monday her Bundesminister Konrad Weller spoke", b = "Konrad Weller and the Bundesminister left";
        Candidate titled = over("a", a, 3, 6, "PERSON");
        List<Candidate> out = TitlesBeforeKnownNames.apply(List.of(titled, over("b", b, 0, 2, "PERSON"),
                over("b", b, 4, 5, "MISC")), Map.of("a", a, "b", b), Map.of("a", sentence("a", a), "b", sentence("b", b)));
        assertThat(out.get(0).name()).isEqualTo("Konrad Weller");
        assertThat(out.get(0).title()).isEqualTo("Bundesminister");
    }

    @Test
    void aGivenNameBeforeAKnownFullNameStays() {
        // "Tomas Aldo Kwende" is the son of "Aldo Kwende": nothing says "Tomas" is a noun.
        String a = "Yesterday Tomas Aldo Kwende spoke", b = "Aldo Kwende died in 2019";
        List<Candidate> out = TitlesBeforeKnownNames.apply(List.of(over("a", a, 1, 4, "PERSON"), over("b", b, 0, 2, "PERSON")),
                Map.of("a", a, "b", b), Map.of("a", sentence("a", a), "b", sentence("b", b)));
        assertThat(out.get(0).name()).isEqualTo("Tomas Aldo Kwende");
    }

    @Test
    void aSurnameWithAPolishCaseEndingIsThePersonsSurname() {
        String a = "Premier Olaf Brenner dismissed Haldnera on Monday", b = "Żółć and łąka and świeca of Haldnera";
        List<Candidate> out = SlavicCaseEndings.apply(List.of(over("a", a, 1, 3, "PERSON"), over("b", b, 6, 7, "LOCATION"),
                over("b", "Olaf Haldner", 0, 2, "PERSON")), Map.of("a", a, "b", b));
        assertThat(out.get(1).name()).isEqualTo("Haldner");
        assertThat(out.get(1).ner()).isEqualTo("PERSON");
        assertThat(SlavicCaseEndings.inflected(out.get(1))).isTrue();
        // In an article without Slavic letters the word is left as the tagger found it.
        List<Candidate> english = SlavicCaseEndings.apply(List.of(over("a", a, 4, 5, "LOCATION"),
                over("b", "Olaf Haldner", 0, 2, "PERSON")), Map.of("a", a, "b", "Olaf Haldner"));
        assertThat(english.get(0).name()).isEqualTo("Haldnera");
    }

    @Test
    void aNameInPolishSpellingIsTheEnglishSpelling() {
        assertThat(Transliteration.same("dzamal", "jamal")).isTrue();
        assertThat(Transliteration.same("szirazi", "shirazi")).isTrue();
        var clusters = resolve(named("pl", "Dżamal Szirazi-Tunk", "PERSON"), named("en", "Jamal Shirazi-Tunk", "PERSON"));
        assertThat(together(clusters, "Dżamal Szirazi-Tunk", "Jamal Shirazi-Tunk")).isTrue();
    }
}
