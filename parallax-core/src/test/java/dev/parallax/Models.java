package dev.parallax;

import dev.parallax.annotate.NlpModels;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.ingest.Ingestor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** CoreNLP models and analysed corpora shared by all tests of one JVM: the models load once (about 15 s). */
public final class Models {

    private static final Map<Path, Corpus> ANALYSED = new ConcurrentHashMap<>();

    private Models() {}

    public static NlpModels nlp() {
        return NlpModels.shared();
    }

    /**
     * The full pipeline over a folder or file, computed once per JVM. A developer iterating on later stages may set
     * {@code -Dparallax.test.annotationCache=DIR} to reuse CoreNLP's annotations between test runs; CI never does.
     */
    public static Corpus analysed(Path input) {
        String cache = System.getProperty("parallax.test.annotationCache", "");
        Parallax.Options options = cache.isBlank() ? Parallax.Options.defaults()
                : Parallax.Options.defaults().withAnnotationCache(Path.of(cache));
        return ANALYSED.computeIfAbsent(input.toAbsolutePath().normalize(),
                p -> Parallax.pipeline(nlp(), options).run(new Ingestor().read(List.of(p))));
    }

    /** A corpus of the given texts (id → text), read as plain-text articles, through the full pipeline. */
    public static Corpus analyse(Map<String, String> texts) {
        return analyse(texts, Map.of());
    }

    /** A corpus of the given texts (id → text) with the given publication dates (id → ISO date; others undated). */
    public static Corpus analyse(Map<String, String> texts, Map<String, String> published) {
        List<Document> docs = texts.entrySet().stream()
                .map(e -> Document.read(e.getKey(), e.getKey() + ".txt", null, null, null, published.get(e.getKey()), e.getValue()))
                .toList();
        return Parallax.pipeline(nlp(), Parallax.Options.defaults()).run(Corpus.of(docs, List.of()));
    }
}
