package dev.parallax.corpus;

/** A span of a document's cleaned text that supports an output: document id and UTF-16 offsets. */
public record Evidence(String doc, int start, int end) implements Comparable<Evidence> {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + doc);
        }
    }

    @Override
    public int compareTo(Evidence o) {
        int c = doc.compareTo(o.doc);
        if (c != 0) return c;
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
