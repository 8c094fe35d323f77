package dev.parallax.clean;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredLiteralsTest {

    @Test
    void literalRunsAndAlternatives() {
        assertThat(RequiredLiterals.of("\\bakismet\\b")).containsExactly("akismet");
        assertThat(RequiredLiterals.of("\\b(join|start) the (conversation|discussion)\\b"))
                .containsExactlyInAnyOrder("join the conversation", "join the discussion", "start the conversation",
                        "start the discussion");
        assertThat(RequiredLiterals.of("opt[- ]out")).containsExactlyInAnyOrder("opt-out", "opt out");
    }

    @Test
    void optionalAndRepeatedPartsPromiseNothingOfTheirOwn() {
        assertThat(RequiredLiterals.of("\\b(accept|allow) (all )?cookies\\b"))
                .containsExactlyInAnyOrder("accept all cookies", "accept cookies", "allow all cookies", "allow cookies");
        // The longest part that every match has wins over a short one.
        assertThat(RequiredLiterals.of("^(\\d+\\s+)?comments?$")).containsExactlyInAnyOrder("comments", "comment");
        assertThat(RequiredLiterals.of("\\bnewsletters?\\b.{0,60}\\b(sign up|subscribe|inbox)\\b"))
                .containsExactlyInAnyOrder("newsletters", "newsletter");
        assertThat(RequiredLiterals.of("(ab)+c")).containsExactly("ab");
        assertThat(RequiredLiterals.of("(abc)+")).containsExactly("abc");
    }

    @Test
    void nothingToPromise() {
        assertThat(RequiredLiterals.of("a?")).isNull();
        assertThat(RequiredLiterals.of("x*")).isNull();
        assertThat(RequiredLiterals.of("\\s+")).isNull();
        assertThat(RequiredLiterals.of("(abc|\\d+)")).isNull();
        assertThat(RequiredLiterals.of("")).isNull();
    }

    @Test
    void unknownSyntaxGivesUp() {
        assertThat(RequiredLiterals.of("(?i)cookies")).isNull();
        assertThat(RequiredLiterals.of("(a)\\1")).isNull();
        assertThat(RequiredLiterals.of("\\Qa.b\\E")).isNull();
        assertThat(RequiredLiterals.of("[a-z&&[^b]]x")).isNull();
        assertThat(RequiredLiterals.of("(unclosed")).isNull();
    }

    @Test
    void surrogatePairIsOneAtom() {
        assertThat(RequiredLiterals.of("x\uD83D\uDE00?")).containsExactlyInAnyOrder("x\uD83D\uDE00", "x");
    }

    /** Every shipped rule: a text the regex matches must contain one of the literals worked out for it. */
    @Test
    void shippedRulesNeverLoseAMatch() throws Exception {
        List<String> samples = List.of("we use cookies to improve your experience", "accept all cookies",
                "12 comments", "comments", "share this article", "© 2023 the example", "(c) 2021 all rights reserved",
                "sign up for our daily newsletter", "read more: harbour plans", "advertisement", "story continues below",
                "follow us on twitter", "by continuing to use this site you agree", "this site uses cookies",
                "editor's picks", "photo: john smith", "the harbour at dawn. photo: john smith",
                "reporting by jane doe", "with additional assistance from jo", "lascia un commento", "广告",
                "get the news delivered to your inbox", "log in to continue", "already a subscriber?");
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Boilerplate.class.getResourceAsStream("boilerplate.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String regex = line.split("\t", 3)[2];
                Pattern p = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
                String[] literals = RequiredLiterals.of(regex);
                for (String s : samples) {
                    if (p.matcher(s).find()) {
                        assertThat(RequiredLiterals.anyIn(s, literals)).as(regex + " on " + s).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(15);
    }
}
