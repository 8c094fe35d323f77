package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyze command over the project's sample corpus plus a bad file: outputs, exit code, determinism. */
class AnalyzeCommandTest {

    static Path samples() {
        String prop = System.getProperty("parallax.samples");
        Path p = prop != null ? Path.of(prop) : Path.of("../samples");
        assertThat(p).as("samples folder").isDirectory();
        return p;
    }

    @Test
    void writesTheDossierAndReportsAndGoesOnPastABadFile(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("broken.html"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        Path out1 = dir.resolve("one"), out2 = dir.resolve("two");
        MainTest.Run r = MainTest.run("analyze", "--quiet", "-o", out1.toString(), samples().toString(), bad.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.PARTIAL);
        assertThat(r.err()).contains("broken.html");
        for (String f : new String[] {"dossier.json", "report.md", "report.html"}) assertThat(out1.resolve(f)).isNotEmptyFile();

        JsonNode root = new ObjectMapper().readTree(out1.resolve("dossier.json").toFile());
        assertThat(root.get("schema").asText()).isEqualTo("parallax.dossier/1");
        assertThat(root.get("documents").size()).isGreaterThanOrEqualTo(4);
        assertThat(root.get("errors").get(0).get("source").asText()).endsWith("broken.html");
        assertThat(root.get("entities").size()).isGreaterThan(5);
        assertThat(root.get("summary").size()).isGreaterThan(0);
        for (JsonNode d : root.get("documents")) {
            String text = d.get("text").asText();
            for (JsonNode e : root.get("entities")) {
                for (JsonNode m : e.get("mentions")) {
                    if (!m.get("doc").asText().equals(d.get("id").asText())) continue;
                    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
                }
            }
        }

        MainTest.Run again = MainTest.run("analyze", "--quiet", "-o", out2.toString(), samples().toString(), bad.toString());
        assertThat(again.code()).isEqualTo(Main.PARTIAL);
        assertThat(Files.readAllBytes(out2.resolve("dossier.json"))).isEqualTo(Files.readAllBytes(out1.resolve("dossier.json")));
        assertThat(Files.readString(out2.resolve("report.html"))).isEqualTo(Files.readString(out1.resolve("report.html")));
    }

    @Test
    void formatsCanBeChosen(@TempDir Path dir) {
        MainTest.Run r = MainTest.run("analyze", "--quiet", "--format", "md", "-o", dir.toString(), samples().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("report.md")).exists();
        assertThat(dir.resolve("dossier.json")).doesNotExist();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void viewsPrintTables() {
        MainTest.Run r = MainTest.run("entities", "--quiet", samples().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("NAME").contains("PERSON");
        assertThat(MainTest.run("timeline", "--quiet", samples().toString()).out()).startsWith("DATE");
        assertThat(MainTest.run("quotes", "--quiet", samples().toString()).out()).startsWith("DOC");
        assertThat(MainTest.run("claims", "--quiet", samples().toString()).out()).startsWith("ID");
        assertThat(MainTest.run("compare", "--quiet", samples().toString()).out()).contains("outlet:");
    }
}
