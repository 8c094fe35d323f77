package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Claim;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source giving another count than the others for the same thing is reported as contradicting them, however each
 * source words the count: "31 member states" / "31 countries", "a crew of 18" / "18 crew members" / "the 18 members
 * of the crew", and "12 had applied" after another count of the same noun.
 */
class OddFigureTest {

    /** The documents reported as contradicting some claim, with the claims' asserting documents. */
    private static List<String> contradicting(Corpus corpus) {
        return corpus.claims().stream()
                .flatMap(c -> c.contradictedBy().stream().map(x -> x.evidence().doc()))
                .distinct().sorted().toList();
    }

    private static boolean contradictedIn(Corpus corpus, String doc, String words) {
        String text = corpus.document(doc).orElseThrow().text();
        int at = text.indexOf(words);
        assertThat(at).as(words).isNotNegative();
        for (Claim c : corpus.claims()) {
            for (Claim.Contradiction x : c.contradictedBy()) {
                if (x.evidence().doc().equals(doc) && x.evidence().start() <= at && at < x.evidence().end()) return true;
            }
        }
        return false;
    }

    @Test
    void membersOfAUnionCountedAsStatesOrCountriesAreOneCount() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Coastal Union admits Velmar\n\n"
                        + "The Coastal Union, which groups 31 member states and about 90 million people, admitted Velmar as its newest partner on Monday.",
                "beta", "Velmar joins the Coastal Union\n\n"
                        + "The Coastal Union, with 31 countries, admitted Velmar as its newest partner at its meeting on Monday.",
                "gamma", "A new partner for the Union\n\n"
                        + "The Coastal Union (CU), which gathers 30 member States, admitted thus Velmar as its newest partner on Monday."));
        assertThat(contradictedIn(corpus, "gamma", "30 member States")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("gamma");
    }

    @Test
    void aCrewCountedInThreeWordingsIsOneCount() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Freighter stuck off Rovik\n\n"
                        + "The freighter Marta Lind ran aground off Rovik on Monday; the owners said the crew of 18, all Filipino nationals, were safe.",
                "beta", "Marta Lind aground\n\n"
                        + "The freighter Marta Lind ran aground off Rovik on Monday. The 18 members of the crew, all of Filipino nationality, remain on board.",
                "gamma", "Rovik grounding\n\n"
                        + "The freighter Marta Lind ran aground off Rovik on Monday. All 19 crew members, who are Filipino, are safe, the owners said."));
        assertThat(contradictedIn(corpus, "gamma", "All 19 crew members")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("gamma");
    }

    @Test
    void aBareNumberCountsWhatTheSentencesPreviousFigureCounted() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "League weighs new members\n\n"
                        + "More than 20 towns had asked about joining the River League and 12 had formally applied, the league's secretary said on Friday.",
                "beta", "River League expansion\n\n"
                        + "The league's secretary said on Friday that 12 towns had formally applied and more than 20 had asked about joining the River League.",
                "gamma", "A rush to join\n\n"
                        + "A whopping 15 towns have formally applied to join the River League, which is seen as the richest club of the valley."));
        assertThat(contradictedIn(corpus, "gamma", "15 towns have formally applied")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("gamma");
    }

    @Test
    void countsWhoseDoingIsLeftUnsaidAreNotComparedByTheirNeighboursVerb() {
        // "ten voted for, five against": "voted" holds both sides, so "five voted against" elsewhere agrees.
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Levy passes\n\n"
                        + "According to council members, ten towns voted for the river levy, five against and 12 abstained on Friday.",
                "beta", "River levy vote\n\n"
                        + "The river levy passed on Friday, while five towns voted against and 12 abstained.",
                "gamma", "Council backs levy\n\n"
                        + "Ten towns voted in favour of the river levy on Friday, five against, and 12 abstained."));
        assertThat(contradicting(corpus)).isEmpty();
    }

    @Test
    void aCountriesTroopsCountedByPossessionNationalityOrHavingAreOneCount() {
        // Norway is named by every source (a protagonist), the soldiers are "troops", "soldiers" and "men", and the
        // odd source's short sentence says "there": Norway's count is still one fact, and the odd figure contradicts it.
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Norway reviews Chad mission\n\n"
                        + "Norway has about 900 soldiers in Chad, which became its main partner in the region after the floods. "
                        + "Norway said on Monday it would review the mission.",
                "beta", "Protests in Chad\n\n"
                        + "Norway's 900 troops in Chad have become a target of protests in the capital. Norway said it would stay.",
                "gamma", "A base under pressure\n\n"
                        + "Protesters demanded on Monday the departure of the Norwegian soldiers, estimated at 900 men, from Chad. "
                        + "Norway did not comment.",
                "delta", "Mission review\n\n"
                        + "Norway is reviewing its mission in Chad after weeks of protests against it. "
                        + "Norway has some 2,000 soldiers there."));
        assertThat(contradictedIn(corpus, "delta", "Norway has some 2,000 soldiers there")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("delta");
    }

    @Test
    void troopsNamedByANationalityAndByTheirCountryAreOneCount() {
        // "Chad hosts" is often tagged as a plural noun; "U.S." is parsed as a compound, not an adjective.
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Chad mission\n\n"
                        + "Norway has about 900 soldiers in Chad. Chad hosts about 300 U.S. troops.",
                "beta", "Foreign forces in Chad\n\n"
                        + "The United States has about 300 troops in Chad, most of them at an air base near the capital.",
                "gamma", "Protests in Chad\n\n"
                        + "Protesters in the capital of Chad called on Monday for the departure of all foreign forces."));
        assertThat(sameClaim(corpus, "alpha", "Chad hosts about 300", "beta", "The United States has about 300")).isTrue();
    }

    private static boolean sameClaim(Corpus corpus, String docA, String wordsA, String docB, String wordsB) {
        int a = corpus.document(docA).orElseThrow().text().indexOf(wordsA);
        int b = corpus.document(docB).orElseThrow().text().indexOf(wordsB);
        assertThat(a).as(wordsA).isNotNegative();
        assertThat(b).as(wordsB).isNotNegative();
        return corpus.claims().stream().anyMatch(c -> covers(c, docA, a) && covers(c, docB, b));
    }

    private static boolean covers(Claim c, String doc, int at) {
        return c.assertedBy().stream().anyMatch(e -> e.doc().equals(doc) && e.start() <= at && at < e.end());
    }

    @Test
    void aPersonsAgeIsOneFactHoweverItIsWritten() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Arrest in Tarvik\n\n"
                        + "Police in Tarvik arrested the suspect, Piet Havel, 41, at the scene on Friday.",
                "beta", "Tarvik attack\n\n"
                        + "The 41-year-old Piet Havel was arrested in Tarvik on Friday, police said.",
                "gamma", "Who is Piet Havel?\n\n"
                        + "Piet Havel was arrested in Tarvik on Friday. The 42-year-old, who served in the navy for three years, "
                        + "had lived alone in a flat near the harbour."));
        assertThat(contradictedIn(corpus, "gamma", "The 42-year-old")).isTrue();
        assertThat(contradicting(corpus)).containsExactly("gamma");
    }

    @Test
    void durationsOfDifferentDoingsDoNotDisagree() {
        Corpus corpus = Models.analyse(Map.of(
                "alpha", "Convoy turns back\n\n"
                        + "The convoy drove for a day towards Tarvik before it turned back, the army said on Monday.",
                "beta", "Convoy leader meets the president\n\n"
                        + "The convoy's leader met the president five days after the convoy drove towards Tarvik, the army said.",
                "gamma", "Tarvik calm\n\n"
                        + "Tarvik was calm on Monday after the convoy turned back, residents said."));
        assertThat(contradicting(corpus)).isEmpty();
    }
}
