package dev.parallax.corpus;

/** One place where a resolved entity is mentioned: by name, by pronoun, or by a description ("the alliance"). */
public record EntityMention(String doc, int start, int end, String text, Kind kind) implements Comparable<EntityMention> {

    /** How the mention refers to its entity. */
    public enum Kind { name, pronoun, description }

    public Evidence evidence() {
        return new Evidence(doc, start, end);
    }

    @Override
    public int compareTo(EntityMention o) {
        return evidence().compareTo(o.evidence());
    }
}
