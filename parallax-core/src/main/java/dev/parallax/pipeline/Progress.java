package dev.parallax.pipeline;

/** Receives progress from the pipeline: stage boundaries and per-document steps inside a stage. */
public interface Progress {

    Progress NONE = new Progress() {};

    default void stageStarted(String stage, int units) {}

    default void step(String stage) {}

    default void stageFinished(String stage, long millis) {}
}
