package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Evidence;
import dev.parallax.corpus.TimelineEvent;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code parallax timeline}: the merged timeline of events. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the timeline of events merged across sources, with the documents reporting each.")
final class TimelineCommand extends ViewCommand {

    @Override
    void print(Corpus c, PrintWriter out) {
        TextTable t = new TextTable(List.of("DATE", "UNTIL", "EVENT", "SOURCES", "DOCUMENTS"), 10, 10, 70, 7, 60);
        for (TimelineEvent e : c.timeline()) {
            String docs = e.evidence().stream().map(Evidence::doc).distinct().collect(Collectors.joining(" "));
            t.row(e.date(), e.until(), e.title(), e.sources(), docs);
        }
        t.print(out);
    }
}
