package dev.parallax.resolve;

import java.util.Locale;
import java.util.Set;

/** The courtesy titles and nouns that say a person's gender, shared by the resolver and the quote speakers. */
public final class GenderWords {

    private static final Set<String> MALE_TITLES = Set.of("mr", "mister", "herr", "sir", "lord", "prince", "sr",
            "señor", "senor", "signor", "signore", "senhor", "don", "m", "monsieur", "king", "mnr", "meneer", "dhr", "baba", "mzee",
            "shri");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam", "madame", "mme", "mlle",
            "mademoiselle", "dame", "frau", "lady", "princess", "sra", "señora", "senora", "signora", "senhora", "doña",
            "dona", "sheikha", "queen", "fru", "mev", "mevr", "mevrou", "mevrouw", "mej", "srta", "señorita", "senorita",
            "signorina", "sigra", "pani", "mama", "shrimati", "smt");
    private static final Set<String> MALE_NOUNS = Set.of("husband", "widower", "father", "son", "brother",
            "grandfather", "grandson", "uncle", "nephew", "boyfriend", "spokesman", "chairman", "businessman",
            "congressman", "councilman", "king", "prince", "actor", "stepfather", "stepson", "sportsman", "statesman",
            "alderman", "anchorman", "policeman", "fireman");
    private static final Set<String> FEMALE_NOUNS = Set.of("wife", "widow", "mother", "daughter", "sister",
            "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "spokeswoman", "chairwoman",
            "businesswoman", "congresswoman", "councilwoman", "queen", "princess", "actress", "lady", "stepmother",
            "stepdaughter", "heiress", "empress", "sportswoman", "stateswoman", "policewoman");

    private GenderWords() {}

    /** 1 for a man's courtesy title ("Mr", "Herr"), -1 for a woman's ("Mrs", "Madame"), 0 otherwise. */
    public static int ofTitle(String title) {
        if (title == null) return 0;
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        return MALE_TITLES.contains(t) ? 1 : FEMALE_TITLES.contains(t) ? -1 : 0;
    }

    /** 1 for a man's noun ("husband", "spokesman"), -1 for a woman's ("widow"), 0 for other words. */
    public static int ofNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_NOUNS.contains(w) ? 1 : FEMALE_NOUNS.contains(w) ? -1 : 0;
    }
}
