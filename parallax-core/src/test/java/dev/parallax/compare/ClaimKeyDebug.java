package dev.parallax.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Parallax;
import dev.parallax.annotate.NlpModels;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.ingest.Ingestor;
import dev.parallax.resolve.Gazetteer;
import dev.parallax.text.SentenceEmbeddings;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A debugging aid, not a test: for each claim of a corpus's key (keys/claims.json), prints the statements holding
 * each source's anchor and, for every pair of sources, how the claim finder sees the two whole sentences (closeness
 * in meaning, shared wording and participants, the pair score). Usage: {@code ClaimKeyDebug CORPUS_DIR [CACHE] [CLAIM_ID...]}.
 */
public final class ClaimKeyDebug {

    private ClaimKeyDebug() {}

    private static String norm(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').toLowerCase(Locale.ROOT);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Parallax.Options options = Parallax.Options.defaults();
        if (args.length > 1 && !args[1].equals("-")) options = options.withAnnotationCache(Path.of(args[1]));
        Set<String> only = new HashSet<>();
        for (int i = 2; i < args.length; i++) only.add(args[i]);
        Corpus corpus = Parallax.pipeline(NlpModels.shared(), options).run(new Ingestor().read(List.of(dir.resolve("articles"))));
        MentionIndex index = new MentionIndex(corpus.entities());
        Set<String> ubiquitous = ClaimFinder.ubiquitous(corpus, index);
        List<ClaimFinder.Statement> statements = ClaimFinder.statements(corpus, index, ubiquitous,
                ClaimFinder.seats(corpus, index, Gazetteer.standard()), ClaimFinder.demonyms(corpus, Gazetteer.standard()));
        ClaimFinder.Neighbours near = new ClaimFinder.Neighbours(statements);
        List<List<ClaimFinder.Statement>> groups = ClaimFinder.cluster(statements, ubiquitous, near);
        System.out.printf("thresholds: meaning %.3f retold %.3f anonymous %.3f%n", near.above(ClaimFinder.MEANING),
                near.above(ClaimFinder.RETOLD), near.above(ClaimFinder.ANONYMOUS_MEANING));
        JsonNode key = new ObjectMapper().readTree(new File(dir.resolve("keys/claims.json").toString()));
        for (JsonNode k : key.get("claims")) {
            String id = k.get("id").asText();
            if (!only.isEmpty() && !only.contains(id)) continue;
            System.out.println("#### " + id + ": " + k.get("text").asText());
            List<ClaimFinder.Statement> anchors = new ArrayList<>();
            var it = k.get("anchors").fields();
            while (it.hasNext()) {
                var e = it.next();
                Document d = corpus.documents().stream().filter(x -> x.id().startsWith(e.getKey())).findFirst().orElseThrow();
                List<String> texts = new ArrayList<>();
                if (e.getValue().isArray()) e.getValue().forEach(v -> texts.add(v.asText()));
                else texts.add(e.getValue().asText());
                for (String a : texts) {
                    int at = norm(d.text()).indexOf(norm(a));
                    ClaimFinder.Statement whole = null;
                    for (ClaimFinder.Statement s : statements) {
                        if (!s.doc().equals(d.id()) || s.start() > at || at >= s.end()) continue;
                        System.out.println("  " + e.getKey() + " [" + s.start() + "," + s.end() + ") ents " + s.entities()
                                + " nums " + s.numbers() + " :: " + s.text().replace('\n', ' '));
                        if (whole == null || s.end() - s.start() > whole.end() - whole.start()) whole = s;
                    }
                    if (whole == null) System.out.println("  " + e.getKey() + " NO STATEMENT at " + at + " for " + a);
                    else anchors.add(whole);
                }
            }
            int g = 0;
            for (List<ClaimFinder.Statement> c : groups) {
                g++;
                if (java.util.Collections.disjoint(c, anchors) || c.size() < 2) continue;
                List<ClaimFinder.Statement> att = ClaimFinder.attach(c, statements, near, ubiquitous);
                System.out.println("   group " + g + (att.size() > c.size() ? " +attached" : ""));
                for (ClaimFinder.Statement s : att) {
                    System.out.println("     " + (c.contains(s) ? "" : "+") + (anchors.contains(s) ? "*" : " ") + s.doc().substring(0, 2) + " "
                            + s.text().substring(0, Math.min(110, s.text().length())).replace('\n', ' '));
                }
            }
            for (int i = 0; i < anchors.size(); i++) {
                for (int j = i + 1; j < anchors.size(); j++) {
                    ClaimFinder.Statement a = anchors.get(i), b = anchors.get(j);
                    if (a.doc().equals(b.doc())) continue;
                    Set<String> shared = new HashSet<>(a.entities());
                    shared.retainAll(b.entities());
                    System.out.printf("    %s-%s apart %s scope %s emb %.3f mutual %s nearAB %s nearBA %s content %.3f shared %s sim %.3f%n",
                            a.doc().substring(0, 2), b.doc().substring(0, 2), ClaimFinder.apart(a, b, ubiquitous), ClaimFinder.otherScope(a, b), SentenceEmbeddings.cosine(a.meaning(), b.meaning()),
                            near.mutual(a, b), near.nearestTo(a, b), near.nearestTo(b, a), a.vector().cosine(b.vector()), shared,
                            ClaimFinder.similarity(a, b, ubiquitous, near));
                }
            }
        }
    }
}
