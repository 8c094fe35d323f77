package dev.parallax.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;

/**
 * Extracts the article from an HTML page: its metadata and its body as plain text, paragraphs separated by blank
 * lines, headings kept, page furniture (navigation, share bars, related links, comments, ads, captions, bylines,
 * cookie and newsletter boxes, footers) left out. Never throws on bad HTML: a page without an article gives an
 * empty text and a warning.
 */
public final class ArticleExtractor {

    /** Below this many characters a DOM body is suspect when the page's JSON-LD states a longer one. */
    private static final int SHORT_BODY = 200;

    /** Extracts from HTML text; {@code url} (may be null) resolves relative links and is the fallback URL. */
    public ExtractedArticle extract(String html, String url) {
        Document page;
        try {
            // Script and style text is never article text and is most of a page: the parser need not buffer it.
            page = Parser.htmlParser().parseInput(ScriptStripper.reader(html == null ? "" : html), url == null ? "" : url);
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractedArticle(url, null, null, null, null, "", "unparseable HTML: " + e);
        }
        return extract(page, url);
    }

    /** Extracts from a parsed page; {@code url} (may be null) is the fallback URL. */
    public ExtractedArticle extract(Document page, String url) {
        PageMetadata meta;
        try {
            meta = PageMetadata.read(page, url);
        } catch (RuntimeException | StackOverflowError e) {
            meta = null;
        }
        String title = meta == null ? null : meta.title;
        String text;
        String warning = null;
        try {
            Body body = body(page, meta);
            text = body.text();
            warning = body.warning();
        } catch (RuntimeException | StackOverflowError e) {
            text = null;
            warning = "extraction failed: " + e;
        }
        if (text == null || text.isBlank()) {
            text = "";
            if (warning == null) warning = page.body() == null || page.body().text().isBlank()
                    ? "no text in the page" : "no article text found";
        }
        if (meta == null) return new ExtractedArticle(url, null, null, null, null, text, warning);
        return new ExtractedArticle(meta.url, title, meta.author, meta.published, meta.language, text, warning);
    }

    /** The body text and, when it did not come from the page's own markup, a warning saying where it came from. */
    private record Body(String text, String warning) {}

    private static Body body(Document page, PageMetadata meta) {
        Element root = page.body();
        if (root == null) return new Body(null, null);
        String title = meta == null ? null : meta.title;
        String dom = new BodyFinder(root).find(title).text();
        String ldBody = meta == null ? null : meta.jsonLd.articleBody();
        if (ldBody == null) return new Body(dom, null);
        String ld = plain(ldBody);
        if (ld.length() < SHORT_BODY || dom != null && coverage(ld, dom) >= 0.5) return new Body(dom, null);
        // The page states a body that the chosen container lacks: trust it if the page shows it too.
        if (coverage(ld, root.text()) > 0.8) return new Body(ld, null);
        if (dom == null || dom.length() < SHORT_BODY) {
            return new Body(ld, "body taken from the page's JSON-LD articleBody; the page itself does not show it");
        }
        return new Body(dom, null);
    }

    /** The JSON-LD body as text: some sites put HTML in it. */
    static String plain(String body) {
        if (body.indexOf('<') < 0) return body.strip();
        Document d = Jsoup.parseBodyFragment(body);
        return BodyFinder.join(Blocks.of(d.body(), BodyFinder::isJunk));
    }

    /** Share of {@code part}'s 4-token shingles that {@code whole} also has (as a multiset). */
    static double coverage(String part, String whole) {
        long[] a = shingleHashes(part);
        if (a.length == 0) return 0;
        long[] b = shingleHashes(whole);
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        int found = dev.parallax.text.SortedLongs.common(a, b);
        return (double) found / a.length;
    }

    /** 64-bit hashes of the 4-token shingles of a text. */
    static long[] shingleHashes(String text) {
        List<String> t = ExtractionMetric.tokens(text);
        if (t.size() < 4) return new long[0];
        long[] h = new long[t.size()];
        for (int i = 0; i < h.length; i++) h[i] = t.get(i).hashCode() * 0x9E3779B97F4A7C15L;
        long[] out = new long[t.size() - 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = h[i] ^ Long.rotateLeft(h[i + 1], 16) ^ Long.rotateLeft(h[i + 2], 32) ^ Long.rotateLeft(h[i + 3], 48);
        }
        return out;
    }
}
