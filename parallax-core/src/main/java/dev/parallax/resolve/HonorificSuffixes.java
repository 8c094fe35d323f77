package dev.parallax.resolve;

import dev.parallax.corpus.AnnotatedText;
import dev.parallax.corpus.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Japanese honorific suffixes written after a name with a hyphen ("Abe-san", "Tanaka-sensei"): the name is the
 * person's, the suffix a courtesy title like "Mr" before it, whatever label the tagger gave the whole token.
 */
final class HonorificSuffixes {

    /** Suffixes that only ever follow a person's name. */
    static final Set<String> SUFFIXES = Set.of("san", "sama", "shi", "kun", "chan", "sensei", "senpai", "dono", "sempai");

    /**
     * Courtesy titles written after a name as a word of their own: Turkish "Bey", "Hanım", "Efendi", "Paşa", "Hoca",
     * Persian and Urdu "Agha", "Sahib", "Khanum", Hindi "ji" (folded, as {@link Names#words} gives them).
     */
    static final Set<String> SPACED = Set.of("bey", "hanim", "efendi", "pasa", "pasha", "hoca", "hodja", "aga", "agha",
            "sahib", "saheb", "khanum", "ji");

    private HonorificSuffixes() {}

    /** The suffix of "Abe-san" ("san"), or null when the name has none. */
    static String suffixOf(String name) {
        String n = name.strip();
        int dash = Math.max(n.lastIndexOf('-'), n.lastIndexOf('‐'));
        if (dash <= 0 || dash == n.length() - 1) return null;
        String base = n.substring(0, dash), suffix = n.substring(dash + 1);
        if (!SUFFIXES.contains(suffix.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(base.charAt(0))) return null;
        // The suffix is written in lower case: "Kim Jong-Un" or "Sung-Shi" are parts of names, not titles.
        if (!suffix.equals(suffix.toLowerCase(Locale.ROOT)) || base.length() < 2) return null;
        // After a full name, "Moon Jae-shi" or "Lee Hyun-shi" is a Korean given name of two syllables, not a name
        // and a title; but a full name whose last word is longer than one syllable ("Sato Ichiro-san") or is
        // already two hyphenated syllables ("Lin Wen-hao-shi") cannot go on with a syllable, so the suffix is a title.
        if (base.contains(" ")) {
            String last = Names.fold(base.substring(base.lastIndexOf(' ') + 1));
            int parts = last.split(" ").length;
            if (parts == 1 && Transliteration.oneSyllable(last)) return null;
        }
        return suffix;
    }

    /**
     * Candidates with a suffixed name become the person's name with the suffix as honorific: the tagger's token
     * "Abe-san", or the name "Abe" followed in the text by the tokens "-" and "san".
     */
    static List<Candidate> apply(List<Candidate> all, Map<String, AnnotatedText> annotations) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            boolean plain = c.honorific() == null && c.longForm() == null && c.metonymOf() == null;
            String suffix = plain ? suffixOf(c.name()) : null;
            if (suffix != null) {
                String name = c.name().strip();
                name = name.substring(0, name.length() - suffix.length() - 1);
                out.add(new Candidate(c.doc(), c.start(), c.end(), c.text(), name, "PERSON", c.sentence(), c.firstToken(),
                        c.endToken(), suffix, c.title(), c.role(), c.affiliations(), null, null));
                continue;
            }
            AnnotatedText at = annotations.get(c.doc());
            List<Token> toks = at == null ? List.of() : at.tokens();
            int e = c.endToken();
            if (plain && e + 1 < toks.size() && c.wordCount() == 1 && toks.get(e).word().equals("-")
                    && toks.get(e).start() == c.end() && toks.get(e + 1).start() == toks.get(e).end()
                    && SUFFIXES.contains(toks.get(e + 1).word()) && toks.get(e + 1).sentence() == toks.get(e).sentence()) {
                Token s = toks.get(e + 1);
                String text = c.text() + "-" + s.word();
                out.add(new Candidate(c.doc(), c.start(), s.end(), text, c.name(), "PERSON", c.sentence(), c.firstToken(),
                        e + 2, s.word(), c.title(), c.role(), c.affiliations(), null, null));
                continue;
            }
            out.add(c);
        }
        return out;
    }
}
