package dev.parallax.ingest;

import java.util.regex.Pattern;

/** Recognises the headline of a plain-text article: a short first line that is not a sentence. */
final class TextArticles {

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:»|›|>|/|\\|)\\s+");
    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 25;

    private TextArticles() {}

    /** The title stated by the first line of a text, or null if that line reads as body text. */
    static String headline(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int eol = text.indexOf('\n', start);
        if (eol < 0) return null;
        String line = text.substring(start, eol).strip();
        String rest = text.substring(eol).strip();
        if (line.isEmpty() || rest.isEmpty() || line.length() > MAX_TITLE_CHARS) return null;
        if (line.split("\\s+").length > MAX_TITLE_WORDS) return null;
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return null;
        String[] crumbs = BREADCRUMB_SEPARATOR.split(line);
        String title = crumbs[crumbs.length - 1].strip();
        // "Home » Politics » Economy" is navigation ending in a section name, not a headline.
        if (crumbs.length > 1 && title.split("\\s+").length <= 3) return null;
        return title.isEmpty() ? null : title;
    }
}
