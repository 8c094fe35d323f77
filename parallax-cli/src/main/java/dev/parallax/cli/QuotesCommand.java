package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code parallax quotes}: every quotation with its speaker. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Print direct, partial and reported quotations with their resolved speakers.")
final class QuotesCommand extends ViewCommand {

    @Override
    void print(Corpus c, PrintWriter out) {
        MentionIndex index = new MentionIndex(c.entities());
        TextTable t = new TextTable(List.of("DOC", "KIND", "SPEAKER", "CUE", "QUOTE"), 24, 8, 28, 14, 90);
        for (Quote q : c.quotes()) {
            String speaker = q.speaker() == null ? "?" : index.entity(q.speaker()).name();
            t.row(q.doc(), q.kind(), speaker, q.cue(), q.text());
        }
        t.print(out);
    }
}
