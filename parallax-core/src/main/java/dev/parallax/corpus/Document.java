package dev.parallax.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One article of the corpus. {@code rawText} is the body as read; {@code text} is the cleaned body that every
 * offset in the dossier points into (identical to {@code rawText} until the clean stage runs).
 */
public record Document(
        String id,
        String source,
        String url,
        String title,
        String author,
        String outlet,
        String language,
        PublicationDate published,
        String rawText,
        String text,
        List<Removal> removed) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(text, "text");
        published = published == null ? PublicationDate.unknown() : published;
        removed = List.copyOf(removed);
    }

    /** A freshly read document: cleaned text equals the raw text, nothing removed yet. */
    public static Document read(String id, String source, String url, String title, String author,
                                String published, String rawText) {
        PublicationDate date = published == null ? PublicationDate.unknown() : PublicationDate.given(published);
        return new Document(id, source, url, title, author, null, null, date, rawText, rawText, List.of());
    }

    public Document withCleaned(String cleaned, List<Removal> removals) {
        return new Document(id, source, url, title, author, outlet, language, published, rawText, cleaned, removals);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, source, url, newTitle, author, outlet, language, published, rawText, text, removed);
    }

    public Document withAuthor(String newAuthor) {
        return new Document(id, source, url, title, newAuthor, outlet, language, published, rawText, text, removed);
    }

    public Document withOutlet(String newOutlet) {
        return new Document(id, source, url, title, author, newOutlet, language, published, rawText, text, removed);
    }

    public Document withLanguage(String newLanguage) {
        return new Document(id, source, url, title, author, outlet, newLanguage, published, rawText, text, removed);
    }

    public Document withPublished(PublicationDate date) {
        return new Document(id, source, url, title, author, outlet, language, date, rawText, text, removed);
    }

    /** The cleaned text covered by a span of this document. */
    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
