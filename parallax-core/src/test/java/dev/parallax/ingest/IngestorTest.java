package dev.parallax.ingest;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.InputError;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void readsTextWithHeadlineAsTitleAndIdFromFileName() throws IOException {
        write("news/000_abc.txt", "Harbour talks end without a deal\nNegotiators left the table on Tuesday.\n");
        Corpus c = new Ingestor().read(List.of(dir));
        assertThat(c.documents()).hasSize(1);
        Document d = c.documents().get(0);
        assertThat(d.id()).isEqualTo("000_abc");
        assertThat(d.title()).isEqualTo("Harbour talks end without a deal");
        assertThat(d.published().basis()).isEqualTo(PublicationDate.Basis.unknown);
    }

    @Test
    void aLongFirstSentenceIsNotATitleButABreadcrumbTrailIsStripped() throws IOException {
        write("a.txt", "Negotiators from the two port cities left the table on Tuesday without agreeing on a budget.\nMore.");
        write("b.txt", "Home » World » Harbour talks end without a deal\nNegotiators left.");
        write("c.txt", "Home » Politics » Economy\nNegotiators left.");
        Corpus c = new Ingestor().read(List.of(dir));
        assertThat(c.document("a").orElseThrow().title()).isNull();
        assertThat(c.document("b").orElseThrow().title()).isEqualTo("Harbour talks end without a deal");
        assertThat(c.document("c").orElseThrow().title()).as("a trail ending in a section name").isNull();
    }

    @Test
    void aMastheadAndSectionLabelAboveTheHeadlineAreSkipped() throws IOException {
        write("m1.txt", "THE HARBOUR LEDGER\nPorts & Shipping\nDock workers end strike after pay deal\nBy A. Writer\n"
                + "Dock workers returned to the cranes on Monday.\n");
        write("m2.txt", "THE LEDGER | Shipping news, without the noise\nDock workers end strike after pay deal\n"
                + "Dock workers returned to the cranes on Monday.\n");
        write("m3.txt", "DOCK WORKERS END STRIKE AFTER LONG PAY FIGHT\nDock workers returned to the cranes on Monday.\n");
        write("m4.txt", "THE HARBOUR LEDGER\nTuesday, 9th July 2024\nDock workers end strike after pay deal\nBy A. Writer\n"
                + "Dock workers returned to the cranes on Monday.\n");
        write("m5.txt", "Harbour Review\nHome > Ports > Shipping\nDock workers end strike after pay deal\n"
                + "Dock workers returned to the cranes on Monday.\n");
        write("m6.txt", "Harbour Review\nHome / Ports / Shipping\nFriday 9 December 2022 — 07:10 (CST)\n"
                + "Dock workers end strike after pay deal\nDock workers returned to the cranes on Monday.\n");
        Corpus c = new Ingestor().read(List.of(dir));
        assertThat(c.document("m1").orElseThrow().title()).isEqualTo("Dock workers end strike after pay deal");
        assertThat(c.document("m2").orElseThrow().title()).isEqualTo("Dock workers end strike after pay deal");
        assertThat(c.document("m3").orElseThrow().title()).as("a headline in capitals over the body")
                .isEqualTo("DOCK WORKERS END STRIKE AFTER LONG PAY FIGHT");
        assertThat(c.document("m4").orElseThrow().title()).as("the date line under the masthead is no headline")
                .isEqualTo("Dock workers end strike after pay deal");
        assertThat(c.document("m5").orElseThrow().title()).as("an outlet's name in title case over a section path")
                .isEqualTo("Dock workers end strike after pay deal");
        assertThat(c.document("m6").orElseThrow().title()).as("a date line under the section path")
                .isEqualTo("Dock workers end strike after pay deal");
    }

    @Test
    void readsJsonLinesWithGivenDatesAndReportsBadLinesByLineNumber() throws IOException {
        write("feed.jsonl", String.join("\n",
                "{\"id\":\"x1\",\"url\":\"https://example.org/a\",\"title\":\"A\",\"published\":\"2024-05-02T10:00:00Z\",\"text\":\"First article text.\"}",
                "{not json",
                "",
                "{\"id\":\"x2\",\"title\":\"B\",\"html\":\"<html><body><article><p>Second article body, long enough to be an article paragraph.</p></article></body></html>\"}",
                "{\"id\":\"x3\"}"));
        Corpus c = new Ingestor().read(List.of(dir));
        assertThat(c.documents()).extracting(Document::id).containsExactly("x1", "x2");
        assertThat(c.document("x1").orElseThrow().published().value()).isEqualTo("2024-05-02");
        assertThat(c.document("x1").orElseThrow().published().basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(c.document("x2").orElseThrow().text()).contains("Second article body");
        assertThat(c.errors()).extracting(InputError::source).anyMatch(s -> s.endsWith("feed.jsonl:2"));
        assertThat(c.errors()).extracting(InputError::source).anyMatch(s -> s.endsWith("feed.jsonl:5"));
        assertThat(c.errors()).extracting(InputError::reason).anyMatch(r -> r.startsWith("malformed JSON"));
    }

    @Test
    void readsGzipTransparently() throws IOException {
        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("A compressed story about the harbour.".getBytes(StandardCharsets.UTF_8));
        }
        Corpus c = new Ingestor().read(List.of(gz));
        assertThat(c.documents()).extracting(Document::id).containsExactly("story");
    }

    @Test
    void badInputsBecomeErrorsNamingTheFileAndTheRestIsRead() throws IOException {
        write("good.txt", "The harbour reopened on Monday after repairs.");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00});
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'o', 'k'});
        write("empty.txt", "   \n\n");
        Files.write(dir.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x01});
        Path pdf = Files.writeString(Files.createTempFile("notes", ".pdf"), "%PDF-1.4");
        Corpus c = new Ingestor().read(List.of(dir, dir.resolve("missing.txt"), pdf));
        assertThat(c.documents()).extracting(Document::id).containsExactly("good");
        assertThat(c.errors()).hasSize(6);
        assertThat(c.errors()).anySatisfy(e -> {
            assertThat(e.source()).endsWith("binary.txt");
            assertThat(e.reason()).contains("binary");
        });
        assertThat(c.errors()).anySatisfy(e -> {
            assertThat(e.source()).endsWith("latin1.txt");
            assertThat(e.reason()).contains("invalid UTF-8 at byte 3");
        });
        assertThat(c.errors()).anySatisfy(e -> assertThat(e.reason()).startsWith("empty"));
        assertThat(c.errors()).anySatisfy(e -> assertThat(e.source()).endsWith("broken.txt.gz"));
        assertThat(c.errors()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("no such file or directory"));
        assertThat(c.errors()).anySatisfy(e -> assertThat(e.reason()).startsWith("unsupported file type"));
    }

    @Test
    void tooLargeInputsAreRefused() throws IOException {
        write("big.txt", "x".repeat(5000));
        Corpus c = new Ingestor(new dev.parallax.extract.ArticleExtractor(), 1000).read(List.of(dir));
        assertThat(c.documents()).isEmpty();
        assertThat(c.errors()).singleElement().satisfies(e -> assertThat(e.reason()).startsWith("too large"));
    }

    @Test
    void duplicateIdsAreMadeUniqueInAStableWay() throws IOException {
        write("a/story.txt", "First story about the port.");
        write("b/story.txt", "Second story about the port.");
        Corpus c = new Ingestor().read(List.of(dir));
        assertThat(c.documents()).extracting(Document::id).containsExactly("story", "story-2");
        assertThat(c.document("story").orElseThrow().source()).contains("a/story.txt");
    }
}
