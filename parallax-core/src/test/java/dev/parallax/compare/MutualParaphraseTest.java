package dev.parallax.compare;

import dev.parallax.text.SentenceVectors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sources' sentences that are each other's closest in meaning and name the same participant tell one fact even
 * when a translation or a paraphrase leaves them only moderately close ("responded by suspending the council" /
 * "announced the suspension of all the members of the council").
 */
class MutualParaphraseTest {

    private static float[] unit(double... xs) {
        float[] v = new float[8];
        double n = 0;
        for (double x : xs) n += x * x;
        for (int i = 0; i < xs.length; i++) v[i] = (float) (xs[i] / Math.sqrt(n));
        return v;
    }

    private static ClaimFinder.Statement statement(String doc, String text, String term, Set<String> entities, float[] meaning) {
        return statement(doc, text, term, entities, meaning, Set.of());
    }

    private static ClaimFinder.Statement statement(String doc, String text, String term, Set<String> entities, float[] meaning,
                                                   Set<String> figures) {
        return new ClaimFinder.Statement(doc, 0, text.length(), text, new SentenceVectors.Vector(Map.of(term, 1.0)), entities,
                Set.of(), Map.of(), Set.of(), false, false, 0, null, Set.of(), false, Set.of(), List.of(), figures, meaning,
                Set.of(), Set.of(), Set.of(), false, null, false, Map.of());
    }

    private static final double CLOSE = 0.52;

    private static List<ClaimFinder.Statement> story(Set<String> betaNames) {
        return List.of(
                statement("alpha", "At dawn the prefect, Ilse Varga, announced the suspension of all the members of the harbour board.",
                        "suspension", Set.of("person:ilse-varga"), unit(1, 0, 0, 0)),
                statement("alpha", "Ferry tickets will cost more from the spring.", "ticket", Set.of(), unit(0, 0, 1, 0)),
                statement("beta", "The prefect responded by dismissing the board.", "dismiss", betaNames,
                        unit(CLOSE, Math.sqrt(1 - CLOSE * CLOSE), 0, 0)),
                statement("beta", "The weather stayed calm all week.", "weather", Set.of(), unit(0, 0, 0, 1)));
    }

    @Test
    void mutuallyClosestSentencesNamingOneParticipantAreOneFact() {
        List<ClaimFinder.Statement> s = story(Set.of("person:ilse-varga"));
        ClaimFinder.Neighbours near = new ClaimFinder.Neighbours(s);
        assertThat(near.mutual(s.get(0), s.get(2))).isTrue();
        assertThat(ClaimFinder.similarity(s.get(0), s.get(2), Set.of(), near)).isGreaterThan(ClaimFinder.MIN_SIMILARITY);
    }

    @Test
    void asCloseWithNoParticipantInCommonIsNot() {
        List<ClaimFinder.Statement> s = story(Set.of("person:oskar-brandt"));
        ClaimFinder.Neighbours near = new ClaimFinder.Neighbours(s);
        assertThat(ClaimFinder.similarity(s.get(0), s.get(2), Set.of(), near)).isZero();
    }

    @Test
    void asCloseButGivingOtherFiguresIsNot() {
        // "the levy is 12% for Norrfisk" / "for Norrfisk the levy amounts to 12.8 percent": alike, but two figures.
        List<ClaimFinder.Statement> s = new java.util.ArrayList<>(story(Set.of("person:ilse-varga")));
        s.set(0, statement("alpha", "The prefect suspended 12 members of the board.", "suspension", Set.of("person:ilse-varga"),
                unit(1, 0, 0, 0), Set.of("12")));
        s.set(2, statement("beta", "The prefect dismissed 14 members of the board.", "dismiss", Set.of("person:ilse-varga"),
                unit(CLOSE, Math.sqrt(1 - CLOSE * CLOSE), 0, 0), Set.of("14")));
        ClaimFinder.Neighbours near = new ClaimFinder.Neighbours(s);
        assertThat(ClaimFinder.similarity(s.get(0), s.get(2), Set.of(), near)).isZero();
    }
}
