package dev.parallax.cli;

import dev.parallax.cli.bench.ResolveBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: benchmarks that print speed and quality figures next to a peer measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print speed and quality figures next to a peer measured in the same run.",
        subcommands = {BenchExtractCommand.class, ResolveBench.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
