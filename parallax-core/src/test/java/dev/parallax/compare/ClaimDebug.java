package dev.parallax.compare;

import dev.parallax.Parallax;
import dev.parallax.annotate.NlpModels;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.ingest.Ingestor;
import dev.parallax.resolve.Gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A debugging aid, not a test: prints ClaimFinder's statements of a folder of articles with their entities, figures,
 * quantities and frames, and the claims each belongs to. Usage: {@code ClaimDebug FOLDER [CACHE] [WORD...]}; with
 * words, only statements containing one of them (case-insensitive) are printed.
 */
public final class ClaimDebug {

    private ClaimDebug() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Parallax.Options options = Parallax.Options.defaults();
        if (args.length > 1 && !args[1].equals("-")) options = options.withAnnotationCache(Path.of(args[1]));
        List<String> words = new ArrayList<>();
        for (int i = 2; i < args.length; i++) words.add(args[i].toLowerCase(Locale.ROOT));
        Corpus corpus = Parallax.pipeline(NlpModels.shared(), options).run(new Ingestor().read(List.of(folder)));
        MentionIndex index = new MentionIndex(corpus.entities());
        Gazetteer gazetteer = Gazetteer.standard();
        Set<String> ubiquitous = ClaimFinder.ubiquitous(corpus, index);
        List<ClaimFinder.Statement> statements = ClaimFinder.statements(corpus, index, ubiquitous,
                ClaimFinder.seats(corpus, index, gazetteer), ClaimFinder.demonyms(corpus, gazetteer));
        System.out.println("ubiquitous " + ubiquitous);
        for (ClaimFinder.Statement s : statements) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            if (!words.isEmpty() && words.stream().noneMatch(lower::contains)) continue;
            List<String> in = new ArrayList<>();
            for (Claim c : corpus.claims()) {
                if (c.assertedBy().stream().anyMatch(e -> e.doc().equals(s.doc()) && e.start() == s.start() && e.end() == s.end())) {
                    in.add(c.id() + c.assertingDocs());
                }
            }
            System.out.println("== " + s.doc() + " [" + s.start() + "," + s.end() + ") " + s.text().replace('\n', ' '));
            System.out.println("   entities " + s.entities() + " numbers " + s.numbers() + " neg " + s.negated()
                    + " tellers " + s.tellers() + " rules " + s.rules());
            for (Quantities.Quantity q : s.quantities()) {
                System.out.println("   quantity " + q.key() + "=" + q.qualified() + " pred " + q.predicate() + " verbs " + q.verbs());
            }
            System.out.println("   frames " + s.frames() + " dates " + s.dates() + " by " + s.dateVerbs() + " when " + s.when());
            System.out.println("   terms " + new java.util.TreeSet<>(s.vector().weights().keySet()));
            System.out.println("   claims " + in);
        }
    }
}
