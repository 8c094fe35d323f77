package dev.parallax.quote;


/** Who said a quotation, as found in the text: the entity (null when nobody can be found), the words naming it, and the cue. */
record Attribution(String entity, String text, Integer start, Integer end, String cue) {

    static final Attribution NONE = new Attribution(null, null, null, null, null);
}
