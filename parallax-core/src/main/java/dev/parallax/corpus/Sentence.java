package dev.parallax.corpus;

/** A sentence of a cleaned text: character span and the half-open range of its tokens. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {}
