package dev.parallax.ingest;

import java.util.Locale;

/** The input formats Parallax reads, recognised by file name (a trailing {@code .gz} is transparent). */
public enum Format {
    TEXT, HTML, JSONL, WARC;

    /** The format of a file name, or null if Parallax does not read it. */
    public static Format of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".txt") || name.endsWith(".text")) return TEXT;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return HTML;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSONL;
        if (name.endsWith(".warc") || name.endsWith(".arc")) return WARC;
        return null;
    }

    /** File name without directory, {@code .gz} and the format extension: the document id of a single-article file. */
    public static String stem(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) name = name.substring(slash + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
