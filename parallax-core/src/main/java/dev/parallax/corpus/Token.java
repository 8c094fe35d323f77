package dev.parallax.corpus;

/**
 * One token of a cleaned text with its linguistic annotation. {@code head} is the index (within the document)
 * of its syntactic governor, -1 for the root or when no parse was made; {@code deprel} the relation name.
 */
public record Token(int index, int sentence, int start, int end, String word, String pos, String lemma,
                    String ner, int head, String deprel) {

    public boolean isProperNoun() {
        return pos != null && pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    public boolean isPronoun() {
        return "PRP".equals(pos) || "PRP$".equals(pos);
    }
}
