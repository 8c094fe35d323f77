package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BenchExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresParallaxAndBoilerpipeOnAPageSet() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("html"));
        Files.writeString(pages.resolve("one.html"), ExtractCommandTest.page("Ferry to resume", "2024-02-11"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(pages.resolve("two.html.gz")))) {
            o.write(ExtractCommandTest.page("Milk runs out", "2024-02-12").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(pages.resolve("three.html"), "<html><body><p>No truth for this one.</p></body></html>");
        Path truth = dir.resolve("truth.json");
        String body = (ExtractCommandTest.P1 + "\\n\\n" + ExtractCommandTest.P2).replace("\"", "\\\"");
        Files.writeString(truth, "{\"one\": {\"articleBody\": \"" + body + "\"}, \"two\": {\"articleBody\": \""
                + ExtractCommandTest.P1 + "\"}, \"absent\": {\"articleBody\": \"x\"}}");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new BenchExtractCommand()).execute("--pages", pages.toString(), "--truth",
                    truth.toString(), "--rounds", "1", "--worst", "2");
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);

        assertThat(code).isZero();
        assertThat(out).startsWith("2 pages\n");
        assertThat(out).contains("extractor    precision    recall        F1  accuracy   pages/s cpu pages/s");
        assertThat(out).containsPattern("speed vs boilerpipe: \\d+\\.\\d{2}x wall clock, \\d+\\.\\d{2}x thread CPU time");
        // Page one is extracted exactly; page two's truth is only the first paragraph: precision 0.5ish, recall 1.
        assertThat(out).containsPattern("parallax +0\\.\\d{3} +1\\.000 +0\\.\\d{3} +0\\.500 +\\d+\\.\\d");
        assertThat(out).containsPattern("boilerpipe +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3} +\\d+\\.\\d");
        assertThat(out).contains("worst pages (parallax):\n  two  F1 ");
    }
}
