package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code parallax entities}: the resolved entities as a table. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print the resolved entities: name, type, aliases, number of documents and mentions.")
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Corpus c = Analysis.run(input, spec);
        TextTable t = new TextTable(List.of("NAME", "TYPE", "ALIASES", "DOCS", "MENTIONS"), 40, 8, 90);
        for (Entity e : c.entities()) t.row(e.name(), e.type(), String.join(", ", e.aliases()), e.documentCount(), e.mentions().size());
        t.print(spec.commandLine().getOut());
        return c.errors().isEmpty() ? 0 : Main.PARTIAL;
    }
}
