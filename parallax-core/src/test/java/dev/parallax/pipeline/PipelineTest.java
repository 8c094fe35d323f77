package dev.parallax.pipeline;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

    /** A stage that records that it ran. */
    private record Marking(String name, List<String> ran) implements Stage {
        @Override
        public Corpus apply(Corpus corpus, Progress progress) {
            ran.add(name);
            return corpus;
        }
    }

    @Test
    void aFailingStageIsReportedAndTheStagesAfterItStillRun() {
        List<String> ran = new ArrayList<>();
        Stage failing = new Stage() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Corpus apply(Corpus corpus, Progress progress) {
                throw new IllegalStateException("no luck");
            }
        };
        Corpus in = Corpus.of(List.of(Document.read("a", "a.txt", null, null, null, null, "Some text.")), List.of());
        Corpus out = Pipeline.of(new Marking("first", ran), failing, new Marking("last", ran)).run(in);
        assertThat(ran).containsExactly("first", "last");
        assertThat(out.documents()).hasSize(1);
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("stage broken");
            assertThat(e.reason()).contains("IllegalStateException").contains("no luck");
        });
    }
}
