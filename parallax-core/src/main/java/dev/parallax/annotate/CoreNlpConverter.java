package dev.parallax.annotate;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.NerMention;
import dev.parallax.corpus.QuoteSpan;
import dev.parallax.corpus.Sentence;
import dev.parallax.corpus.Timex;
import dev.parallax.corpus.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Copies what Parallax needs out of CoreNLP's annotation maps into the project's own immutable records, shifting
 * offsets by the position of the annotated chunk in the document. Nothing downstream depends on CoreNLP types.
 */
final class CoreNlpConverter {

    static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    /** Accumulates the layers of one document over its chunks. */
    static final class Builder {
        private final String doc;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Token> tokens = new ArrayList<>();
        private final List<NerMention> mentions = new ArrayList<>();
        private final List<Timex> timexes = new ArrayList<>();
        private final List<QuoteSpan> quotes = new ArrayList<>();

        Builder(String doc) {
            this.doc = doc;
        }

        AnnotatedText build() {
            return new AnnotatedText(doc, sentences, tokens, mentions, timexes, quotes);
        }

        /** Adds one annotated chunk whose text starts at {@code offset} in the document. */
        void add(Annotation ann, int offset, String text) {
            int sentenceBase = sentences.size();
            List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
            if (sents == null) return;
            for (CoreMap s : sents) {
                int si = sentences.size();
                List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
                int first = tokens.size();
                for (CoreLabel t : toks) {
                    int start = t.beginPosition() + offset;
                    int end = t.endPosition() + offset;
                    tokens.add(new Token(tokens.size(), si, start, end, text.substring(start, end), t.tag(), t.lemma(),
                            t.ner(), -1, null));
                }
                sentences.add(new Sentence(si, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset,
                        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + offset, first, tokens.size()));
                addDependencies(s, first);
                addMentions(s, si, offset, text);
            }
            List<CoreMap> qs = ann.get(CoreAnnotations.QuotationsAnnotation.class);
            if (qs != null) {
                for (CoreMap q : qs) {
                    int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset;
                    int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + offset;
                    Integer sb = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
                    Integer se = q.get(CoreAnnotations.SentenceEndAnnotation.class);
                    quotes.add(new QuoteSpan(start, end, text.substring(start, end),
                            sb == null ? -1 : sb + sentenceBase, se == null ? -1 : se + sentenceBase));
                }
            }
        }

        private void addDependencies(CoreMap s, int first) {
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g == null) return;
            for (SemanticGraphEdge e : g.edgeIterable()) {
                IndexedWord dep = e.getDependent();
                IndexedWord gov = e.getGovernor();
                int di = first + dep.index() - 1;
                Token t = tokens.get(di);
                tokens.set(di, new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.pos(), t.lemma(),
                        t.ner(), first + gov.index() - 1, e.getRelation().toString()));
            }
            for (IndexedWord root : g.getRoots()) {
                int ri = first + root.index() - 1;
                Token t = tokens.get(ri);
                tokens.set(ri, new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.pos(), t.lemma(),
                        t.ner(), -1, "root"));
            }
        }

        private void addMentions(CoreMap s, int si, int offset, String text) {
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) return;
            for (CoreMap m : ms) {
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + offset;
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + offset;
                String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                if (type == null) type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                int[] span = tokenSpan(start, end);
                String surface = text.substring(start, end);
                if (TIME_TYPES.contains(type)) {
                    edu.stanford.nlp.time.Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
                    String value = tx != null ? tx.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    String alt = tx != null ? tx.altVal() : null;
                    String ttype = tx != null && tx.timexType() != null ? tx.timexType() : type;
                    timexes.add(new Timex(start, end, surface, ttype, value, alt, si));
                } else {
                    mentions.add(new NerMention(start, end, surface, type, si, span[0], span[1]));
                }
            }
        }

        private int[] tokenSpan(int start, int end) {
            int lo = 0, hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= start) lo = mid + 1; else hi = mid;
            }
            int e = lo;
            while (e < tokens.size() && tokens.get(e).start() < end) e++;
            return new int[] {lo, e};
        }
    }

    private CoreNlpConverter() {}
}
