package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.extract.HtmlDecoding;
import dev.parallax.text.TextDecoding;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Reads the web pages held in files and folders, in order: {@code .html}/{@code .htm} files, the HTML responses of
 * WARC files and JSON Lines objects with an {@code html} field (any of them gzip-compressed). A page that cannot be
 * read is reported as an error naming it, and reading goes on.
 */
public final class HtmlPages {

    /** One page: where it came from (the path as given, a WARC record's target URI, or path:line), URL and HTML. */
    public record Page(String source, String url, String html) {}

    /** Receives pages and failures in input order. */
    public interface Visitor {
        void page(Page page);

        void error(String source, String reason);
    }

    private final int maxBytes;

    public HtmlPages() {
        this(Ingestor.DEFAULT_MAX_BYTES);
    }

    public HtmlPages(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every input in order; a folder is read recursively in name order. */
    public void read(List<String> inputs, Visitor visitor) {
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> isPageFile(p.getFileName().toString()))
                            .sorted().toList();
                } catch (IOException | RuntimeException e) {
                    visitor.error(input, "cannot list directory: " + e.getMessage());
                    continue;
                }
                for (Path f : files) readFile(f, f.toString(), visitor);
            } else if (!Files.exists(path)) {
                visitor.error(input, "no such file or directory");
            } else {
                readFile(path, input, visitor);
            }
        }
    }

    /** Whether a file name is one this class reads (HTML, WARC or JSON Lines, optionally .gz). */
    public static boolean isPageFile(String name) {
        Format f = Format.of(name);
        return f == Format.HTML || f == Format.WARC || f == Format.JSONL;
    }

    /** Reads one file, whatever page container it is. */
    public void readFile(Path path, String shown, Visitor visitor) {
        Format format = Format.of(path.getFileName().toString());
        if (format == null || format == Format.TEXT) {
            visitor.error(shown, "unsupported file type (expected .html, .htm, .warc, .jsonl, optionally .gz)");
            return;
        }
        try {
            switch (format) {
                case HTML -> readHtml(path, shown, visitor);
                case WARC -> readWarc(path, shown, visitor);
                case JSONL -> readJsonLines(path, shown, visitor);
                default -> throw new IllegalStateException();
            }
        } catch (Ingestor.TooLargeException e) {
            visitor.error(shown, e.getMessage());
        } catch (EOFException e) {
            visitor.error(shown, "truncated file (unexpected end of data)");
        } catch (ZipException e) {
            visitor.error(shown, "corrupt gzip data: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            visitor.error(shown, "cannot read: " + e);
        }
    }

    private void readHtml(Path path, String shown, Visitor visitor) throws IOException {
        byte[] bytes = Ingestor.readAll(path, maxBytes);
        try {
            visitor.page(new Page(shown, null, HtmlDecoding.decode(bytes, null)));
        } catch (TextDecoding.NotTextException e) {
            visitor.error(shown, e.getMessage());
        }
    }

    /** Every {@code response} record with an HTML payload; a broken record ends the file with an error. */
    void readWarc(Path path, String shown, Visitor visitor) throws IOException {
        int index = 0;
        int pages = 0;
        // jwarc detects gzip members itself, so the raw file stream is given, not Ingestor.open().
        try (InputStream raw = Files.newInputStream(path); WarcReader reader = new WarcReader(raw)) {
            reader.setLenient(true);
            while (true) {
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    visitor.error(shown + "#" + (index + 1), "unreadable WARC record (" + describe(e) + "); rest of file skipped");
                    break;
                }
                if (record == null) break;
                index++;
                if (!(record instanceof WarcResponse response)) continue;
                String target = response.target();
                try {
                    HttpResponse http = response.http();
                    MediaType type = http.contentType();
                    if (!isHtml(type)) continue;
                    byte[] body = Ingestor.readAll(http.bodyDecoded().stream(), maxBytes);
                    String html = HtmlDecoding.decode(body, type.parameters().get("charset"));
                    visitor.page(new Page(target, target, html));
                    pages++;
                } catch (TextDecoding.NotTextException e) {
                    visitor.error(target, e.getMessage());
                } catch (IOException | RuntimeException e) {
                    visitor.error(target, "unreadable HTTP response (" + describe(e) + ")");
                }
            }
        }
        if (index == 0) visitor.error(shown, "no WARC records found");
        else if (pages == 0) visitor.error(shown, "no HTML response records among " + index + " WARC records");
    }

    private void readJsonLines(Path path, String shown, Visitor visitor) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Ingestor.open(path), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                String where = shown + ":" + lineNo;
                if (line.length() > maxBytes) {
                    visitor.error(where, "line too long");
                    continue;
                }
                JsonNode node;
                try {
                    node = Ingestor.json().readTree(line);
                } catch (JsonProcessingException e) {
                    visitor.error(where, "malformed JSON: " + e.getOriginalMessage());
                    continue;
                }
                JsonNode html = node == null ? null : node.get("html");
                if (html == null || !html.isTextual()) {
                    visitor.error(where, "no \"html\" field");
                    continue;
                }
                JsonNode url = node.get("url");
                visitor.page(new Page(where, url != null && url.isTextual() ? url.textValue() : null, html.textValue()));
            }
        }
    }

    static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
