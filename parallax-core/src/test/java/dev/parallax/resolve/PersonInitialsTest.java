package dev.parallax.resolve;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.Entity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.parallax.resolve.HandBuiltCandidates.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A person called by the initials of a long name, and a body's name calqued word for word, on invented names. */
class PersonInitialsTest {

    @Test
    void initialsOfTheOnlyLongNameTheyFitAreThatPerson() {
        var clusters = resolve(named("a", "Ana María Vela Ruiz", "PERSON"), named("b", "AMVR", "PERSON"),
                named("a", "Tomas Aldo Kwende", "PERSON"), named("c", "Teo Aldo Kanu", "PERSON"), named("d", "TAK", "PERSON"));
        assertThat(together(clusters, "Ana María Vela Ruiz", "AMVR")).isTrue();
        assertThat(together(clusters, "Tomas Aldo Kwende", "TAK")).isFalse();
        assertThat(together(clusters, "Teo Aldo Kanu", "TAK")).isFalse();
    }

    @Test
    void initialsUsedOnceBesideTheFullNameAreAName() {
        Corpus corpus = Models.analyse(Map.of(
                "a", "The Marovian leader Ana María Vela Ruiz, known as AMVR, said on Monday that the border would stay open.",
                "b", "Ana María Vela Ruiz met the envoys in the capital on Tuesday, her office said."));
        Entity ana = corpus.entities().stream().filter(e -> e.aliases().contains("Ana María Vela Ruiz")).findFirst().orElseThrow();
        assertThat(ana.aliases()).contains("AMVR");
    }

    @Test
    void aCalquedBodysNameIsItsEnglishName() {
        var clusters = resolve(named("a", "Inter-Island Commission on Human Rights", "ORGANIZATION"),
                named("b", "Interisland Commission of the Rights of the Man", "ORGANIZATION"));
        assertThat(together(clusters, "Inter-Island Commission on Human Rights", "Interisland Commission of the Rights of the Man")).isTrue();
    }
}
