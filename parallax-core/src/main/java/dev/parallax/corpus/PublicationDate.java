package dev.parallax.corpus;

import java.util.List;

/**
 * When a document was published: the best estimate, the window it surely lies in, and how that was known.
 * Dates are ISO strings ({@code YYYY-MM-DD}) or null when unknown.
 */
public record PublicationDate(String value, String earliest, String latest, Basis basis, List<Evidence> evidence) {

    /** How a publication date was obtained. */
    public enum Basis { given, inferred, unknown }

    public PublicationDate {
        evidence = List.copyOf(evidence);
    }

    public static PublicationDate unknown() {
        return new PublicationDate(null, null, null, Basis.unknown, List.of());
    }

    public static PublicationDate given(String isoDate) {
        return new PublicationDate(isoDate, isoDate, isoDate, Basis.given, List.of());
    }
}
