package dev.parallax.resolve;

/** A token span of a document with the label of the name it holds, before it becomes a candidate. */
record NameSpan(int first, int end, String type) {}
