package dev.parallax.annotate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Document;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of CoreNLP annotations keyed by document text and model settings, so a corpus analysed again (another
 * summary length, a changed later stage, a re-run after new articles arrive) skips the slowest stage for every
 * article it has already seen. An entry is used only when the text, the document id, the annotator settings and
 * the cache format all match; a damaged entry is ignored and rewritten.
 */
public final class AnnotationCache {

    /** Bumped whenever the shape of {@link AnnotatedText} or the way it is built changes. */
    static final int FORMAT = 1;

    /** Record components only: helpers such as {@code Token.isVerb()} are derived, not stored. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Path dir;
    private final String settings;

    private AnnotationCache(Path dir, String settings) {
        this.dir = dir;
        this.settings = settings;
    }

    /** A cache in {@code dir} (created when missing) for annotations made with {@code config}. */
    public static AnnotationCache at(Path dir, NlpModels.Config config) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create annotation cache " + dir, e);
        }
        return new AnnotationCache(dir, fingerprint(NlpModels.pipelineProperties(config)));
    }

    /** The cached annotation of this document, if one was made with the same settings. */
    public Optional<AnnotatedText> get(Document d) {
        Path file = fileFor(d);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            AnnotatedText at = JSON.readValue(in, AnnotatedText.class);
            return d.id().equals(at.doc()) ? Optional.of(at) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A half-written or outdated entry costs one re-annotation, never a failed run.
            return Optional.empty();
        }
    }

    /** Stores an annotation; written to a temporary file and moved, so readers never see half an entry. */
    public void put(Document d, AnnotatedText at) {
        Path file = fileFor(d);
        try {
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, at);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The cache is an optimisation: a full disk must not fail the analysis.
        }
    }

    Path fileFor(Document d) {
        return dir.resolve(sha256(settings + "\u0000" + d.id() + "\u0000" + d.text()) + ".json.gz");
    }

    private static String fingerprint(Properties props) {
        Map<String, String> sorted = new TreeMap<>();
        props.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        return "format=" + FORMAT + ";corenlp=" + coreNlpVersion() + ";" + sorted;
    }

    private static String coreNlpVersion() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
