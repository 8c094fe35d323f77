package dev.parallax.resolve;

/**
 * Foreign names as Polish (and Czech or Slovak) spelling writes them ("Bidżan Dżir-Sarai" for "Bijan Djir-Sarai",
 * "Czarli" for "Charlie"): the digraphs "dż", "cz", "sz", "rz" and the letter "j" rewritten as English spells the same
 * sounds, so that {@link Transliteration} keys meet the English spelling. Folding has already taken the dot off "ż".
 */
final class PolishSpelling {

    private PolishSpelling() {}

    /** A folded word with Polish digraphs in English letters; null for a word without any. */
    static String english(String folded) {
        if (!folded.contains("dz") && !folded.contains("cz") && !folded.contains("sz") && !folded.contains("rz")) return null;
        return folded.replace("j", "y").replace("szcz", "shch").replace("cz", "ch").replace("sz", "sh")
                .replace("rz", "zh").replace("dz", "dzh");
    }
}
