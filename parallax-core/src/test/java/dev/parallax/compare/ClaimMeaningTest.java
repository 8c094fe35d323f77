package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Sentence;
import dev.parallax.text.SentenceEmbeddings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims found by meaning, not only by shared words: paraphrases, sentences telling two facts, and figures counted
 * per member against totals.
 */
class ClaimMeaningTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Levy vote splits the river league\n\n"
                        + "Mayor Anton Kessler could not leave Velmar on Tuesday because his plane had broken down on the runway. "
                        + "The river league admitted the port of Ostrava as its twelfth member, and the harbour board of Corsana approved a new toll on barges. "
                        + "Velmar and Ostrava each pledged 5 million crowns to the dredging fund of the league.",
                "beta", "Ostrava joins the river league\n\n"
                        + "Kessler was stranded in Velmar for a day after a breakdown of his aircraft. "
                        + "Ostrava became the twelfth member of the river league at the meeting in Velmar. "
                        + "Pledges to the dredging fund of the league reached about 30 million crowns by the close of the meeting.",
                "gamma", "Barge owners count the cost\n\n"
                        + "The harbour board of Corsana approved a new toll on barges, to the anger of the owners. "
                        + "Barge owners protested outside the town hall of Velmar while the delegates met."));
    }

    private static List<Claim> covering(String doc, String words) {
        String text = corpus.document(doc).orElseThrow().text();
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        return corpus.claims().stream()
                .filter(c -> c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end()))
                .toList();
    }

    @Test
    void theSameFactInOtherWordsIsOneClaim() {
        // "plane had broken down" / "breakdown of his aircraft": few shared lemmas, one fact.
        assertThat(covering("beta", "stranded in Velmar"))
                .anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
    }

    @Test
    void aSentenceTellingTwoFactsJoinsTwoClaims() {
        List<Claim> claims = covering("alpha", "The river league admitted");
        assertThat(claims).anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "beta"));
        assertThat(covering("alpha", "the harbour board of Corsana approved"))
                .anySatisfy(c -> assertThat(c.assertingDocs()).containsExactly("alpha", "gamma"));
    }

    @Test
    void aFigureCountedPerMemberDoesNotContradictATotal() {
        assertThat(corpus.claims()).allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }

    @Test
    void aRelativeClauseAndACoordinatedClauseWithItsOwnSubjectAreClausesOfTheirOwn() {
        AnnotatedText at = corpus.annotation("alpha");
        String text = corpus.document("alpha").orElseThrow().text();
        Sentence twoFacts = at.sentenceAt(text.indexOf("The river league admitted"));
        List<String> clauses = Clauses.of(at, twoFacts).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(1)).startsWith("the harbour board of Corsana approved");
        // "because his plane had broken down on the runway" has a subject of its own: an adverbial clause.
        Sentence stranded = at.sentenceAt(text.indexOf("Mayor Anton Kessler"));
        assertThat(Clauses.of(at, stranded)).hasSize(2);
    }

    @Test
    void aRelativeClauseReadsAfterTheNounItDescribes() {
        AnnotatedText at = corpus.annotation("gamma");
        String text = corpus.document("gamma").orElseThrow().text();
        Sentence s = at.sentenceAt(text.indexOf("Barge owners protested"));
        assertThat(Clauses.of(at, s)).hasSize(1);
        Corpus relative = Models.analyse(Map.of("delta",
                "Toll dispute\n\nThe new toll on barges, which the harbour board of Corsana approved on Monday, angered the owners of Velmar."));
        AnnotatedText rt = relative.annotation("delta");
        String rtext = relative.document("delta").orElseThrow().text();
        Sentence rs = rt.sentenceAt(rtext.indexOf("The new toll"));
        Clauses.Clause which = Clauses.of(rt, rs).stream().filter(c -> c.described() != null).findFirst().orElseThrow();
        int[] np = Clauses.describedPhrase(rt, rs, which);
        assertThat(rtext.substring(np[0], np[1])).isEqualTo("The new toll on barges");
        assertThat(rtext.substring(which.start(), which.end())).startsWith("which the harbour board");
    }

    @Test
    void paraphrasesLieCloserInMeaningThanUnrelatedSentences() {
        float[] a = SentenceEmbeddings.embed("His plane had broken down on the runway.");
        float[] b = SentenceEmbeddings.embed("A breakdown of his aircraft kept him on the ground.");
        float[] c = SentenceEmbeddings.embed("The harbour board approved a new toll on barges.");
        assertThat(SentenceEmbeddings.cosine(a, b)).isGreaterThan(SentenceEmbeddings.cosine(a, c) + 0.2);
        assertThat(SentenceEmbeddings.embed("His plane had broken down on the runway.")).containsExactly(a);
    }
}
