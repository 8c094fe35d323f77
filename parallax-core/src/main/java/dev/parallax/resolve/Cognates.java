package dev.parallax.resolve;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keys that equate a Spanish, Portuguese or Italian word of a name with its English cognate ("nacional" / "national",
 * "organização" / "organization", "estados" / "states", "plataforma" / "platform", "unitaria" / "unitary"): the
 * regular changes of the endings undone, then the word's consonants in order, which absorb the vowels the
 * languages add or change.
 */
final class Cognates {

    private Cognates() {}

    /** Romance endings of nouns and adjectives of names, as folded: a word ending so is not English. */
    private static final Pattern ROMANCE_ENDING = Pattern.compile(".{3,}(aria|ario|arias|arios|ica|ico|icas|icos|iana|iano"
            + "|ianas|ianos|cion|ciones|cao|coes|zione|zioni|idad|idade|ista|istas|ada|ado|adas|ados)$");

    /** Whether a name is marked as Romance: a letter with a diacritic, or a word with a Romance ending. */
    static boolean romance(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        if (decomposed.length() != name.length()) return true;
        for (String w : Names.words(name)) if (ROMANCE_ENDING.matcher(w).matches()) return true;
        return false;
    }

    /** Rewrites of a folded Romance word's endings into English ones, in order. */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"(ciones|coes|cao|cion|zione|zioni)$", "tion"},
            new String[] {"(c|z)ional(e|es|i)?$", "tional"},
            new String[] {"(idad|idade|ita)$", "ity"},
            new String[] {"ados?$", "ate"});

    private static final List<Pattern> ENDING_PATTERNS = ENDINGS.stream().map(e -> Pattern.compile(e[0])).toList();

    /** "escuela", "estado": the "e" Spanish and Portuguese put before an initial "s" and a consonant. */
    private static final Pattern PROTHETIC_E = Pattern.compile("^es(?=[bcdfgklmnpqtv])");

    /**
     * The key of a folded word: a translation synonym's English word, else the word with its Romance endings made
     * English, a prothetic "e" dropped, stemmed, and reduced (from five letters) to its first letter and its other
     * consonants with doubled ones single.
     */
    static String key(String folded) {
        String w = Names.translationSynonym(folded);
        if (w.equals(folded)) {
            for (int k = 0; k < ENDINGS.size(); k++) w = ENDING_PATTERNS.get(k).matcher(w).replaceFirst(ENDINGS.get(k)[1]);
            w = PROTHETIC_E.matcher(w).replaceFirst("s");
        }
        w = Names.stem(w);
        if (w.length() < 5) return w;
        String skeleton = Names.consonantSkeleton(w);
        StringBuilder b = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) if (i == 0 || skeleton.charAt(i) != skeleton.charAt(i - 1)) b.append(skeleton.charAt(i));
        return b.toString();
    }
}
