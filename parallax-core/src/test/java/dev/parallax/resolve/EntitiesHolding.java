package dev.parallax.resolve;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Looks up the resolved entities of a test corpus by one of their names. */
final class EntitiesHolding {

    private EntitiesHolding() {}

    /** The entities whose name or aliases include {@code alias}. */
    static List<Entity> holding(Corpus corpus, String alias) {
        return corpus.entities().stream().filter(e -> e.aliases().contains(alias) || e.name().equals(alias)).toList();
    }

    /** The one entity holding {@code alias}; fails the test when there is none or several. */
    static Entity only(Corpus corpus, String alias) {
        List<Entity> es = holding(corpus, alias);
        assertThat(es).as(alias).hasSize(1);
        return es.get(0);
    }
}
