package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code parallax timeline}: the merged timeline of events. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the timeline of events merged across sources, with the documents reporting each.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Corpus c = Analysis.run(input, spec);
        TextTable t = new TextTable(List.of("DATE", "UNTIL", "EVENT", "SOURCES", "DOCUMENTS"), 10, 10, 70, 7, 60);
        for (TimelineEvent e : c.timeline()) {
            String docs = e.evidence().stream().map(Evidence::doc).distinct().collect(Collectors.joining(" "));
            t.row(e.date(), e.until(), e.title(), e.sources(), docs);
        }
        t.print(spec.commandLine().getOut());
        return c.errors().isEmpty() ? 0 : Main.PARTIAL;
    }
}
