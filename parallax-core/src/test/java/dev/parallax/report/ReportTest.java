package dev.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.EntityMention;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.InputError;
import dev.parallax.corpus.Quote;
import dev.parallax.corpus.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static Corpus corpus() {
        String text = "Mayor <b>Ana Reyes</b> said the port would reopen. \"We are ready,\" she said.";
        Document d = Document.read("d1", "d1.txt", null, "Port & harbour", null, "2024-03-01", text);
        Entity e = new Entity("person:ana-reyes", "Ana Reyes", "PERSON", List.of("Ana Reyes"), List.of(), List.of("Mayor"),
                List.of(new EntityMention("d1", 9, 21, text.substring(9, 21), EntityMention.Kind.name)), 1.0, null);
        int qs = text.indexOf("We are");
        Quote q = new Quote("q1", "d1", qs, qs + 12, "We are ready", Quote.Kind.direct, e.id(), "she", null, null, "said");
        Claim c = new Claim("c1", text.substring(0, 50), text.substring(0, 50), null, List.of(e.id()), List.of(new Evidence("d1", 0, 50)), List.of(),
                List.of(), Claim.Status.single_source);
        Claim figure = new Claim("c2", text.substring(0, 50), text.substring(0, 50), "12 berths", List.of(e.id()),
                List.of(new Evidence("d1", 0, 50)), List.of(), List.of(), Claim.Status.single_source);
        return Corpus.of(List.of(d), List.of(new InputError("bad.txt", "binary data")))
                .withEntities(List.of(e)).withQuotes(List.of(q)).withClaims(List.of(c, figure))
                .withSummary(List.of(new SummarySentence(text.substring(0, 50), List.of(new Evidence("d1", 0, 50)))));
    }

    @Test
    void dossierJsonFollowsTheSchemaAndIsDeterministic() throws Exception {
        byte[] a = DossierJson.bytes(corpus());
        byte[] b = DossierJson.bytes(corpus());
        assertThat(a).isEqualTo(b);
        JsonNode root = new ObjectMapper().readTree(a);
        assertThat(root.get("schema").asText()).isEqualTo("parallax.dossier/1");
        for (String field : List.of("documents", "entities", "temporal", "quotes", "timeline", "claims", "sources",
                "summary", "errors", "duplicates")) {
            assertThat(root.get(field).isArray()).as(field).isTrue();
        }
        JsonNode doc = root.get("documents").get(0);
        assertThat(doc.get("published").get("value").asText()).isEqualTo("2024-03-01");
        assertThat(doc.get("published").get("basis").asText()).isEqualTo("given");
        JsonNode mention = root.get("entities").get(0).get("mentions").get(0);
        String text = doc.get("text").asText();
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo(mention.get("text").asText());
        assertThat(root.get("errors").get(0).get("source").asText()).isEqualTo("bad.txt");
        assertThat(root.get("summary").get(0).get("evidence").get(0).get("doc").asText()).isEqualTo("d1");
    }

    @Test
    void htmlReportIsSelfContainedAndEscapesArticleText(@TempDir Path dir) throws Exception {
        Reports.write(corpus(), dir, EnumSet.allOf(Reports.Format.class));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("&lt;b&gt;Ana Reyes&lt;/b&gt;").doesNotContain("<b>Ana Reyes</b>");
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("# Parallax dossier").contains("## Summary").contains("Ana Reyes").contains("bad.txt: binary data");
        assertThat(dir.resolve("dossier.json")).exists();
        // Two claims of one sentence are told apart in the comparison matrix by the figure one of them is about.
        assertThat(md).contains("| c2 [12 berths]: Mayor").contains("| c1: Mayor");
    }
}
