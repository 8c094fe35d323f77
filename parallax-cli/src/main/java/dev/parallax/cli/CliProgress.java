package dev.parallax.cli;

import dev.parallax.pipeline.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Shows the run on stderr: a progress bar over the documents while they are read and annotated (only when stderr
 * is a terminal), and one line per stage with its time.
 */
final class CliProgress implements Progress {

    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal;
    private ProgressBar bar;

    CliProgress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void stageStarted(String stage, int units) {
        if (quiet || !terminal || units <= 1) return;
        close();
        bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(units).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(err)).build();
    }

    @Override
    public synchronized void step(String stage) {
        if (bar != null) bar.step();
    }

    @Override
    public synchronized void stageFinished(String stage, long millis) {
        close();
        if (!quiet) err.printf("parallax: %-10s %6.1f s%n", stage, millis / 1000.0);
    }

    synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
