package dev.parallax.pipeline;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.InputError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An ordered chain of stages, run one after another over an immutable corpus. */
public final class Pipeline {

    private final List<Stage> stages;
    private final Map<String, Long> timings = Collections.synchronizedMap(new LinkedHashMap<>());

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return new Pipeline(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        return new Pipeline(stages);
    }

    /** This pipeline followed by more stages. */
    public Pipeline then(Stage... more) {
        List<Stage> all = new ArrayList<>(stages);
        all.addAll(List.of(more));
        return new Pipeline(all);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage in order. A stage that fails leaves the corpus as it found it and the failure among the
     * corpus's errors: one article that trips a stage must not cost the whole run its other annotations.
     */
    public Corpus run(Corpus corpus, Progress progress) {
        Corpus current = corpus;
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            try {
                current = stage.apply(current, progress);
            } catch (RuntimeException | StackOverflowError e) {
                List<InputError> errors = new ArrayList<>(current.errors());
                errors.add(new InputError("stage " + stage.name(), "failed, its annotations are missing: " + describe(e)));
                current = current.withErrors(errors);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            timings.put(stage.name(), ms);
            progress.stageFinished(stage.name(), ms);
        }
        return current;
    }

    /** The exception and the frame that threw it, enough for a bug report without a stack trace. */
    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? e.toString() : e + " at " + trace[0];
    }

    public Corpus run(Corpus corpus) {
        return run(corpus, Progress.NONE);
    }

    /** Wall-clock milliseconds of each stage in the last run, in pipeline order. */
    public Map<String, Long> timings() {
        synchronized (timings) {
            return new LinkedHashMap<>(timings);
        }
    }
}
