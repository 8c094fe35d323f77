package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two figures recognised as one quantity of one holder however the sources word them: a figure written with a scale
 * word ("14.5 million cubic metres"), a length of time hung on one doing ("suspended him for 90 days"), the sides of a
 * vote whatever the voters are called ("deputies", "MPs"), and one name the tagger typed two ways.
 */
class SameQuantityTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "alpha", "Storm floods the valley of Tarsel\n\n"
                        + "The Kerrow reservoir held 14.5 million cubic metres of water before the storm broke its wall. "
                        + "Judge Mirela Vasko suspended the governor of the province, Tomas Brenn, for 90 days on Monday night. "
                        + "Of the 600 members who cast a ballot, 250 backed the premier Ilse Varn, 310 voted against her and 40 abstained.",
                "beta", "Tarsel counts the cost of the flood\n\n"
                        + "The Kerrow reservoir, the larger of the two, had held 14.5 million cubic metres of water. "
                        + "The provincial governor, Tomas Brenn, was suspended by Judge Mirela Vasko for 90 days. "
                        + "In the confidence vote only 250 deputies backed Ilse Varn, 310 voted against, 40 abstained.",
                "gamma", "A valley under water\n\n"
                        + "The Kerrow reservoir alone retained 21 million cubic metres of water. "
                        + "Judge Mirela Vasko suspended the governor, Tomas Brenn, for 60 days that same night. "
                        + "Ilse Varn lost, as she meant to: only 250 MPs backed her, while 301 voted against and 40 abstained."));
    }

    private static List<String> contradictions() {
        return corpus.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.aspect() + " " + x.detail() + " <- " + c.text())).toList();
    }

    @Test
    void aFigureWrittenWithAScaleWordCountsTheNounTheScaleWordModifies() {
        ClaimFinder.Statement s = StatementLookup.statementAt(corpus, "alpha", "14.5 million cubic metres");
        assertThat(s.quantities()).anySatisfy(q -> {
            assertThat(q.unit()).isEqualTo("count:cubic metre");
            assertThat(q.value()).isEqualTo("14500000");
        });
        assertThat(contradictions()).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("21000000"));
    }

    @Test
    void anotherLengthOfTimeForTheSameDoingContradicts() {
        // Told by several sources and hung on one doing: found however the sentences cluster.
        assertThat(contradictions()).anySatisfy(x -> assertThat(x).startsWith("gamma number duration (suspend): P90D vs P60D"));
    }

    @Test
    void lengthsOfTimeInOtherUnitsAreComparedInDays() {
        assertThat(Quantities.compatible("P2M", "P60D")).isTrue();         // two months / 60 days
        assertThat(Quantities.compatible("P2Y", "P2Y2D")).isTrue();        // two years / two years and two days
        assertThat(Quantities.compatible("P1D", "PT24H")).isTrue();        // a day / 24 hours
        assertThat(Quantities.compatible("P90D", "P60D")).isFalse();
        assertThat(Quantities.compatible("P3M", "P60D")).isFalse();
        assertThat(ClaimFinder.sameOrder("P90D", "P60D")).isTrue();
    }

    @Test
    void theSidesOfAVoteAreComparedSideBySideWhateverTheVotersAreCalled() {
        ClaimFinder.Statement s = StatementLookup.sentenceAt(corpus, "beta", "310 voted against");
        assertThat(s.numbers()).anySatisfy((k, v) -> assertThat(k.startsWith("count:vote@") && k.endsWith("~against") && v.equals("310")).isTrue());
        assertThat(s.numbers()).anySatisfy((k, v) -> assertThat(k.startsWith("count:vote@") && k.endsWith("~abstain") && v.equals("40")).isTrue());
        assertThat(contradictions()).anySatisfy(x -> assertThat(x).startsWith("gamma number").contains("301").contains("310"));
        // Those who cast a ballot are no side of the vote, and the sides two sources give alike agree.
        ClaimFinder.Statement all = StatementLookup.sentenceAt(corpus, "alpha", "600 members who cast a ballot");
        assertThat(all.numbers()).doesNotContainValue("250|600").containsValue("250").containsValue("600");
        assertThat(all.numbers().keySet()).noneMatch(k -> k.startsWith("count:vote@") && all.numbers().get(k).contains("600"));
        assertThat(contradictions()).noneSatisfy(x -> assertThat(x).containsAnyOf("250 vs", "vs 250", "40 vs", "vs 40", "600"));
    }

    @Test
    void anotherPartOfTheSameWholeForTheSameDoingContradicts() {
        Corpus parts = Models.analyse(Map.of(
                "alpha", "Patrol boat sinks off Ostmark\n\nA patrol boat sank off Ostmark on Friday, killing seven of the nine crew members of the smaller vessel.",
                "beta", "Ostmark mourns\n\nOf the 9 crew, 7 persons have died, the harbour master said.",
                "gamma", "A boat lost\n\nBut five of the nine crew of the patrol boat Kestrel were killed when a squall "
                        + "capsized her near the northern lighthouse before dawn."));
        List<String> found = parts.claims().stream().flatMap(c -> c.contradictedBy().stream()
                .map(x -> x.evidence().doc() + " " + x.detail())).toList();
        assertThat(found).anySatisfy(x -> assertThat(x).startsWith("gamma").contains("of 9: 7 vs 5"));
        assertThat(StatementLookup.sentenceAt(parts, "beta", "7 persons").quantities())
                .anySatisfy(q -> assertThat(q.unit() + " of " + q.whole()).isEqualTo("count:crew of 9"));
    }

    @Test
    void countsNarrowedToOtherGroupsAreNoContradiction() {
        Corpus groups = Models.analyse(Map.of(
                "alpha", "Portugal votes by post\n\nPortugal holds its election on Sunday. Postal ballots of the roughly 2.1 "
                        + "million Portuguese citizens registered abroad are counted from May 3.",
                "beta", "Portugal's voters in Lyon\n\nPortugal holds its election on Sunday. Around 900,000 Portuguese citizens "
                        + "living here are entitled to vote; the consulates close tonight."));
        assertThat(StatementLookup.sentenceAt(groups, "beta", "living here").quantities())
                .anySatisfy(q -> assertThat(q.narrowed()).isEqualTo("live"));
        assertThat(groups.claims().stream().flatMap(c -> c.contradictedBy().stream())).isEmpty();
    }

    @Test
    void talliesSharingNoSidesCountAreOfTwoVotes() {
        ClaimFinder.Statement first = tally(votes("13", "for"), votes("182", "against"), votes("199", "abstain"));
        ClaimFinder.Statement second = tally(votes("165", "against"), votes("81", "abstain"));
        ClaimFinder.Statement retold = tally(votes("13", "for"), votes("190", "against"), votes("199", "abstain"));
        assertThat(ClaimFinder.otherVotes(first, second, Quantities.VOTES)).isTrue();
        assertThat(ClaimFinder.otherVotes(first, retold, Quantities.VOTES)).isFalse();
        // A tally no side of which is known ("received 324 votes") is left to the other checks.
        ClaimFinder.Statement bare = tally(new Quantities.Quantity(Quantities.VOTES, "324", null, 0, 1, '='));
        assertThat(ClaimFinder.otherVotes(first, bare, Quantities.VOTES)).isFalse();
    }

    private static Quantities.Quantity votes(String value, String side) {
        return new Quantities.Quantity(Quantities.VOTES, value, null, 0, 1, '=', side);
    }

    private static ClaimFinder.Statement tally(Quantities.Quantity... qs) {
        return new ClaimFinder.Statement("d", 0, 1, "x", null, java.util.Set.of(), java.util.Set.of(), Map.of(), java.util.Set.of(),
                false, false, 0, null, java.util.Set.of(), false, java.util.Set.of(), List.of(qs), java.util.Set.of(), null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false, null, false, Map.of());
    }

    @Test
    void entitiesOfOneNameTypedTwoWaysHoldFiguresAsOne() {
        Entity place = new Entity("loc:kerrow", "Kerrow", "LOC", List.of(), List.of(), List.of(), List.of(), 1, null);
        Entity person = new Entity("person:kerrow", "Kerrow", "PERSON", List.of(), List.of(), List.of(), List.of(), 1, null);
        Entity other = new Entity("person:ilse-varn", "Ilse Varn", "PERSON", List.of(), List.of(), List.of(), List.of(), 1, null);
        Corpus c = Corpus.of(List.of(), List.of()).withEntities(List.of(person, other, place));
        assertThat(ClaimFinder.namesakes(c)).isEqualTo(Map.of("person:kerrow", "loc:kerrow"));
    }
}
