package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.annotate.NlpModels;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.InputError;
import dev.parallax.ingest.Ingestor;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;

/** Runs the pipeline for a command: reads the inputs, reports unreadable ones on stderr, analyses the rest. */
final class Analysis {

    private Analysis() {}

    static Corpus run(InputOptions input, CommandSpec spec) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintStream errStream = System.err;
        CliProgress progress = new CliProgress(errStream, input.quiet);
        try {
            Corpus read = new Ingestor().read(input.paths, progress);
            for (InputError e : read.errors()) err.println("parallax: cannot read " + e.source() + ": " + e.reason());
            err.flush();
            long t0 = System.nanoTime();
            NlpModels models = NlpModels.shared();
            // With a cache the models load only when an article misses it, so their time is not reported apart.
            if (!read.documents().isEmpty() && input.annotationCache == null) {
                models.pipeline();
                if (!input.quiet) err.printf("parallax: models     %6.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            Corpus out = Parallax.pipeline(models, input.options()).run(read, progress);
            for (InputError e : out.errors()) {
                if (!read.errors().contains(e)) err.println("parallax: " + e.source() + ": " + e.reason());
            }
            err.flush();
            return out;
        } finally {
            progress.close();
        }
    }
}
