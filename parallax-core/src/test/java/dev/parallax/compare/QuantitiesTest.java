package dev.parallax.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

    @Test
    void approximateFiguresAndBoundsAgreeWithFiguresTheyAdmit() {
        assertThat(Quantities.compatible("~42", ">40")).isTrue();       // about 42% / more than 40 percent
        assertThat(Quantities.compatible("17", "<35.3")).isTrue();      // 17% / up to 35.3%
        assertThat(Quantities.compatible("~100", "95")).isTrue();       // about 100 / 95
        assertThat(Quantities.compatible("17", "17.4")).isFalse();
        assertThat(Quantities.compatible("5.2", "5.17")).isTrue();     // 5.2 percent / 5.17 percent, rounded
        assertThat(Quantities.compatible("49.52", "49.5")).isTrue();
        assertThat(Quantities.compatible("5.2", "5.3")).isFalse();
        assertThat(Quantities.compatible("5.2", "5.26")).isFalse();
        assertThat(Quantities.compatible("~42", "30")).isFalse();
    }

    @Test
    void anApproximationKeepsThePrecisionOfItsDigits() {
        // "about $52.4 million" against "$54.2 million": the same digits transposed, within a tenth but not within
        // the precision the approximate figure claims.
        assertThat(Quantities.compatible("~52400000", "54200000")).isFalse();
        assertThat(Quantities.compatible("~52400000", "52600000")).isTrue();
        assertThat(Quantities.compatible("~60000000", "64000000")).isTrue();   // about $60 million / $64 million
        assertThat(Quantities.compatible("~250", "262")).isTrue();
    }

    @Test
    void twoDifferentLimitsOfOneKindDisagree() {
        assertThat(Quantities.compatible("<368000000000", "<386000000000")).isFalse();
        assertThat(Quantities.compatible("268000000000..368000000000", "<386000000000")).isFalse();
        assertThat(Quantities.compatible("268000000000..368000000000", "<368000000000")).isTrue();
        assertThat(Quantities.compatible(">40", ">40")).isTrue();
    }

    @Test
    void aRangeAdmitsTheFiguresInsideItAndListsAgreeOnAnyMember() {
        assertThat(Quantities.compatible("3..5", "3")).isTrue();       // three to five / three
        assertThat(Quantities.compatible("3..5", "7")).isFalse();
        assertThat(Quantities.compatible("10|35.3", "35.3")).isTrue();
        assertThat(Quantities.compatible("P5Y", "P5Y")).isTrue();
        assertThat(Quantities.compatible("P5Y", "P4Y")).isFalse();
    }

    @Test
    void figuresOfNoEntityAreComparedOnlyOneAgainstOne() {
        // "$100 million each ... about $700 million in all" against "$30 billion": two lists, nothing says which is which.
        assertThat(ClaimFinder.comparable("money:$@", "100000000|~700000000", "30000000000")).isFalse();
        assertThat(ClaimFinder.comparable("money:$@", "100000000", "250000000")).isTrue();
        assertThat(ClaimFinder.comparable("percent@org:acme", "10|35.3", "17")).isTrue();
    }
}
