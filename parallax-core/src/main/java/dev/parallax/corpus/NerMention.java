package dev.parallax.corpus;

/**
 * A named-entity mention as the tagger found it in one document, before cross-document resolution.
 * {@code type} is the tagger's fine-grained label (PERSON, ORGANIZATION, COUNTRY, CITY, TITLE, DATE ...).
 */
public record NerMention(int start, int end, String text, String type, int sentence, int firstToken, int endToken) {}
