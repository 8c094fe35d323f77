package dev.parallax.corpus;

/** A piece of the original text that cleaning removed, kept so nothing is silently lost. */
public record Removal(String text, String reason, int rawStart, int rawEnd) {}
