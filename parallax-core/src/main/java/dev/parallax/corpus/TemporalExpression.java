package dev.parallax.corpus;

/**
 * A date or time expression of a document made absolute against that document's date. {@code value} is ISO
 * ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code YYYY-Www}, a range {@code A/B}, or a duration
 * {@code P...}); null with a {@code reason} when it cannot be resolved.
 */
public record TemporalExpression(String doc, int start, int end, String text, String type, String value,
                                 String timex, String reason) {

    public Evidence evidence() {
        return new Evidence(doc, start, end);
    }
}
