package dev.parallax.extract;

/**
 * What the extractor found in one web page: metadata the page states and the article body as plain text
 * (paragraphs separated by blank lines). {@code warning} explains an empty body.
 */
public record ExtractedArticle(String url, String title, String author, String published, String language,
                               String text, String warning) {}
