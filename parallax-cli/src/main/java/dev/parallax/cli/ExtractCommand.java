package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractedArticle;
import dev.parallax.ingest.HtmlPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax extract}: the article of every input page (HTML files, WARC responses, JSON Lines with an
 * {@code html} field; folders recursively), as JSON Lines, a JSON array or plain text, in input order.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the article (metadata and body text) from web pages.",
        footer = {"", "Exit status: 0 if every input was read, 1 if some were not (they still get an output record)."})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum OutputFormat { jsonl, json, text }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "HTML (.html, .htm), WARC (.warc) or JSON Lines (.jsonl, with an \"html\" field) files, "
                    + "optionally .gz, or folders of them.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one object per page, default), json (one array) or text.")
    OutputFormat format;

    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand() {
        this(System.out, System.err);
    }

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int[] errors = {0};
        int[] records = {0};
        if (format == OutputFormat.json) w.write("[");
        new HtmlPages().read(inputs, new HtmlPages.Visitor() {
            @Override
            public void page(HtmlPages.Page page) {
                ExtractedArticle a = extractor.extract(page.html(), page.url());
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("source", page.source());
                o.put("url", a.url() != null ? a.url() : page.url());
                o.put("title", a.title());
                o.put("author", a.author());
                o.put("published", a.published());
                o.put("language", a.language());
                o.put("text", a.text());
                if (a.warning() != null) o.put("warning", a.warning());
                write(o, w, records[0]++);
            }

            @Override
            public void error(String source, String reason) {
                errors[0]++;
                err.println("parallax extract: " + source + ": " + reason);
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("source", source);
                o.put("error", reason);
                write(o, w, records[0]++);
            }
        });
        if (format == OutputFormat.json) w.write(records[0] == 0 ? "]\n" : "\n]\n");
        w.flush();
        return errors[0] == 0 ? 0 : 1;
    }

    private void write(Map<String, Object> o, Writer w, int n) {
        try {
            switch (format) {
                case jsonl -> {
                    w.write(JSON.writeValueAsString(o));
                    w.write('\n');
                }
                case json -> {
                    w.write(n == 0 ? "\n" : ",\n");
                    w.write(JSON.writeValueAsString(o));
                }
                case text -> {
                    if (n > 0) w.write("\n");
                    w.write("==> " + o.get("source") + " <==\n");
                    if (o.containsKey("error")) {
                        w.write("error: " + o.get("error") + "\n");
                        break;
                    }
                    for (String k : List.of("url", "title", "author", "published", "language", "warning")) {
                        Object v = o.get(k);
                        if (v != null) w.write(k + ": " + v + "\n");
                    }
                    w.write("\n");
                    String text = (String) o.get("text");
                    if (!text.isEmpty()) w.write(text + "\n");
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
