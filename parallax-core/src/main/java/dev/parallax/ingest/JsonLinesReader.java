package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.text.TextDecoding;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a JSON Lines file: one article object per line; a bad line is an error of its own. */
final class JsonLinesReader {

    private final Ingestor ingestor;
    private final int maxLineBytes;

    JsonLinesReader(Ingestor ingestor, int maxLineBytes) {
        this.ingestor = ingestor;
        this.maxLineBytes = maxLineBytes;
    }

    void read(Ingestor.SourceFile f, Ingestor.Sink sink) throws IOException {
        String stem = Format.stem(f.name());
        try (InputStream in = new BufferedInputStream(Ingestor.open(f.path()), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int lineNo = 0;
            boolean any = false;
            boolean tooLong = false;
            int b;
            do {
                b = in.read();
                if (b == '\n' || b == -1) {
                    lineNo++;
                    String where = f.name() + ":" + lineNo;
                    if (tooLong) {
                        sink.error(where, "line too long (more than " + (maxLineBytes >> 20) + " MB)");
                    } else if (line.size() > 0) {
                        any |= readLine(line.toByteArray(), stem + "-" + lineNo, where, sink);
                    }
                    line.reset();
                    tooLong = false;
                } else if (!tooLong) {
                    if (line.size() >= maxLineBytes) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            } while (b != -1);
            if (!any && lineNo <= 1) sink.error(f.name(), "empty: no JSON lines");
        }
    }

    /** Returns whether the line held something (an article or an error), as opposed to blank space. */
    private boolean readLine(byte[] bytes, String fallbackId, String where, Ingestor.Sink sink) {
        String text;
        try {
            text = TextDecoding.utf8(bytes);
        } catch (TextDecoding.NotTextException e) {
            sink.error(where, e.getMessage());
            return true;
        }
        if (text.isBlank()) return false;
        JsonNode node;
        try {
            node = Ingestor.json().readTree(text);
        } catch (JsonProcessingException e) {
            sink.error(where, "malformed JSON: " + e.getOriginalMessage());
            return true;
        }
        if (node == null || !node.isObject()) {
            sink.error(where, "not a JSON object");
            return true;
        }
        ingestor.jsonArticle(node, fallbackId, where, sink);
        return true;
    }
}
