package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.List;

/** The linguistic layer of one document: sentences, tokens, entity mentions, time expressions and quotations. */
public record AnnotatedText(String doc, List<Sentence> sentences, List<Token> tokens, List<NerMention> mentions,
                            List<Timex> timexes, List<QuoteSpan> quoteSpans) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        quoteSpans = List.copyOf(quoteSpans);
    }

    public AnnotatedText withTimexes(List<Timex> newTimexes) {
        return new AnnotatedText(doc, sentences, tokens, mentions, newTimexes, quoteSpans);
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The sentence containing a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /** Tokens overlapping a character span. */
    public List<Token> tokensIn(int start, int end) {
        List<Token> out = new ArrayList<>();
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) out.add(tokens.get(i));
        return out;
    }
}
