package dev.parallax.resolve;

import java.util.regex.Pattern;

/**
 * Japanese words romanised by the Kunrei convention ("Kisida Humio", "Wazima", "Tyosi") or with their long vowels
 * spelled out ("Itou", "Oosaka", "Ohno"), brought to the Hepburn spelling English news uses ("Kishida Fumio",
 * "Wajima", "Choshi", "Ito", "Osaka", "Ono"). Only a word made entirely of Japanese syllables is rewritten, so that
 * the rewriting is a key for comparing two spellings, not a claim about other languages' words.
 */
final class JapaneseRomanisation {

    private JapaneseRomanisation() {}

    /**
     * A folded word made of Japanese syllables: an optional consonant (or a Hepburn or Kunrei digraph) and a vowel,
     * a syllabic "n" or "m", the first half of a doubled consonant, or the "h" of a long "oh".
     */
    private static final Pattern SYLLABLES = Pattern.compile(
            "(?:(?:[kgsztdnhbpmrfj]y?|y|w|sh|ch|ts)?[aeiou]|[nm](?![aeiouy])|([kstpcg])(?=\\1)|t(?=ch)|(?<=o)h(?![aeiouy]))+");

    /** Whether a folded word could be a romanised Japanese word. */
    static boolean looksJapanese(String folded) {
        return folded.length() >= 2 && SYLLABLES.matcher(folded).matches();
    }

    /** The Hepburn spelling of a folded Japanese word, long vowels written once; the word itself if it is not Japanese. */
    static String hepburn(String folded) {
        if (!looksJapanese(folded)) return folded;
        String w = folded;
        // Kunrei digraphs before the single syllables they would otherwise be read as ("sya" before "si").
        w = w.replaceAll("sy([aou])", "sh$1").replaceAll("ty([aou])", "ch$1").replaceAll("[zj]y([aou])", "j$1");
        w = w.replaceAll("(?<![sc])si", "shi").replaceAll("(?<![sc])ti", "chi").replaceAll("(?<![s])tu", "tsu")
                .replaceAll("(?<![cs])hu", "fu").replaceAll("[zd]i", "ji").replace("du", "zu");
        // Long vowels: "ou", "oo", "oh" before a consonant or at the end, "uu" are one long vowel, written once.
        w = w.replace("ou", "o").replace("oo", "o").replace("uu", "u").replaceAll("oh(?![aeiou])", "o");
        // A syllabic "n" before a labial is written "m" by some ("Shimbun" / "Shinbun").
        w = w.replaceAll("m(?=[bpm])", "n");
        return w;
    }
}
