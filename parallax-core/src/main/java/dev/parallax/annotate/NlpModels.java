package dev.parallax.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.Properties;

/**
 * The CoreNLP models a run needs, loaded once (lazily, on first use) and shared by every stage and thread.
 * Loading the English NER models takes about 15 s and over 1 GB of heap, so nothing else may create its own.
 */
public final class NlpModels {

    /** Which annotators to load and how many threads annotate in parallel. */
    public record Config(boolean dependencies, int threads) {
        public static Config defaults() {
            return new Config(true, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        }
    }

    private static volatile NlpModels shared;

    private final Config config;
    private volatile StanfordCoreNLP pipeline;
    private volatile TimeAnnotator sutime;

    private NlpModels(Config config) {
        this.config = config;
    }

    /** The process-wide models for the default configuration. */
    public static NlpModels shared() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (shared == null) shared = new NlpModels(Config.defaults());
                m = shared;
            }
        }
        return m;
    }

    /** Models with a specific configuration (tests and benchmarks); still loaded lazily and only once. */
    public static NlpModels with(Config config) {
        return new NlpModels(config);
    }

    public Config config() {
        return config;
    }

    /** The tokenize … ner (+ depparse) + quote pipeline. */
    public StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    quietLogging();
                    pipeline = new StanfordCoreNLP(pipelineProperties(config));
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** SUTime alone, to re-read time expressions against a document's own reference date. */
    public TimeAnnotator sutime() {
        TimeAnnotator t = sutime;
        if (t == null) {
            synchronized (this) {
                if (sutime == null) {
                    quietLogging();
                    sutime = new TimeAnnotator("sutime", sutimeProperties("sutime"), true);
                }
                t = sutime;
            }
        }
        return t;
    }

    static Properties pipelineProperties(Config config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.dependencies() ? ",depparse" : "") + ",quote");
        // Cleaned text separates paragraphs with blank lines; a headline must not run into the next sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.putAll(sutimeProperties("sutime"));
        // CoreNLP's own attribution needs coref (35 s, 5.8 GB) and gets half the speakers wrong; Parallax attributes.
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "false");
        return p;
    }

    static Properties sutimeProperties(String prefix) {
        Properties p = new Properties();
        p.setProperty(prefix + ".markTimeRanges", "true");
        p.setProperty(prefix + ".includeRange", "true");
        p.setProperty(prefix + ".includeNested", "false");
        p.setProperty(prefix + ".teRelHeurLevel", "MORE");
        return p;
    }

    private static void quietLogging() {
        if (!Boolean.getBoolean("parallax.verbose")) {
            RedwoodConfiguration.current().clear().apply();
        }
    }
}
