package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: measures the quality and speed of Parallax's parts on reference data. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against reference data.",
        subcommands = {BenchExtractCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
