package dev.parallax.corpus;

/**
 * A temporal expression as SUTime found it: span, TIMEX3 type (DATE, TIME, DURATION, SET) and raw value,
 * which may be partial ({@code XXXX-07-11}) or relative ({@code OFFSET P1W}) when no reference date was known.
 */
public record Timex(int start, int end, String text, String type, String value, String altValue, int sentence) {}
