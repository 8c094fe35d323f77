package dev.parallax.clean;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Duplicate;
import dev.parallax.corpus.Evidence;
import dev.parallax.pipeline.Progress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DuplicateStageTest {

    static final String STORY = """
            The national weather service issued a storm warning for the entire coast on Thursday, urging residents \
            to stay indoors and to avoid travel until the weekend.

            Winds of up to 120 kilometres an hour are expected overnight, with the strongest gusts along the \
            northern shore, where several ferry routes have already been cancelled.

            Schools in three districts will stay closed on Friday, the education ministry said, and hospitals have \
            postponed routine operations to keep beds free for emergencies.

            Emergency services said they had moved pumps and generators to the areas most at risk of flooding, and \
            asked people living near rivers to prepare for a possible evacuation.""";

    static final String OTHER = """
            The city library reopened its doors on Monday after a two-year renovation that added a new reading \
            room, a children's wing and a rooftop garden open to the public.

            The architects kept the original facade of the 1906 building while replacing the roof, the heating and \
            most of the windows, which had become too costly to maintain.

            Visitors queued from early morning, and the librarians handed out coffee and a map of the new floors \
            to everyone who came through the door before noon.""";

    static final String SHARED = "Emergency services said they had moved pumps and generators to the areas most at "
            + "risk of flooding, and asked people living near rivers to prepare for a possible evacuation.";

    static Document doc(String id, String date, String text) {
        return Document.read(id, id + ".txt", null, null, null, date, text);
    }

    @Test
    void findsSyndicatedCopiesAndPutsTheEarliestFirst() {
        Document original = doc("wire", "2023-03-02", STORY);
        // The copy adds a dateline and a credit line and edits one word.
        Document copy = doc("local", "2023-03-03", "LISBON (AP) —\n\n" + STORY.replace("entire coast", "whole coast")
                + "\n\nThe Associated Press contributed to this report.");
        Document unrelated = doc("library", "2023-03-01", OTHER);

        List<Duplicate> found = new DuplicateStage().find(List.of(copy, unrelated, original));

        assertThat(found).hasSize(1);
        Duplicate d = found.get(0);
        assertThat(d.kind()).isEqualTo(Duplicate.Kind.document);
        assertThat(d.similarity()).isBetween(0.8, 1.0);
        assertThat(d.evidence()).containsExactly(new Evidence("wire", 0, original.text().length()),
                new Evidence("local", 0, copy.text().length()));
    }

    @Test
    void findsAParagraphRepeatedAcrossOtherwiseDifferentArticles() {
        Document a = doc("storm", "2023-03-02", STORY);
        String quoting = OTHER + "\n\nMeanwhile, on the coast:\n\n" + SHARED.replace("had moved", "moved");
        Document b = doc("digest", "2023-03-05", quoting);

        List<Duplicate> found = new DuplicateStage().find(List.of(b, a));

        assertThat(found).hasSize(1);
        Duplicate d = found.get(0);
        assertThat(d.kind()).isEqualTo(Duplicate.Kind.paragraph);
        assertThat(d.similarity()).isBetween(0.8, 1.0);
        Evidence first = d.evidence().get(0);
        Evidence second = d.evidence().get(1);
        assertThat(first.doc()).isEqualTo("storm");
        assertThat(a.slice(first.start(), first.end())).isEqualTo(SHARED);
        assertThat(second.doc()).isEqualTo("digest");
        assertThat(b.slice(second.start(), second.end())).endsWith("prepare for a possible evacuation.");
    }

    @Test
    void copiesDoNotAlsoReportEachOthersParagraphsButAThirdArticleDoes() {
        Document wire = doc("wire", "2023-03-02", STORY);
        Document copy = doc("copy", "2023-03-03", STORY);
        Document digest = doc("digest", "2023-03-04", OTHER + "\n\n" + SHARED);

        List<Duplicate> found = new DuplicateStage().find(List.of(digest, copy, wire));

        assertThat(found).extracting(Duplicate::kind).containsExactly(Duplicate.Kind.document, Duplicate.Kind.paragraph);
        assertThat(found.get(1).evidence()).extracting(Evidence::doc).containsExactly("wire", "copy", "digest");
    }

    @Test
    void unrelatedTextsAndShortLinesAreNotDuplicates() {
        Document a = doc("a", null, STORY);
        Document b = doc("b", null, OTHER);
        Document c = doc("c", null, "Reporting by Ana Lopes.\n\n" + OTHER.substring(0, 200));
        Document d = doc("d", null, "Reporting by Ana Lopes.\n\nA different short note about the harbour.");
        assertThat(new DuplicateStage().find(List.of(a, b, d))).isEmpty();
        assertThat(new DuplicateStage().find(List.of(c, d))).isEmpty();
    }

    @Test
    void outputIsTheSameWhateverTheInputOrder() {
        List<Document> docs = new ArrayList<>(List.of(doc("wire", "2023-03-02", STORY), doc("copy", null, STORY),
                doc("digest", "2023-03-04", OTHER + "\n\n" + SHARED), doc("library", null, OTHER)));
        List<Duplicate> expected = new DuplicateStage().find(docs);
        assertThat(expected).isNotEmpty();
        Random r = new Random(7);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(docs, r);
            assertThat(new DuplicateStage().find(docs)).isEqualTo(expected);
        }
    }

    @Test
    void theStageAddsTheDuplicatesLayer() {
        Corpus c = Corpus.of(List.of(doc("wire", "2023-03-02", STORY), doc("copy", "2023-03-03", STORY)), List.of());
        Corpus out = new DuplicateStage().apply(c, Progress.NONE);
        assertThat(out.duplicates()).hasSize(1);
        assertThat(out.documents()).isEqualTo(c.documents());
    }

    @Test
    void scalesToThousandsOfDocuments() {
        Random r = new Random(42);
        String[] vocab = new String[5000];
        for (int i = 0; i < vocab.length; i++) vocab[i] = "w" + Integer.toString(i, 36);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                for (int w = 0; w < 40; w++) sb.append(vocab[r.nextInt(vocab.length)]).append(' ');
                sb.append(".\n\n");
            }
            docs.add(doc(String.format("d%04d", i), null, sb.toString()));
        }
        docs.add(doc("z-copy", null, docs.get(17).text()));
        List<Duplicate> found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new DuplicateStage().find(docs));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.evidence()).extracting(Evidence::doc)
                .containsExactly("d0017", "z-copy"));
    }
}
