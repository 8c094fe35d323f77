package dev.parallax.corpus;

import java.util.List;

/**
 * A checkable statement clustered across sources ({@code normalized}: its text with canonical names and absolute
 * dates): who asserts it (with evidence), which sources covering the
 * story leave it out, and which state something incompatible. {@code fact} is null for a claim made by whole
 * sentences; for one figure that several sentences state among others, it names the figure ("BYD: 17%").
 */
public record Claim(String id, String text, String normalized, String fact, List<String> entities,
                    List<Evidence> assertedBy, List<String> omittedBy, List<Contradiction> contradictedBy, Status status) {

    /** How the sources stand on a claim. */
    public enum Status { single_source, corroborated, contested }

    /** A source's statement that disagrees with the claim, and on what. */
    public record Contradiction(Evidence evidence, String aspect, String detail) {}

    public Claim {
        entities = List.copyOf(entities);
        assertedBy = List.copyOf(assertedBy);
        omittedBy = List.copyOf(omittedBy);
        contradictedBy = List.copyOf(contradictedBy);
    }

    public List<String> assertingDocs() {
        return assertedBy.stream().map(Evidence::doc).distinct().sorted().toList();
    }
}
