package dev.parallax.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence meaning as a dense vector (all-MiniLM-L6-v2, quantised, run in-process by ONNX Runtime): two sources
 * telling one fact in different words ("his plane broke down" / "a breakdown of his aircraft") land close together,
 * where lemma overlap sees nothing in common. The model is loaded once, on first use, and shared.
 */
public final class SentenceEmbeddings {

    private SentenceEmbeddings() {}

    private static final class Holder {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The unit-length embedding of a text, with components rounded so that runs on any thread count agree. */
    public static float[] embed(String text) {
        float[] v = Holder.MODEL.embed(text).content().vector();
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Math.round(v[i] / norm * 1e5f) / 1e5f;
        return out;
    }

    /** Cosine of two unit vectors, to three decimals (finer digits are noise and would make ties unstable). */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null) return 0;
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return Math.round(dot * 1000) / 1000.0;
    }
}
