package dev.parallax.corpus;

/**
 * Something a speaker said: a direct quotation, a quoted fragment inside a sentence, or reported speech.
 * {@code speaker} is an entity id, or null when the text does not say who spoke.
 */
public record Quote(String id, String doc, int start, int end, String text, Kind kind, String speaker,
                    String speakerText, Integer speakerStart, Integer speakerEnd, String cue) {

    /** The form of the quotation. */
    public enum Kind { direct, partial, indirect }

    public Evidence evidence() {
        return new Evidence(doc, start, end);
    }

    public Quote withSpeaker(String entityId) {
        return new Quote(id, doc, start, end, text, kind, entityId, speakerText, speakerStart, speakerEnd, cue);
    }
}
