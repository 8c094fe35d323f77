package dev.parallax.corpus;

/** An input (file, JSONL line or WARC record) that could not be read, and why. */
public record InputError(String source, String reason) {}
