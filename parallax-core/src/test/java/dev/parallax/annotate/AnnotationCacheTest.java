package dev.parallax.annotate;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.NerMention;
import dev.parallax.corpus.QuoteSpan;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Timex;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationCacheTest {

    private static final String TEXT = "“Ready,” Reyes said on Tuesday.";

    private static AnnotatedText annotation(String doc) {
        return new AnnotatedText(doc,
                List.of(new Sentence(0, 0, TEXT.length(), 0, 2)),
                List.of(new Token(0, 0, 9, 14, "Reyes", "NNP", "Reyes", "PERSON", 1, "nsubj"),
                        new Token(1, 0, 15, 19, "said", "VBD", "say", "O", -1, "root")),
                List.of(new NerMention(9, 14, "Reyes", "PERSON", 0, 0, 1)),
                List.of(new Timex(23, 30, "Tuesday", "DATE", "XXXX-WXX-2", null, 0)),
                List.of(new QuoteSpan(0, 8, "“Ready,”", 0, 0)));
    }

    @Test
    void returnsWhatWasStoredForTheSameDocumentAndNothingForAnotherText(@TempDir Path dir) {
        AnnotationCache cache = AnnotationCache.at(dir, NlpModels.Config.defaults());
        Document d = Document.read("d1", "d1.txt", null, null, null, null, TEXT);
        assertThat(cache.get(d)).isEmpty();
        cache.put(d, annotation("d1"));

        assertThat(AnnotationCache.at(dir, NlpModels.Config.defaults()).get(d)).contains(annotation("d1"));
        assertThat(cache.get(Document.read("d1", "d1.txt", null, null, null, null, TEXT + " More."))).isEmpty();
        assertThat(cache.get(Document.read("d2", "d2.txt", null, null, null, null, TEXT))).isEmpty();
    }

    @Test
    void otherAnnotatorSettingsDoNotShareEntries(@TempDir Path dir) {
        Document d = Document.read("d1", "d1.txt", null, null, null, null, TEXT);
        AnnotationCache.at(dir, new NlpModels.Config(true, 2)).put(d, annotation("d1"));
        assertThat(AnnotationCache.at(dir, new NlpModels.Config(false, 2)).get(d)).isEmpty();
    }

    @Test
    void aDamagedEntryIsAMissAndIsRewritten(@TempDir Path dir) throws Exception {
        AnnotationCache cache = AnnotationCache.at(dir, NlpModels.Config.defaults());
        Document d = Document.read("d1", "d1.txt", null, null, null, null, TEXT);
        Files.writeString(cache.fileFor(d), "not gzip");
        assertThat(cache.get(d)).isEmpty();
        cache.put(d, annotation("d1"));
        assertThat(cache.get(d)).contains(annotation("d1"));
    }
}
