package dev.parallax.compare;

import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Stage;
import dev.parallax.resolve.Gazetteer;

import java.util.List;

/** The compare stage: claims clustered across sources, and a profile of each source. */
public final class CompareStage implements Stage {

    private final Gazetteer gazetteer;

    public CompareStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public CompareStage() {
        this(Gazetteer.standard());
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        MentionIndex index = new MentionIndex(corpus.entities());
        List<Claim> claims = ClaimFinder.find(corpus, index, gazetteer);
        return corpus.withClaims(claims).withSources(SourceProfiler.profile(corpus, index, claims, gazetteer));
    }
}
