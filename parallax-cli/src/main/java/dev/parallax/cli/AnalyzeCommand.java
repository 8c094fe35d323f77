package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code parallax analyze}: the full pipeline, writing dossier.json, report.md and report.html. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles and write the dossier: cleaned documents, entities, dates, timeline, quotes,",
                "claims compared across sources, source profiles and a cited summary."})
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, defaultValue = "parallax-out", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", defaultValue = "json,md,html", paramLabel = "FORMAT",
            description = "Comma-separated output formats: json (dossier.json), md (report.md), html (report.html). "
                    + "Default: ${DEFAULT-VALUE}.")
    Set<Reports.Format> formats = EnumSet.allOf(Reports.Format.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Corpus corpus = Analysis.run(input, spec);
        List<Path> written = Reports.write(corpus, out, formats);
        if (!input.quiet) {
            for (Path p : written) spec.commandLine().getErr().println("parallax: wrote " + p);
        }
        return corpus.errors().isEmpty() ? 0 : Main.PARTIAL;
    }
}
