package dev.parallax.corpus;

import java.util.List;

/**
 * How one source (article) covers the story: outlet, entities it covers, whom it quotes, claims it alone makes
 * or leaves out, and a framing profile computed from its wording. Data, not a verdict about the outlet.
 */
public record SourceProfile(String doc, String outlet, List<Coverage> entities, List<Voice> quoted,
                            List<String> exclusiveClaims, List<String> omittedClaims, Framing framing,
                            List<Evidence> evidence) {

    /** How often a source names an entity. */
    public record Coverage(String entity, int mentions) {}

    /** A speaker quoted by the source, how often, in how many words, and what share of the source's words that is. */
    public record Voice(String speaker, String name, int quotes, int words, double share) {}

    /** A loaded or partisan term from the framing lexicon, where it occurs. */
    public record Term(String term, String category, int count, List<Evidence> evidence) {}

    /** Tone toward one entity, from -1 (negative) to 1 (positive), over the sentences that mention it. */
    public record Tone(String entity, double score, int sentences) {}

    /** The framing profile of a source. */
    public record Framing(List<Term> loadedTerms, List<Tone> tone, double quotedShare) {
        public Framing {
            loadedTerms = List.copyOf(loadedTerms);
            tone = List.copyOf(tone);
        }
    }

    public SourceProfile {
        entities = List.copyOf(entities);
        quoted = List.copyOf(quoted);
        exclusiveClaims = List.copyOf(exclusiveClaims);
        omittedClaims = List.copyOf(omittedClaims);
        evidence = List.copyOf(evidence);
    }
}
