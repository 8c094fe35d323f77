package dev.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.InputError;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractedArticle;
import dev.parallax.extract.HtmlDecoding;
import dev.parallax.pipeline.Progress;
import dev.parallax.text.TextDecoding;
import dev.parallax.time.GivenDates;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from files and folders (text, HTML, JSON Lines, WARC; any of them gzip-compressed) into a
 * corpus. An input that cannot be read becomes an {@link InputError} naming it; the others are still read.
 */
public final class Ingestor {

    /** Largest decompressed single article (or JSONL line, or WARC payload) accepted. */
    public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleExtractor extractor;
    private final int maxBytes;

    public Ingestor() {
        this(new ArticleExtractor(), DEFAULT_MAX_BYTES);
    }

    public Ingestor(ArticleExtractor extractor, int maxBytes) {
        this.extractor = extractor;
        this.maxBytes = maxBytes;
    }

    /** Where read articles and failures go. */
    interface Sink {
        void article(Document document);

        void error(String source, String reason);
    }

    /** Reads every supported file under the given paths. */
    public Corpus read(List<Path> paths, Progress progress) {
        List<Document> docs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) files.addAll(expand(p, errors));
        progress.stageStarted("read", files.size());
        Sink sink = new Sink() {
            @Override
            public void article(Document document) {
                docs.add(document);
            }

            @Override
            public void error(String source, String reason) {
                errors.add(new InputError(source, reason));
            }
        };
        for (SourceFile f : files) {
            readFile(f, sink);
            progress.step("read");
        }
        return Corpus.of(uniqueIds(docs), errors);
    }

    public Corpus read(List<Path> paths) {
        return read(paths, Progress.NONE);
    }

    /** A file to read, with the name it is reported under. */
    record SourceFile(Path path, String name, Format format) {}

    static List<SourceFile> expand(Path path, List<InputError> errors) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            errors.add(new InputError(shown, "no such file or directory"));
            return List.of();
        }
        if (Files.isDirectory(path)) {
            List<SourceFile> out = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(p -> {
                            Format f = Format.of(p.getFileName().toString());
                            if (f != null) out.add(new SourceFile(p, p.toString(), f));
                        });
            } catch (IOException | RuntimeException e) {
                errors.add(new InputError(shown, "cannot list directory: " + e.getMessage()));
            }
            return out;
        }
        Format f = Format.of(path.getFileName().toString());
        if (f == null) {
            errors.add(new InputError(shown, "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc, optionally .gz)"));
            return List.of();
        }
        return List.of(new SourceFile(path, shown, f));
    }

    private void readFile(SourceFile f, Sink sink) {
        try {
            switch (f.format()) {
                case TEXT -> readText(f, sink);
                case HTML -> readHtml(f, sink);
                case JSONL -> new JsonLinesReader(this, maxBytes).read(f, sink);
                case WARC -> new WarcReader(this, maxBytes).read(f, sink);
            }
        } catch (TooLargeException e) {
            sink.error(f.name(), e.getMessage());
        } catch (EOFException e) {
            sink.error(f.name(), "truncated file (unexpected end of data)");
        } catch (ZipException e) {
            sink.error(f.name(), "corrupt gzip data: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            sink.error(f.name(), "cannot read: " + e);
        }
    }

    private void readText(SourceFile f, Sink sink) throws IOException {
        byte[] bytes = readAll(f.path(), maxBytes);
        String text;
        try {
            text = TextDecoding.utf8(bytes);
        } catch (TextDecoding.NotTextException e) {
            sink.error(f.name(), e.getMessage());
            return;
        }
        textArticle(Format.stem(f.name()), f.name(), null, null, null, null, text, sink);
    }

    void textArticle(String id, String source, String url, String title, String author, String published,
                     String text, Sink sink) {
        String normalized = normalizeNewlines(text);
        if (normalized.isBlank()) {
            sink.error(source, "empty: no text");
            return;
        }
        String t = title != null && !title.isBlank() ? title.strip() : TextArticles.headline(normalized);
        sink.article(Document.read(id, source, url, t, author, GivenDates.iso(published), normalized));
    }

    private void readHtml(SourceFile f, Sink sink) throws IOException {
        byte[] bytes = readAll(f.path(), maxBytes);
        String html;
        try {
            html = HtmlDecoding.decode(bytes, null);
        } catch (TextDecoding.NotTextException e) {
            sink.error(f.name(), e.getMessage());
            return;
        }
        htmlArticle(Format.stem(f.name()), f.name(), null, null, null, html, sink);
    }

    void htmlArticle(String id, String source, String url, String title, String published, String html, Sink sink) {
        if (html.isBlank()) {
            sink.error(source, "empty: no HTML");
            return;
        }
        ExtractedArticle a = extractor.extract(html, url);
        if (a.text() == null || a.text().isBlank()) {
            sink.error(source, "no article text found in the page" + (a.warning() == null ? "" : " (" + a.warning() + ")"));
            return;
        }
        String date = published != null ? published : a.published();
        String pageUrl = url != null ? url : a.url();
        Document d = Document.read(id, source, pageUrl, title != null ? title : a.title(), a.author(),
                GivenDates.iso(date), normalizeNewlines(a.text()));
        sink.article(a.language() == null || a.language().isBlank() ? d : d.withLanguage(a.language()));
    }

    /** Reads an article object (a JSONL line or similar) with text or HTML. */
    void jsonArticle(JsonNode node, String fallbackId, String source, Sink sink) {
        String id = str(node, "id");
        String url = str(node, "url");
        String title = str(node, "title");
        String published = firstNonNull(str(node, "published"), str(node, "date"), str(node, "published_at"));
        String author = str(node, "author");
        String text = firstNonNull(str(node, "text"), str(node, "body"), str(node, "content"));
        String html = str(node, "html");
        String docId = id == null || id.isBlank() ? fallbackId : id.strip();
        if (text != null) {
            textArticle(docId, source, url, title, author, published, text, sink);
        } else if (html != null) {
            htmlArticle(docId, source, url, title, published, html, sink);
        } else {
            sink.error(source, "no \"text\" or \"html\" field");
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    static ObjectMapper json() {
        return JSON;
    }

    static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    }

    /** An input larger than the configured limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("too large: more than " + (limit / (1024 * 1024)) + " MB of data");
        }
    }

    static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(in, 64 * 1024);
        }
        return in;
    }

    static byte[] readAll(Path path, int limit) throws IOException {
        try (InputStream in = open(path)) {
            return readAll(in, limit);
        }
    }

    static byte[] readAll(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) throw new TooLargeException(limit);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Makes ids unique in a stable way: later documents with a taken id get {@code -2}, {@code -3} ... */
    static List<Document> uniqueIds(List<Document> docs) {
        Map<String, Integer> seen = new HashMap<>();
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            int n = seen.merge(d.id(), 1, Integer::sum);
            if (n == 1) {
                out.add(d);
            } else {
                String id = d.id() + "-" + n;
                while (seen.containsKey(id)) id = id + "x";
                seen.put(id, 1);
                out.add(new Document(id, d.source(), d.url(), d.title(), d.author(), d.outlet(), d.language(),
                        d.published(), d.rawText(), d.text(), d.removed()));
            }
        }
        return out;
    }
}
