package dev.parallax.quote;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Document;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.corpus.Quote;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import dev.parallax.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.List;

/** The quotes stage: direct, partial and reported speech of every document, each with its resolved speaker. */
public final class QuoteStage implements Stage {

    private final Gazetteer gazetteer;

    public QuoteStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public QuoteStage() {
        this(Gazetteer.standard());
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        MentionIndex index = new MentionIndex(corpus.entities());
        List<Quote> out = new ArrayList<>();
        int n = 0;
        for (Document d : corpus.documents()) {
            AnnotatedText at = corpus.annotation(d.id());
            if (at == null || at.tokens().isEmpty()) continue;
            for (Quote q : new DocumentQuotes(d, at, index, gazetteer).find()) {
                out.add(new Quote("q" + (++n), q.doc(), q.start(), q.end(), q.text(), q.kind(), q.speaker(),
                        q.speakerText(), q.speakerStart(), q.speakerEnd(), q.cue()));
            }
        }
        return corpus.withQuotes(out);
    }
}
