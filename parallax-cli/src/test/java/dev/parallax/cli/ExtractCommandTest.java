package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    static final String P1 = "The ferry company said on Sunday that it would resume sailings to the island next week, "
            + "after engineers finished repairs to the pier that was damaged in the storm.";
    static final String P2 = "Islanders have relied on a small fishing boat for supplies since the end of January, "
            + "and the local shop said it had run out of fresh milk twice this month.";

    static String page(String title, String date) {
        return "<html lang=\"en\"><head><title>" + title + " - Island Times</title>"
                + "<meta property=\"og:site_name\" content=\"Island Times\">"
                + "<meta name=\"author\" content=\"Sam Jones\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "\"></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    }

    /** Runs the command; returns stdout, and stderr in {@code err}. */
    private String run(List<String> err, int[] exit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = new CommandLine(new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8))).execute(args);
        if (exit != null) exit[0] = code;
        String e = errBytes.toString(StandardCharsets.UTF_8);
        if (err != null && !e.isEmpty()) err.addAll(List.of(e.split("\n")));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneJsonObjectPerPageInInputOrderWithErrorsInPlace() throws IOException {
        Path a = dir.resolve("a.html");
        Files.writeString(a, page("Ferry to resume", "2024-02-11T10:00:00Z"));
        Path b = dir.resolve("b.htm.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(b))) {
            o.write(page("Milk runs out", "2024-02-12").getBytes(StandardCharsets.UTF_8));
        }
        Path bin = dir.resolve("c.html");
        Files.write(bin, new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        Path folder = dir.resolve("more");
        Files.createDirectories(folder.resolve("deeper"));
        Files.writeString(folder.resolve("deeper").resolve("z.html"), page("Deep page", "2024-02-13"));
        Files.writeString(folder.resolve("notes.txt"), "not a page");
        Path warc = dir.resolve("crawl.warc.gz");
        writeWarc(warc);

        List<String> err = new ArrayList<>();
        int[] exit = new int[1];
        String out = run(err, exit, b.toString(), a.toString(), bin.toString(), folder.toString(), warc.toString(),
                dir.resolve("missing.html").toString());

        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.split("\n")) lines.add(json.readTree(line));
        assertThat(lines).extracting(n -> n.get("source").asText()).containsExactly(b.toString(), a.toString(),
                bin.toString(), folder.resolve("deeper").resolve("z.html").toString(), "https://islandtimes.example/ferry",
                dir.resolve("missing.html").toString());

        JsonNode first = lines.get(0);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) fields.add(it.next());
        assertThat(fields).containsExactly("source", "url", "title", "author", "published", "language", "text");
        assertThat(first.get("title").asText()).isEqualTo("Milk runs out");
        assertThat(first.get("author").asText()).isEqualTo("Sam Jones");
        assertThat(first.get("published").asText()).isEqualTo("2024-02-12");
        assertThat(first.get("language").asText()).isEqualTo("en");
        assertThat(first.get("url").isNull()).isTrue();
        assertThat(first.get("text").asText()).isEqualTo(P1 + "\n\n" + P2);

        assertThat(lines.get(2).get("error").asText()).contains("binary data");
        assertThat(lines.get(2).has("text")).isFalse();
        assertThat(lines.get(4).get("url").asText()).isEqualTo("https://islandtimes.example/ferry");
        assertThat(lines.get(4).get("title").asText()).isEqualTo("Ferry to resume");
        assertThat(lines.get(5).get("error").asText()).isEqualTo("no such file or directory");

        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("parallax extract: " + bin + ": binary data");
        assertThat(exit[0]).isEqualTo(1);
    }

    @Test
    void aPageWithoutAnArticleGetsAWarningAndEmptyText() throws IOException {
        Path empty = dir.resolve("menu.html");
        Files.writeString(empty, "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>");
        int[] exit = new int[1];
        JsonNode n = new ObjectMapper().readTree(run(null, exit, empty.toString()));
        assertThat(n.get("text").asText()).isEmpty();
        assertThat(n.get("warning").asText()).isNotBlank();
        assertThat(exit[0]).isZero();
    }

    @Test
    void outputIsDeterministicAndOtherFormatsWork() throws IOException {
        Path a = dir.resolve("a.html");
        Files.writeString(a, page("Ferry to resume", "2024-02-11"));
        String first = run(null, null, a.toString(), a.toString());
        assertThat(run(null, null, a.toString(), a.toString())).isEqualTo(first);

        JsonNode array = new ObjectMapper().readTree(run(null, null, "--format", "json", a.toString(), a.toString()));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        Path none = Files.createDirectories(dir.resolve("empty"));
        assertThat(run(null, null, "--format", "json", none.toString())).isEqualTo("[]\n");

        String text = run(null, null, "--format", "text", a.toString());
        assertThat(text).startsWith("==> " + a + " <==\n").contains("title: Ferry to resume\n").endsWith(P2 + "\n");
    }

    static void writeWarc(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"),
                            page("Ferry to resume", "2024-02-11").getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://islandtimes.example/ferry")).body(http).build());
        }
    }
}
