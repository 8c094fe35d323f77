package dev.parallax.corpus;

import java.util.List;

/**
 * Texts found to be (near-)copies of each other: whole articles (syndication) or paragraphs repeated across
 * articles. The first piece of evidence is the copy that later stages count; the others keep provenance.
 */
public record Duplicate(Kind kind, double similarity, List<Evidence> evidence) {

    /** What was found duplicated. */
    public enum Kind { document, paragraph }

    public Duplicate {
        evidence = List.copyOf(evidence);
    }
}
