package dev.parallax.quote;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import dev.parallax.corpus.Quote;

/** Finding a quote of an analysed test corpus by its first words, and naming its speaker. */
final class QuoteLookup {

    private QuoteLookup() {}

    static Quote quote(Corpus corpus, String start) {
        return corpus.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + corpus.quotes()));
    }

    /** The name of the quote's speaker entity, or null when the quote has none. */
    static String speakerName(Corpus corpus, Quote q) {
        return q.speaker() == null ? null : corpus.entities().stream().filter(e -> e.id().equals(q.speaker()))
                .map(Entity::name).findFirst().orElseThrow();
    }
}
