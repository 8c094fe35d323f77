package dev.parallax.ingest;

import java.io.IOException;

/**
 * Reads a WARC (or WARC.gz) file: every {@code response} record with an HTML payload is one article, its id
 * derived from the file name and the page's position, its source the record's target URI.
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
        new HtmlPages(maxPayloadBytes).readWarc(f.path(), f.name(), new HtmlPages.Visitor() {
            int pages;

            @Override
            public void page(HtmlPages.Page page) {
                pages++;
                ingestor.htmlArticle(stem + "-" + pages, page.source(), page.url(), null, null, page.html(), sink);
            }

            @Override
            public void error(String source, String reason) {
                sink.error(source, reason);
            }
        });
    }
}
