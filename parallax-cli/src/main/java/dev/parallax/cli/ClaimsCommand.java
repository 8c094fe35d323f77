package dev.parallax.cli;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code parallax claims}: the claims clustered across sources. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Print the claims found across sources: status, asserting, omitting and contradicting documents.")
final class ClaimsCommand extends ViewCommand {

    @Override
    void print(Corpus c, PrintWriter out) {
        TextTable t = new TextTable(List.of("ID", "STATUS", "ASSERTED BY", "OMITTED BY", "CONTRADICTED BY", "CLAIM"),
                5, 13, 45, 45, 30, 90);
        for (Claim cl : c.claims()) {
            String contra = cl.contradictedBy().stream().map(x -> x.evidence().doc() + " (" + x.aspect() + ")")
                    .collect(Collectors.joining(" "));
            t.row(cl.id(), cl.status(), String.join(" ", cl.assertingDocs()), String.join(" ", cl.omittedBy()), contra, cl.text());
        }
        t.print(out);
    }
}
