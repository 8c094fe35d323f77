package dev.parallax.quote;

import dev.parallax.corpus.Quote;

import java.util.List;

/** A quotation found in a document, before ids are assigned: its span, its kind and its first and last sentence. */
record Found(int start, int end, Quote.Kind kind, int sentence, int endSentence) {

    /** The direct quotations among these (a report may weave in partial ones, never a whole one). */
    static List<Found> whole(List<Found> fs) {
        return fs.stream().filter(f -> f.kind() == Quote.Kind.direct).toList();
    }

    /** Whether an offset falls inside one of these quotations. */
    static boolean insideAny(List<Found> fs, int offset) {
        for (Found f : fs) if (f.start() <= offset && offset < f.end()) return true;
        return false;
    }

    /** Whether [start, end) overlaps one of these quotations. */
    static boolean overlapsAny(List<Found> fs, int start, int end) {
        for (Found f : fs) if (f.start() < end && start < f.end()) return true;
        return false;
    }
}
