package dev.parallax.cli;

import dev.parallax.report.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: turns news articles about one story into a cited dossier. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Turns a set of news articles about one story into a structured, cited dossier.", ""},
        subcommands = {
                AnalyzeCommand.class,
                ExtractCommand.class,
                EntitiesCommand.class,
                TimelineCommand.class,
                QuotesCommand.class,
                ClaimsCommand.class,
                CompareCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success; 1 failure; 2 usage error; 3 output written but some inputs could not be read."})
public final class Main {

    /** Exit code when the dossier was written but some inputs failed. */
    public static final int PARTIAL = 3;

    /** Reports the build's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parallax " + Version.get()};
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("parallax: " + ex);
            if (Boolean.getBoolean("parallax.verbose")) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl;
    }
}
