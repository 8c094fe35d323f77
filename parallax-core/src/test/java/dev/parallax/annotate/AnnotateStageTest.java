package dev.parallax.annotate;

import dev.parallax.Models;
import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.NerMention;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotateStageTest {

    private static final String TEXT = "Harbour talks resume\n\n"
            + "Mayor Ana Reyes met the port authority in Valparaíso on Tuesday, March 5, 2024. "
            + "She said the new terminal would open next year.\n\n"
            + "“We are ready,” Reyes told the Coastal Times.";

    @Test
    void annotatesSentencesTokensEntitiesTimeAndQuotesWithExactOffsets() {
        Document d = Document.read("d", "d.txt", null, null, null, null, TEXT);
        AnnotatedText at = new AnnotateStage(Models.nlp()).annotate(d);
        assertThat(at.sentences()).hasSize(4);
        assertThat(TEXT.substring(at.sentences().get(0).start(), at.sentences().get(0).end())).isEqualTo("Harbour talks resume");
        for (Token t : at.tokens()) assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
        for (Sentence s : at.sentences()) {
            for (Token t : at.tokensOf(s)) assertThat(t.sentence()).isEqualTo(s.index());
        }
        assertThat(at.mentions()).extracting(NerMention::text).contains("Ana Reyes", "Valparaíso");
        assertThat(at.mentions()).filteredOn(m -> m.text().equals("Ana Reyes")).singleElement()
                .extracting(NerMention::type).isEqualTo("PERSON");
        assertThat(at.timexes()).anySatisfy(t -> {
            assertThat(t.text()).contains("March 5, 2024");
            assertThat(t.value()).isEqualTo("2024-03-05");
        });
        assertThat(at.quoteSpans()).singleElement().satisfies(q -> assertThat(q.text()).contains("We are ready"));
        assertThat(at.tokens()).anySatisfy(t -> assertThat(t.deprel()).isEqualTo("nsubj"));
    }

    @Test
    void longTextsAreAnnotatedInParagraphChunksWithDocumentOffsets() {
        String para = "The council approved the harbour budget after a long debate on Monday evening.";
        String text = String.join("\n\n", java.util.Collections.nCopies(400, para));
        assertThat(AnnotateStage.chunks(text, AnnotateStage.MAX_CHUNK_CHARS)).hasSizeGreaterThan(1)
                .allSatisfy(c -> assertThat(c[1] - c[0]).isLessThanOrEqualTo(AnnotateStage.MAX_CHUNK_CHARS));
        AnnotatedText at = new AnnotateStage(Models.nlp()).annotate(Document.read("d", "d", null, null, null, null, text));
        assertThat(at.sentences()).hasSize(400);
        Sentence last = at.sentences().get(399);
        assertThat(text.substring(last.start(), last.end())).isEqualTo(para);
    }
}
