package dev.parallax.cli;

import dev.parallax.cli.bench.ResolveBench;
import picocli.CommandLine.Command;

/** {@code parallax bench}: benchmarks that print figures, comparing Parallax with a named peer in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print speed and quality figures next to a peer measured in the same run.",
        subcommands = {ResolveBench.class})
final class BenchCommand {
}
