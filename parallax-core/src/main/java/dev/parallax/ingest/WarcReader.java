package dev.parallax.ingest;

import dev.parallax.extract.HtmlDecoding;
import dev.parallax.text.TextDecoding;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Reads a WARC (or WARC.gz) file: every {@code response} record with an HTML payload is one article, its id
 * derived from the file name and record position, its source the record's target URI.
 */
final class WarcReader {

    private final Ingestor ingestor;
    private final int maxPayloadBytes;

    WarcReader(Ingestor ingestor, int maxPayloadBytes) {
        this.ingestor = ingestor;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    void read(Ingestor.SourceFile f, Ingestor.Sink sink) throws IOException {
        String stem = Format.stem(f.name());
        int index = 0;
        int articles = 0;
        // jwarc detects gzip members itself, so the raw file stream is given, not Ingestor.open().
        try (InputStream raw = Files.newInputStream(f.path());
             org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(raw)) {
            reader.setLenient(true);
            while (true) {
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    sink.error(f.name() + "#" + index, "unreadable WARC record (" + describe(e) + "); rest of file skipped");
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
                    byte[] body = Ingestor.readAll(http.bodyDecoded().stream(), maxPayloadBytes);
                    String html = HtmlDecoding.decode(body, type.parameters().get("charset"));
                    ingestor.htmlArticle(stem + "-" + index, target, target, null, null, html, sink);
                    articles++;
                } catch (TextDecoding.NotTextException e) {
                    sink.error(target, e.getMessage());
                } catch (IOException | RuntimeException e) {
                    sink.error(target, "unreadable HTTP response (" + describe(e) + ")");
                }
            }
        }
        if (index == 0) sink.error(f.name(), "no WARC records found");
        else if (articles == 0) sink.error(f.name(), "no HTML response records among " + index + " WARC records");
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
