package dev.parallax.annotate;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Timex;
import dev.parallax.corpus.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs SUTime over an already annotated document with a given reference date, so relative expressions ("next
 * week", "on Friday") resolve against that document's own date. The tokens are rebuilt from the project's model,
 * which is much cheaper than annotating the text again.
 */
public final class Sutime {

    private final NlpModels models;

    public Sutime(NlpModels models) {
        this.models = models;
    }

    /** The time expressions of a document read against {@code referenceDate} (ISO date), or with none if null. */
    public List<Timex> read(String text, AnnotatedText at, String referenceDate) {
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            List<CoreLabel> labels = new ArrayList<>();
            for (Token t : at.tokensOf(s)) {
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                l.setOriginalText(t.word());
                l.setBeginPosition(t.start());
                l.setEndPosition(t.end());
                l.setTag(t.pos());
                l.setLemma(t.lemma());
                l.setIndex(t.index() - s.firstToken() + 1);
                l.setSentIndex(s.index());
                l.set(CoreAnnotations.TokenBeginAnnotation.class, t.index());
                l.set(CoreAnnotations.TokenEndAnnotation.class, t.index() + 1);
                labels.add(l);
            }
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(s.start(), s.end()));
            sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.start());
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, s.firstToken());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, s.endToken());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
            sentences.add(sentence);
            all.addAll(labels);
        }
        Annotation ann = new Annotation(text);
        ann.set(CoreAnnotations.TokensAnnotation.class, all);
        ann.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (referenceDate != null) ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        models.sutime().annotate(ann);
        List<Timex> out = new ArrayList<>();
        List<CoreMap> found = ann.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null) return out;
        for (CoreMap m : found) {
            edu.stanford.nlp.time.Timex x = m.get(TimeAnnotations.TimexAnnotation.class);
            if (x == null) continue;
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer si = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
            out.add(new Timex(start, end, text.substring(start, end), x.timexType(), x.value(), x.altVal(),
                    si == null ? -1 : si));
        }
        return out;
    }
}
