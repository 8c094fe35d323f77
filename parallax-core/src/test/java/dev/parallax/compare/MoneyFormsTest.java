package dev.parallax.compare;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sums of money in the forms news and translated news write them: currencies other than dollars, euros and pounds,
 * by word or by ISO code, scale words as other languages write them ("4 milliards of francs", "9 billions of"),
 * and decimals after a comma ("0,82 franc").
 */
class MoneyFormsTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of("alpha", "Merrow mill changes hands\n\n"
                + "The Halvorsen Trust agreed on Monday to buy the Merrow mill for 4 billion Swiss francs in shares.\n\n"
                + "The owners of the mill will receive 4 milliards of francs in shares of the trust.\n\n"
                + "The cantonal regulator approved the purchase for CHF 4bn on Friday.\n\n"
                + "The canton guarantees losses up to 7 billions of francs for the trust.\n\n"
                + "The plan values each share of the mill at 0,82 franc, the owners said.\n\n"
                + "The harbour board of Pusong spent 120 billion won on new cranes last year.\n\n"
                + "The Greens won 14 seats in the council of Pusong last year.\n\n"
                + "The harbour board of Pusong claimed 2.6 crore dollars (about Rs 216 crore) from the shipper."));
    }

    private static Map<String, String> figures(String words) {
        return StatementLookup.statementAt(corpus, "alpha", words).numbers();
    }

    @Test
    void aCurrencyNamedByWordOrCodeIsOneCurrency() {
        assertThat(figures("for 4 billion Swiss francs")).containsEntry("money:CHF@", "4000000000");
        assertThat(figures("for CHF 4bn")).containsEntry("money:CHF@", "4000000000");
        assertThat(figures("120 billion won")).containsEntry("money:KRW@", "120000000000");
    }

    @Test
    void translatedScaleWordsAreScales() {
        assertThat(figures("4 milliards of francs")).containsEntry("money:CHF@", "4000000000");
        assertThat(figures("up to 7 billions of francs")).containsEntry("money:CHF@", "<7000000000");
    }

    @Test
    void lakhsAndCroresAreScales() {
        assertThat(figures("2.6 crore dollars")).containsEntry("money:$@", "26000000").containsEntry("money:RUPEE@", "~2160000000");
    }

    @Test
    void aCommaBeforeOneOrTwoDigitsIsADecimalComma() {
        assertThat(figures("at 0,82 franc")).containsEntry("money:CHF@", "0.82");
        assertThat(Quantities.decimalComma("0,82")).isTrue();
        assertThat(Quantities.decimalComma("3,5")).isTrue();
        assertThat(Quantities.decimalComma("3,000")).isFalse();
        assertThat(Quantities.decimalComma("1,250,000")).isFalse();
    }

    @Test
    void wonTheVerbIsNoSum() {
        assertThat(figures("The Greens won 14 seats").keySet()).noneMatch(k -> k.startsWith("money:"));
    }
}
