package dev.parallax.quote;

import java.util.List;

/** A rule that finds quotations in a document, given those the rules before it found. */
interface QuoteFinder {

    /** The quotations this rule finds that the known ones do not already hold. */
    List<Found> find(List<Found> known);
}
