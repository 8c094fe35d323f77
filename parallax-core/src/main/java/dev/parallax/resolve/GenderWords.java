package dev.parallax.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    /** Given names women or men almost only bear, folded: true for a man's. */
    private static final Map<String, Boolean> GIVEN_NAMES = loadGivenNames();

    private GenderWords() {}

    /**
     * The gender the first word of a name of two words or more gives ("Karin Berg" -1, "Thomas Berg" 1), when it is
     * a given name borne almost only by women or by men; 0 otherwise. A compound given name the list lacks
     * ("Marie-Odile", "Karl-Heinz") has the gender of its first part.
     */
    public static int ofGivenName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) return 0;
        return ofGivenWord(words[0]);
    }

    /** The gender a single given name gives, 0 when it is not one the list holds. */
    public static int ofGivenWord(String word) {
        String given = word.toLowerCase(Locale.ROOT);
        Boolean male = GIVEN_NAMES.get(given);
        if (male == null && given.indexOf('-') > 0) male = GIVEN_NAMES.get(given.substring(0, given.indexOf('-')));
        return male == null ? 0 : male ? 1 : -1;
    }

    private static Map<String, Boolean> loadGivenNames() {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = GenderWords.class.getResourceAsStream("/dev/parallax/quote/given-names.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (String n : cols[1].split("\\s+")) out.put(n, cols[0].equals("m"));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

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
