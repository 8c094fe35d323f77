package dev.parallax.pipeline;

import dev.parallax.corpus.Corpus;

/**
 * One step of the analysis: takes the corpus as it is and returns it with one more kind of annotation.
 * Stages are pure with respect to the corpus; heavy models they use are shared and loaded once.
 */
public interface Stage {

    /** Short name used in progress messages and timings ("clean", "annotate" ...). */
    String name();

    Corpus apply(Corpus corpus, Progress progress);
}
