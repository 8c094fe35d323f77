package dev.parallax.ingest;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.InputError;
import dev.parallax.corpus.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlIngestTest {

    @TempDir
    Path dir;

    static String page(String title, String author, String date, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>%s | Example News</title><meta property="og:site_name" content="Example News">
                <meta name="author" content="%s"><meta property="article:published_time" content="%s">
                </head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
                <article><h1>%s</h1>%s</article>
                <footer>© Example News. All rights reserved. Contact us at the newsroom any time of day.</footer>
                </body></html>""".formatted(title, author, date, title, body);
    }

    static final String P1 = "Rescue teams reached the village on Monday morning, two days after the landslide cut "
            + "the only road, and began moving families to a school in the valley.";
    static final String P2 = "Officials said about 300 people had been evacuated so far, and that more rain was "
            + "expected later in the week, which could delay the repair of the road.";
    static final String P3 = "The regional government has promised emergency funds to rebuild the homes that were "
            + "destroyed, though residents say help has been slow to arrive.";

    @Test
    void htmlTitlesAuthorsAndStatedDatesFlowIntoDocuments() throws IOException {
        Path f = dir.resolve("landslide.html");
        Files.writeString(f, page("Landslide cuts off village", "Maria Rossi", "2023-10-02T08:00:00Z", P1, P2, P3));
        Corpus c = new Ingestor().read(List.of(f));

        assertThat(c.errors()).isEmpty();
        Document d = c.documents().get(0);
        assertThat(d.id()).isEqualTo("landslide");
        assertThat(d.title()).isEqualTo("Landslide cuts off village");
        assertThat(d.author()).isEqualTo("Maria Rossi");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.published().value()).isEqualTo("2023-10-02");
        assertThat(d.published().basis()).isEqualTo(PublicationDate.Basis.given);
        assertThat(d.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void binaryDataNamedHtmlIsRejectedWithAClearError() throws IOException {
        Path bin = dir.resolve("photo.html");
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        for (int i = 4; i < png.length; i++) png[i] = (byte) (i * 31);
        Files.write(bin, png);
        Path good = dir.resolve("good.html");
        Files.writeString(good, page("Good page", "A. Writer", "2023-01-01", P1, P2));

        Corpus c = new Ingestor().read(List.of(bin, good));

        assertThat(c.documents()).extracting(Document::id).containsExactly("good");
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(bin.toString());
            assertThat(e.reason()).contains("binary data");
        });
    }

    @Test
    void warcResponsesWithHtmlBecomeDocumentsEndToEnd() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path warc = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            writeWarc(warc, compression);

            Corpus c = new Ingestor().read(List.of(warc));

            assertThat(c.errors()).as(compression.name()).isEmpty();
            assertThat(c.documents()).as(compression.name()).hasSize(2);
            Document a = c.documents().get(0);
            assertThat(a.id()).isEqualTo("crawl-1");
            assertThat(a.source()).isEqualTo("https://news.example.com/landslide");
            assertThat(a.url()).isEqualTo("https://news.example.com/landslide");
            assertThat(a.title()).isEqualTo("Landslide cuts off village");
            assertThat(a.author()).isEqualTo("Maria Rossi");
            assertThat(a.published()).isEqualTo(PublicationDate.given("2023-10-02"));
            assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
            Document b = c.documents().get(1);
            assertThat(b.source()).isEqualTo("https://news.example.com/funds");
            // Declared ISO-8859-1 in the HTTP header: the accented name survives decoding.
            assertThat(b.author()).isEqualTo("José Núñez");
            assertThat(b.text()).isEqualTo(P3 + "\n\n" + P2);
        }
    }

    @Test
    void aTruncatedWarcGzReportsAnErrorAndTheRunGoesOn() throws IOException {
        Path warc = dir.resolve("big.warc.gz");
        writeWarc(warc, WarcCompression.GZIP);
        byte[] all = Files.readAllBytes(warc);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(all, all.length - 200));
        Path other = dir.resolve("other.html");
        Files.writeString(other, page("Other story", "B. Writer", "2023-02-02", P1, P3));

        Corpus c = new Ingestor().read(List.of(cut, other));

        assertThat(c.documents()).extracting(Document::source)
                .contains("https://news.example.com/landslide", other.toString());
        assertThat(c.errors()).isNotEmpty();
        assertThat(c.errors()).extracting(InputError::reason).anySatisfy(r -> assertThat(r).containsAnyOf(
                "unreadable", "truncated", "corrupt"));
    }

    @Test
    void htmlPagesReadsFilesWarcsAndJsonLinesInOrder() throws IOException {
        Path html = dir.resolve("a.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html))) {
            out.write(page("Gzipped page", "C. Writer", "2023-03-03", P1, P2).getBytes(StandardCharsets.UTF_8));
        }
        Path warc = dir.resolve("b.warc.gz");
        writeWarc(warc, WarcCompression.GZIP);
        Path jsonl = dir.resolve("c.jsonl");
        Files.writeString(jsonl, "{\"url\":\"https://x.example/1\",\"html\":\"<p>Hello</p>\"}\n"
                + "not json\n{\"text\":\"no html here\"}\n");
        Path missing = dir.resolve("nope.html");

        List<String> seen = new ArrayList<>();
        new HtmlPages().read(List.of(html.toString(), warc.toString(), jsonl.toString(), missing.toString()),
                new HtmlPages.Visitor() {
                    @Override
                    public void page(HtmlPages.Page page) {
                        seen.add("page " + page.source() + " " + page.url());
                    }

                    @Override
                    public void error(String source, String reason) {
                        seen.add("error " + source + " " + reason);
                    }
                });

        assertThat(seen).containsExactly(
                "page " + html + " null",
                "page https://news.example.com/landslide https://news.example.com/landslide",
                "page https://news.example.com/funds https://news.example.com/funds",
                "page " + jsonl + ":1 https://x.example/1",
                "error " + jsonl + ":2 malformed JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "error " + jsonl + ":3 no \"html\" field",
                "error " + missing + " no such file or directory");
    }

    /** Two HTML responses (UTF-8 and ISO-8859-1), an image response and a resource record. */
    static void writeWarc(Path path, WarcCompression compression) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(response("https://news.example.com/landslide", "text/html; charset=utf-8",
                    page("Landslide cuts off village", "Maria Rossi", "2023-10-02", P1, P2)
                            .getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.com/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
            w.write(new WarcResource.Builder(URI.create("urn:x-note:1"))
                    .body(MediaType.parse("text/plain"), "a note".getBytes(StandardCharsets.UTF_8)).build());
            w.write(response("https://news.example.com/funds", "text/html; charset=ISO-8859-1",
                    page("Funds promised", "José Núñez", "2023-10-03", P3, P2).getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }
}
