package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.summary.SummaryStage;
import dev.parallax.time.Calendar;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Options shared by every command that analyses articles: the inputs and how to read them. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files or folders (searched recursively): .txt, .html/.htm, .jsonl, .warc, any of them .gz.")
    List<Path> paths;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or timing messages on stderr.")
    boolean quiet;

    @Option(names = "--summary-length", defaultValue = "" + SummaryStage.DEFAULT_LENGTH, paramLabel = "N",
            description = "Number of sentences in the cited summary (default: ${DEFAULT-VALUE}).")
    int summaryLength;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Extra dated events (summits, landmarks) in the format of the built-in calendar.")
    Path calendar;

    @Option(names = "--annotation-cache", paramLabel = "DIR",
            description = "Keep CoreNLP's annotations in DIR and reuse them when the same article is analysed again.")
    Path annotationCache;

    Parallax.Options options() throws IOException {
        Parallax.Options o = Parallax.Options.defaults().withSummaryLength(summaryLength)
                .withAnnotationCache(annotationCache);
        return calendar == null ? o : o.withCalendar(Calendar.withFile(calendar));
    }
}
