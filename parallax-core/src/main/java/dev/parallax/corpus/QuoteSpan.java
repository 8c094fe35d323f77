package dev.parallax.corpus;

/** A quotation delimited by quote marks, as found by the quote annotator (marks included in the span). */
public record QuoteSpan(int start, int end, String text, int sentenceBegin, int sentenceEnd) {}
