package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionMetric;
import dev.parallax.extract.HtmlDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code parallax bench extract}: scores Parallax's article extractor and boilerpipe's on pages with a human-marked
 * article body, with the shingle metric of {@link ExtractionMetric}, and times both on one thread after a warm-up.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Scores the article extractor (and boilerpipe, as the peer) on a page set with ground truth.")
public final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--pages", required = true, paramLabel = "DIR",
            description = "Folder of pages: <key>.html or <key>.html.gz.")
    Path pages;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
            description = "JSON object {\"<key>\": {\"articleBody\": \"...\"}}.")
    Path truth;

    @Option(names = "--no-peer", description = "Score only Parallax's extractor, not boilerpipe.")
    boolean noPeer;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N pages with the lowest F1 for Parallax.")
    int worst;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write Parallax's text for every page to DIR/<key>.txt.")
    Path dump;

    /** A page of the set: its key, decoded HTML and true body. */
    record Page(String key, String html, String truth) {}

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed passes over the set after the warm-up (default 3); the fastest counts, which keeps "
                    + "a busy machine from favouring whichever extractor ran while it was quiet.")
    int rounds;

    /** An extractor under test. */
    record Extractor(String name, Function<String, String> extract) {}

    /** The scores and speed of one extractor, and its texts. */
    record Run(String name, ExtractionMetric.Summary summary, double pagesPerSecond, double cpuPagesPerSecond,
               List<Double> f1, List<String> texts) {}

    @Override
    public Integer call() throws Exception {
        List<Page> set = load(pages, truth);
        if (set.isEmpty()) {
            System.err.println("parallax bench extract: no page in " + pages + " has an entry in " + truth);
            return 1;
        }
        PrintStream out = System.out;
        ArticleExtractor extractor = new ArticleExtractor();
        List<Extractor> extractors = new ArrayList<>();
        extractors.add(new Extractor("parallax", html -> extractor.extract(html, null).text()));
        if (!noPeer) {
            de.l3s.boilerpipe.extractors.ArticleExtractor peer = new de.l3s.boilerpipe.extractors.ArticleExtractor();
            extractors.add(new Extractor("boilerpipe", html -> {
                try {
                    return peer.getText(html);
                } catch (Exception | StackOverflowError e) {
                    return "";
                }
            }));
        }
        List<Run> runs = run(extractors, set, rounds);
        List<String> ours = runs.get(0).texts();
        out.printf(Locale.ROOT, "%d pages%n", set.size());
        out.printf(Locale.ROOT, "%-12s %9s %9s %9s %9s %9s %11s%n", "extractor", "precision", "recall", "F1", "accuracy",
                "pages/s", "cpu pages/s");
        for (Run r : runs) {
            ExtractionMetric.Summary s = r.summary();
            out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %9.3f %9.1f %11.1f%n", r.name(), s.precision(), s.recall(), s.f1(),
                    s.accuracy(), r.pagesPerSecond(), r.cpuPagesPerSecond());
        }
        for (int i = 1; i < runs.size(); i++) {
            Run peer = runs.get(i);
            out.printf(Locale.ROOT, "speed vs %s: %.2fx wall clock, %.2fx thread CPU time (best of %d rounds each)%n",
                    peer.name(), runs.get(0).pagesPerSecond() / peer.pagesPerSecond(),
                    peer.cpuPagesPerSecond() == 0 ? Double.NaN : runs.get(0).cpuPagesPerSecond() / peer.cpuPagesPerSecond(),
                    Math.max(1, rounds));
        }
        if (worst > 0) {
            Run r = runs.get(0);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) order.add(i);
            order.sort(Comparator.comparingDouble(r.f1()::get));
            out.println("worst pages (parallax):");
            for (int i = 0; i < Math.min(worst, order.size()); i++) {
                int k = order.get(i);
                ExtractionMetric.PageScore s = ExtractionMetric.score(set.get(k).truth(), ours.get(k));
                out.printf(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f%n", set.get(k).key(), r.f1().get(k), s.precision(),
                        s.recall());
            }
        }
        if (dump != null) {
            Files.createDirectories(dump);
            for (int i = 0; i < set.size(); i++) {
                Files.writeString(dump.resolve(set.get(i).key() + ".txt"), ours.get(i), StandardCharsets.UTF_8);
            }
        }
        return 0;
    }

    /**
     * Runs each extractor over every page once to warm up, then times {@code rounds} passes (single thread, the
     * extractors taking turns) and scores the texts of the last one.
     */
    static List<Run> run(List<Extractor> extractors, List<Page> set, int rounds) {
        for (Extractor x : extractors) for (Page p : set) x.extract().apply(p.html());
        double[] best = new double[extractors.size()];
        double[] bestCpu = new double[extractors.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < extractors.size(); i++) texts.add(List.of());
        for (int r = 0; r < Math.max(1, rounds); r++) {
            for (int i = 0; i < extractors.size(); i++) {
                Function<String, String> f = extractors.get(i).extract();
                List<String> out = new ArrayList<>(set.size());
                long t0 = System.nanoTime();
                long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
                for (Page p : set) out.add(f.apply(p.html()));
                double seconds = (System.nanoTime() - t0) / 1e9;
                best[i] = Math.max(best[i], set.size() / seconds);
                // The thread's own CPU time is what the other jobs of a busy machine do not inflate.
                if (cpu) bestCpu[i] = Math.max(bestCpu[i], set.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
                texts.set(i, out);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < extractors.size(); i++) {
            ExtractionMetric metric = new ExtractionMetric();
            List<Double> f1 = new ArrayList<>();
            for (int k = 0; k < set.size(); k++) {
                ExtractionMetric.PageScore s = metric.add(set.get(k).truth(), texts.get(i).get(k));
                double p = s.precision(), r = s.recall();
                f1.add(p + r == 0 ? 0 : 2 * p * r / (p + r));
            }
            runs.add(new Run(extractors.get(i).name(), metric.summary(), best[i], bestCpu[i], f1, texts.get(i)));
        }
        return runs;
    }

    /** The pages of {@code dir} that the truth file has a body for, sorted by key. */
    static List<Page> load(Path dir, Path truthFile) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<Page> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String key = name.replaceFirst("(?i)\\.(html?|xhtml)(\\.gz)?$", "");
            if (key.equals(name)) continue;
            JsonNode entry = truth.get(key);
            if (entry == null || !entry.hasNonNull("articleBody")) continue;
            byte[] bytes;
            try (InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                bytes = in.readAllBytes();
            }
            String html;
            try {
                html = HtmlDecoding.decode(bytes, null);
            } catch (Exception e) {
                System.err.println("parallax bench extract: " + f + ": " + e.getMessage() + " (scored as empty)");
                html = "";
            }
            out.add(new Page(key, html, entry.get("articleBody").asText()));
        }
        return out;
    }
}
