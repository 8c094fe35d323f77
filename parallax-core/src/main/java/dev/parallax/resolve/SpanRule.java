package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;

import java.util.List;

/**
 * One repair of the name spans of a document, starting from the tagger's: the rules run in a fixed order, each on
 * the spans the ones before it left (see {@link MentionFinder}).
 */
interface SpanRule {

    /** The spans after this rule. */
    List<NameSpan> apply(List<NameSpan> spans, String text, AnnotatedText at);
}
