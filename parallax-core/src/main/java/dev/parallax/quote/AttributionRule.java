package dev.parallax.quote;


/** A rule that finds who said a quotation; null when it does not apply, so that the next rule tries. */
interface AttributionRule {

    Attribution attribute(Found f);
}
