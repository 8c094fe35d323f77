package dev.parallax.quote;

import dev.parallax.Models;
import dev.parallax.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named only by a role the entities know ("the CWF leader"), a voice that goes on past a nested report, and
 * unnamed people who stay anonymous.
 */
class QuoteDescribedSpeakersTest {

    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        corpus = Models.analyse(Map.of(
                "d1", String.join("\n\n",
                        "Port strike spreads to the northern harbours",
                        "Dockers in Brenn stopped work on Monday as the strike called by the Coastal Workers Front (CWF) spread north.",
                        "The 64-year-old Tomas Berg, the mayor of Brenn, said the city would not give in to the strikers.",
                        "Ana Lim, the leader of the Coastal Workers Front, said the dockers would stay out until the port "
                                + "authority restored their pensions.",
                        "\"This strike is not about money, it is about the dignity of every docker on this coast,\" Pia "
                                + "Moss, the union lawyer, told the Harbour Gazette. \"We will take the case to court.\"",
                        "\"We lost our boats and our nets,\" said Mira Tolle, as officials said the harbour would stay "
                                + "shut. \"Here at least the children can sleep.\""),
                "d2", String.join("\n\n",
                        "Brenn mayor rejects the dockers' demands",
                        "Tomas Berg met the port authority on Tuesday, and Ana Lim led a march of some 3,000 dockers "
                                + "through the old town.",
                        "\"What was agreed today is a betrayal of every docker on the coast,\" said the CWF leader. "
                                + "\"We will march again on Friday.\"",
                        "\"The talks are over for this week,\" one CWF official said.")));
    }

    @Test
    void aBareQuotationGoesOnInTheVoiceBeforeANestedReport() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "Here at least the children"))).isEqualTo("Mira Tolle");
    }

    @Test
    void aRoleModifiedByAnOrganisationsShortNameIsItsLeader() {
        assertThat(QuoteLookup.speakerName(corpus, QuoteLookup.quote(corpus, "What was agreed today"))).isEqualTo("Ana Lim");
    }

    @Test
    void oneUnnamedOfficialIsAnonymous() {
        assertThat(QuoteLookup.quote(corpus, "The talks are over").speaker()).isNull();
    }
}
