package dev.parallax.corpus;

import java.util.List;

/** A sentence of the story summary, copied from a source and cited to it (plus sources saying the same). */
public record SummarySentence(String text, List<Evidence> evidence) {
    public SummarySentence {
        evidence = List.copyOf(evidence);
    }
}
