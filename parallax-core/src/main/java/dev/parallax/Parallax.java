package dev.parallax;

import dev.parallax.annotate.AnnotateStage;
import dev.parallax.annotate.AnnotationCache;
import dev.parallax.annotate.NlpModels;
import dev.parallax.clean.CleanStage;
import dev.parallax.clean.DuplicateStage;
import dev.parallax.compare.CompareStage;
import dev.parallax.corpus.Corpus;
import dev.parallax.ingest.Ingestor;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Progress;
import dev.parallax.quote.QuoteStage;
import dev.parallax.resolve.Gazetteer;
import dev.parallax.resolve.ResolveStage;
import dev.parallax.summary.SummaryStage;
import dev.parallax.time.Calendar;
import dev.parallax.time.TimeStage;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the library: reads articles and runs the standard pipeline over them. This is the one place where
 * the stages are composed: clean → duplicates → annotate → resolve → time → quotes → compare → summarise.
 */
public final class Parallax {

    /** Settings of a run. */
    public record Options(int summaryLength, Calendar calendar, Gazetteer gazetteer, Path annotationCache) {
        public static Options defaults() {
            return new Options(SummaryStage.DEFAULT_LENGTH, Calendar.standard(), Gazetteer.standard(), null);
        }

        public Options withSummaryLength(int n) {
            return new Options(n, calendar, gazetteer, annotationCache);
        }

        public Options withCalendar(Calendar c) {
            return new Options(summaryLength, c, gazetteer, annotationCache);
        }

        /** Keeps CoreNLP's annotations in {@code dir} and reuses them on later runs ({@code null}: no cache). */
        public Options withAnnotationCache(Path dir) {
            return new Options(summaryLength, calendar, gazetteer, dir);
        }
    }

    private Parallax() {}

    /** The standard pipeline over already read documents. */
    public static Pipeline pipeline(NlpModels models, Options options) {
        return Pipeline.of(
                new CleanStage(),
                new DuplicateStage(),
                new AnnotateStage(models, options.annotationCache() == null ? null
                        : AnnotationCache.at(options.annotationCache(), models.config())),
                new ResolveStage(options.gazetteer()),
                new TimeStage(models, options.calendar(), options.gazetteer()),
                new QuoteStage(options.gazetteer()),
                new CompareStage(options.gazetteer()),
                new SummaryStage(options.summaryLength()));
    }

    /** Reads the given files and folders and analyses them with the shared models. */
    public static Corpus analyze(List<Path> inputs, Options options, Progress progress) {
        Corpus read = new Ingestor().read(inputs, progress);
        return pipeline(NlpModels.shared(), options).run(read, progress);
    }

    public static Corpus analyze(List<Path> inputs) {
        return analyze(inputs, Options.defaults(), Progress.NONE);
    }
}
