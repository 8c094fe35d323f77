package dev.parallax.quote;

import dev.parallax.corpus.Quote;

import java.util.List;

/** A quotation found in a document, before ids are assigned: its span, its kind and its first and last sentence. */
record Found(int start, int end, Quote.Kind kind, int sentence, int endSentence) {

    static List<Found> whole(List<Found> fs) {
        return fs.stream().filter(f -> f.kind() == Quote.Kind.direct).toList();
    }

    static boolean insideAny(List<Found> fs, int offset) {
        for (Found f : fs) if (f.start() <= offset && offset < f.end()) return true;
        return false;
    }

    static boolean overlapsAny(List<Found> fs, int start, int end) {
        for (Found f : fs) if (f.start() < end && start < f.end()) return true;
        return false;
    }
}
