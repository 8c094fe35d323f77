package dev.parallax.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Extracts the article (metadata and body text) from an HTML page. */
public final class ArticleExtractor {

    /** Extracts from HTML text; {@code url} (may be null) resolves relative links and is the fallback URL. */
    public ExtractedArticle extract(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        page.select("script,style,noscript,nav,header,footer,aside,form,iframe").remove();
        String title = meta(page, "og:title");
        if (title == null) title = page.title().isBlank() ? null : page.title().strip();
        List<String> paragraphs = new ArrayList<>();
        for (Element e : page.body() == null ? List.<Element>of() : page.body().select("p,h1,h2,h3,h4,li,blockquote")) {
            String t = e.text().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        String text = String.join("\n\n", paragraphs);
        return new ExtractedArticle(url, title, meta(page, "author"), null, page.select("html").attr("lang"),
                text, text.isEmpty() ? "no article text found" : null);
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (e == null) return null;
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
