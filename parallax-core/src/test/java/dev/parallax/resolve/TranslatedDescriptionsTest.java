package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles that relate a person to another, on invented role phrases. */
class TranslatedDescriptionsTest {

    @Test
    void aRoleRelatingAPersonToAnotherIsNotThatOthersRole() {
        assertThat(DescriptionFinder.ownRole("a veteran ally of the party and a schoolmate of the new president"))
                .isEqualTo("a veteran ally of the party and a schoolmate");
        assertThat(DescriptionFinder.ownRole("the wife of the Minister")).isEqualTo("the wife");
        assertThat(DescriptionFinder.ownRole("the president of the Supreme Court")).isEqualTo("the president of the Supreme Court");
        assertThat(DescriptionFinder.ownRole("chief of staff of the army")).isEqualTo("chief of staff of the army");
    }
}
