package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier written for the samples validates against the published JSON Schema. */
class SchemaTest {

    @Test
    void dossierValidatesAgainstDocsSchema(@TempDir Path dir) throws Exception {
        MainTest.Run r = MainTest.run("analyze", "--quiet", "--format", "json", "-o", dir.toString(),
                AnalyzeCommandTest.samples().toString());
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        Path schemaFile = Path.of("../docs/dossier.schema.json");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(schemaFile));
        JsonNode dossier = mapper.readTree(dir.resolve("dossier.json").toFile());
        Set<ValidationMessage> problems = schema.validate(dossier);
        assertThat(problems).isEmpty();
    }
}
