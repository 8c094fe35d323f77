package dev.parallax.time;

import dev.parallax.corpus.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignMonthsTest {

    private static List<String> values(String text) {
        return ForeignMonths.add(text, null, List.of()).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void monthsLeftInTheSourceLanguageAreRead() {
        assertThat(values("The council of Velmar will vote am 16. Dezember on the harbour plan."))
                .containsExactly("16. Dezember=XXXX-12-16");
        assertThat(values("The ferry resumed on 5 de junio de 2031, the port said.")).containsExactly("5 de junio de 2031=2031-06-05");
        assertThat(values("The mayor signed the decree le 3 juin in Velmar.")).containsExactly("3 juin=XXXX-06-03");
        assertThat(values("The strike began on Juni 25 at the docks.")).containsExactly("Juni 25=XXXX-06-25");
        assertThat(values("The port reopened on 12 października after repairs.")).containsExactly("12 października=XXXX-10-12");
    }

    @Test
    void namesAndWordsThatLookLikeMonthsAreNot() {
        assertThat(values("Marco 23 scored twice, and the Mars 2 lander never answered.")).isEmpty();
        assertThat(values("The 12 ministers met the 40 mayors.")).isEmpty();
    }
}
