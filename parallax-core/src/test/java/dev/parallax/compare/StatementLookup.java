package dev.parallax.compare;

import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.MentionIndex;
import dev.parallax.resolve.Gazetteer;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Finds ClaimFinder's statements of an analysed test corpus by the words they hold. */
final class StatementLookup {

    private StatementLookup() {}

    /** Every statement of the corpus, as the claim finder makes them. */
    static List<ClaimFinder.Statement> statements(Corpus corpus) {
        MentionIndex index = new MentionIndex(corpus.entities());
        Set<String> ubiquitous = ClaimFinder.ubiquitous(corpus, index);
        return ClaimFinder.statements(corpus, index, ubiquitous,
                ClaimFinder.seats(corpus, index, Gazetteer.standard()), ClaimFinder.demonyms(corpus, Gazetteer.standard()));
    }

    /** The longest statement holding {@code words}: the whole sentence, not a clause of it. */
    static ClaimFinder.Statement sentenceAt(Corpus corpus, String doc, String words) {
        int at = corpus.document(doc).orElseThrow().text().indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return statements(corpus).stream().filter(s -> s.doc().equals(doc) && s.start() <= at && at < s.end())
                .max(java.util.Comparator.comparingInt(s -> s.end() - s.start())).orElseThrow();
    }

    /** The whole-sentence statement holding {@code words}. */
    static ClaimFinder.Statement statementAt(Corpus corpus, String doc, String words) {
        int at = corpus.document(doc).orElseThrow().text().indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return statements(corpus).stream().filter(s -> s.doc().equals(doc) && s.start() <= at && at < s.end())
                .min(java.util.Comparator.comparingInt(ClaimFinder.Statement::start)).orElseThrow();
    }
}
