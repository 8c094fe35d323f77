package dev.parallax.annotate;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.InputError;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The annotate stage: sentences, tokens (POS, lemma, NER, dependencies), entity mentions, time expressions and
 * quotations for every document, with Stanford CoreNLP. Long documents are annotated in paragraph-aligned chunks
 * so memory stays bounded; documents are annotated in parallel on the shared models.
 */
public final class AnnotateStage implements Stage {

    /** Chunks end at paragraph breaks and are at most this long (a sentence never spans a blank line). */
    static final int MAX_CHUNK_CHARS = 20_000;

    private final NlpModels models;
    private final AnnotationCache cache;

    public AnnotateStage(NlpModels models) {
        this(models, null);
    }

    /** With a cache of earlier annotations ({@code null}: none); the models load only if an article misses it. */
    public AnnotateStage(NlpModels models, AnnotationCache cache) {
        this.models = models;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        progress.stageStarted(name(), corpus.documents().size());
        int threads = models.config().threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnnotatedText>> futures = new ArrayList<>();
            for (Document d : corpus.documents()) {
                futures.add(pool.submit(() -> {
                    try {
                        return annotate(d);
                    } finally {
                        progress.step(name());
                    }
                }));
            }
            Map<String, AnnotatedText> out = new LinkedHashMap<>();
            List<InputError> errors = new ArrayList<>(corpus.errors());
            for (int i = 0; i < futures.size(); i++) {
                Document d = corpus.documents().get(i);
                try {
                    out.put(d.id(), futures.get(i).get());
                } catch (ExecutionException e) {
                    // One document the annotator chokes on must not sink the run: it stays, unannotated.
                    errors.add(new InputError(d.source(), "annotation failed: " + e.getCause()));
                    out.put(d.id(), new AnnotatedText(d.id(), List.of(), List.of(), List.of(), List.of(), List.of()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annotating", e);
                }
            }
            return corpus.withAnnotations(out).withErrors(errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Annotates one document's cleaned text, or takes its annotation from the cache. */
    public AnnotatedText annotate(Document d) {
        if (cache == null) return annotateFresh(d);
        var cached = cache.get(d);
        if (cached.isPresent()) return cached.get();
        AnnotatedText fresh = annotateFresh(d);
        cache.put(d, fresh);
        return fresh;
    }

    private AnnotatedText annotateFresh(Document d) {
        CoreNlpConverter.Builder builder = new CoreNlpConverter.Builder(d.id());
        String text = d.text();
        for (int[] chunk : chunks(text, MAX_CHUNK_CHARS)) {
            Annotation ann = new Annotation(text.substring(chunk[0], chunk[1]));
            models.pipeline().annotate(ann);
            builder.add(ann, chunk[0], text);
        }
        return builder.build();
    }

    /** Splits text into spans that end at paragraph breaks ("\n\n") and are at most {@code max} chars if possible. */
    static List<int[]> chunks(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + max);
            if (end < text.length()) {
                int br = text.lastIndexOf("\n\n", end);
                if (br > start) end = br;
                else {
                    int sp = text.lastIndexOf(' ', end);
                    if (sp > start) end = sp;
                }
            }
            out.add(new int[] {start, end});
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        }
        return out;
    }
}
