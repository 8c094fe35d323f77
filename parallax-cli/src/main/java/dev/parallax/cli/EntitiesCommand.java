package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code parallax entities}: the resolved entities as a table. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print the resolved entities: name, type, aliases, number of documents and mentions.")
final class EntitiesCommand extends ViewCommand {

    @Override
    void print(Corpus c, PrintWriter out) {
        TextTable t = new TextTable(List.of("NAME", "TYPE", "ALIASES", "DOCS", "MENTIONS"), 40, 8, 90);
        for (Entity e : c.entities()) t.row(e.name(), e.type(), String.join(", ", e.aliases()), e.documentCount(), e.mentions().size());
        t.print(out);
    }
}
