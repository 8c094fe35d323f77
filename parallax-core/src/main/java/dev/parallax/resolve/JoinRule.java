package dev.parallax.resolve;

/**
 * One kind of variant under which the corpus writes one entity's names, and the evidence that makes two of them one:
 * the rules run in a fixed order ({@link Resolver}), each joining clusters in the {@link Merges} the ones before left.
 */
interface JoinRule {

    /** Joins, in {@code s}, the names this rule finds to be one entity's. */
    void join(Merges s);
}
