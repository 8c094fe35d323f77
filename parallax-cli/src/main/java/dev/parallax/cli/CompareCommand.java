package dev.parallax.cli;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.SourceProfile;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code parallax compare}: the source-comparison matrix and each source's framing profile. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Print the source-comparison matrix (claims x sources: asserts / omits / contradicts)",
                "and each source's profile: outlet, voices quoted, loaded terms and tone."})
final class CompareCommand extends ViewCommand {

    @Override
    void print(Corpus c, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("CLAIM"));
        for (int i = 0; i < c.documents().size(); i++) header.add("S" + (i + 1));
        int[] widths = new int[header.size()];
        widths[0] = 70;
        TextTable matrix = new TextTable(header, widths);
        for (Claim cl : c.claims()) {
            if (cl.assertingDocs().size() < 2 && cl.contradictedBy().isEmpty()) continue;
            List<Object> row = new ArrayList<>(List.of(cl.id() + " " + cl.text()));
            for (Document d : c.documents()) {
                boolean contra = cl.contradictedBy().stream().anyMatch(x -> x.evidence().doc().equals(d.id()));
                row.add(contra ? "contra" : cl.assertingDocs().contains(d.id()) ? "yes" : cl.omittedBy().contains(d.id()) ? "omits" : "");
            }
            matrix.row(row.toArray());
        }
        matrix.print(out);
        out.println();
        int i = 0;
        for (SourceProfile s : c.sources()) {
            out.printf("S%d %s  outlet: %s%n", ++i, s.doc(), s.outlet() == null ? "?" : s.outlet());
            out.println("   quotes: " + s.quoted().stream().map(v -> v.name() + " " + v.words() + "w").collect(Collectors.joining(", ")));
            out.println("   loaded terms: " + s.framing().loadedTerms().stream().map(t -> t.term() + "×" + t.count())
                    .collect(Collectors.joining(", ")));
            out.println("   tone: " + s.framing().tone().stream().map(t -> t.entity() + " " + t.score()).collect(Collectors.joining(", ")));
            out.println("   quoted share: " + s.framing().quotedShare() + "  exclusive claims: " + s.exclusiveClaims().size()
                    + "  omitted shared claims: " + s.omittedClaims().size());
        }
    }
}
