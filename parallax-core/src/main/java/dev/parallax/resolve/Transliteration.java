package dev.parallax.resolve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys that fold the romanisations of one name by the English, French, German and Spanish conventions into one
 * spelling ("Prigozhin" / "Prigojine" / "Prigoschin", "Gerasimov" / "Guerassimov" / "Gerassimow"). A translated
 * article keeps the source language's romanisation of a Russian, Ukrainian or Arabic name, so one person reaches the
 * corpus in several spellings that edit distance alone either misses or could only join by also joining near
 * collisions.
 *
 * <p>The letters "j" and "ch" are read differently by each convention (French "j" is English "zh", German "j" is
 * English "y"; French "ch" is English "sh", German "ch" is English "kh"), and the language of a word is not known,
 * so a word has one key per reading; two words are one name when their keys meet.
 */
public final class Transliteration {

    /** How a convention reads the letters whose value depends on it. */
    private enum Reading {
        ENGLISH('J', 'C'), FRENCH('S', 'S'), GERMAN('Y', 'H'), SPANISH('H', 'C');

        final char j, ch;

        Reading(char j, char ch) {
            this.j = j;
            this.ch = ch;
        }
    }

    private Transliteration() {}

    /**
     * The keys of a folded word ({@link Names#fold}), one per reading of its ambiguous letters, in sorted order.
     * Upper-case letters in a key stand for sounds that conventions write with several letters: S the
     * hushing sibilants ("sh", "zh", "sch", French "ch" and "j"), C "ch" ("tch", "tsch"), H "kh", J "dzh".
     */
    public static Set<String> keys(String folded) {
        Set<String> out = new TreeSet<>();
        boolean ambiguous = folded.indexOf('j') >= 0 || folded.contains("ch");
        for (Reading r : Reading.values()) {
            out.add(key(folded, r));
            if (!ambiguous) break;
        }
        // French writes "tch" for a "t" followed by a palatal sound that English spellings of African and Central
        // Asian names often drop ("Tchamba" / "Tamba"): a word with "tch" is also read as "t".
        if (folded.contains("tch")) {
            String t = folded.replace("tch", "t");
            out.add(key(t, Reading.ENGLISH));
        }
        // German writes an umlaut it cannot type as the vowel and "e" ("Köhler" / "Koehler"), English drops the dots
        // ("Kohler"); folding has already dropped them, so "oe", "ue", "ae" are also read as the bare vowel.
        String plain = withoutUmlautE(folded);
        if (!plain.equals(folded)) out.add(key(plain, Reading.ENGLISH));
        // Korean names are written syllable by syllable, and the conventions spell one vowel "eo", "ŏ", "o" or "u"
        // and another "oo", "ou" or "u" ("Seok" / "Sŏk" / "Suk"): a one-syllable word gets a key with its back
        // vowels unified.
        String korean = koreanVowels(folded);
        if (korean != null) out.add(key(korean, Reading.ENGLISH));
        // Japanese words reach English text in the Kunrei as well as the Hepburn convention ("Kisida" / "Kishida").
        // Polish spells foreign names with its own digraphs ("Bidżan Dżir-Sarai" for "Bijan Djir-Sarai").
        String polish = PolishSpelling.english(folded);
        if (polish != null) out.add(key(polish, Reading.ENGLISH));
        String hepburn = JapaneseRomanisation.hepburn(folded);
        if (!hepburn.equals(folded)) out.add(key(hepburn, Reading.ENGLISH));
        return out;
    }

    /** A folded word with "oe", "ue" and "ae" as the bare vowel, except "ue" after "g" or "q" ("Miguel", "Enrique"). */
    static String withoutUmlautE(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(c);
            if (i > 0 && i + 1 < w.length() && w.charAt(i + 1) == 'e' && "oua".indexOf(c) >= 0
                    && !(c == 'u' && "gq".indexOf(w.charAt(i - 1)) >= 0)) {
                i++;
            }
        }
        return b.toString();
    }

    /** A one-syllable folded word with "eo", "eu", "oo", "ou" and "o" all written "u"; null for a longer word. */
    static String koreanVowels(String w) {
        if (!ONE_SYLLABLE.matcher(w).matches() || w.indexOf('o') < 0 && !w.contains("eu")) return null;
        return w.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ou", "u").replace('o', 'u');
    }

    /** Whether a folded word is one written syllable ("jae", "seok"), as Korean given names are made of. */
    static boolean oneSyllable(String w) {
        return ONE_SYLLABLE.matcher(w).matches();
    }

    /** An optional glide, consonants, one run of vowels, consonants: one written syllable ("yeol", "seok", "hwan"). */
    private static final java.util.regex.Pattern ONE_SYLLABLE = java.util.regex.Pattern.compile("[yw]?[^aeiouy]*[yw]?[aeiou]+[^aeiouy]*");

    /** Whether two folded words are romanisations of one name: they share a key. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        Set<String> ka = keys(a);
        for (String k : keys(b)) if (ka.contains(k)) return true;
        return false;
    }

    /**
     * The key of a place name: the keys of its words without the connecting words each language translates
     * ("Rostov-on-Don", "Rostov-on-the-Don", "Rostow am Don", "Rostov del Don" all give "rostov don"), and with
     * "St" for "Saint". Null when the name has fewer than two such words.
     */
    public static String placeKey(String name) {
        List<String> words = Names.words(name.replace('-', ' '));
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String w : words) {
            if (CONNECTIVES.contains(w)) continue;
            String word = ABBREVIATIONS.getOrDefault(w, w);
            if (b.length() > 0) b.append(' ');
            b.append(keys(word).iterator().next());
            n++;
        }
        return n >= 2 ? b.toString() : null;
    }

    /** Whether a name has a word that connects the parts of a place name in some language ("on", "am", "del"). */
    public static boolean hasConnective(String name) {
        List<String> words = Names.words(name.replace('-', ' '));
        for (int i = 1; i + 1 < words.size(); i++) if (CONNECTIVES.contains(words.get(i))) return true;
        return false;
    }

    /** Words that join the parts of a place name and that translation renders differently ("on the", "am", "del"). */
    private static final Set<String> CONNECTIVES = Set.of("on", "upon", "the", "am", "an", "der", "im", "in", "del",
            "de", "sur", "le", "la", "na", "nad", "pod", "by", "of");

    /** Abbreviations written in place names ("St. Petersburg", "Mt. Kenya"), folded. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of("st", "saint", "ste", "sainte",
            "mt", "mount", "ft", "fort", "pt", "port");

    /** The first word of a folded place name spelled out when it is an abbreviation ("st petersburg" → "saint petersburg"). */
    public static String expandAbbreviation(String foldedName) {
        int sp = foldedName.indexOf(' ');
        if (sp < 0) return foldedName;
        String first = ABBREVIATIONS.get(foldedName.substring(0, sp));
        return first == null ? foldedName : first + foldedName.substring(sp);
    }

    private static String key(String w, Reading r) {
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; ) {
            if (w.startsWith("schtsch", i) || w.startsWith("chtch", i)) { b.append("SC"); i += w.startsWith("schtsch", i) ? 7 : 5; continue; }
            if (w.startsWith("shch", i)) { b.append("SC"); i += 4; continue; }
            if (w.startsWith("tsch", i)) { b.append('C'); i += 4; continue; }
            if (w.startsWith("tch", i)) { b.append('C'); i += 3; continue; }
            if (w.startsWith("sch", i)) { b.append('S'); i += 3; continue; }
            if (w.startsWith("dzh", i)) { b.append('J'); i += 3; continue; }
            if (w.startsWith("dj", i)) { b.append('J'); i += 2; continue; }
            if (w.startsWith("sh", i) || w.startsWith("zh", i)) { b.append('S'); i += 2; continue; }
            if (w.startsWith("kh", i)) { b.append('H'); i += 2; continue; }
            if (w.startsWith("ch", i)) { b.append(r.ch); i += 2; continue; }
            if (w.startsWith("ou", i)) { b.append('u'); i += 2; continue; }
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            // French and Spanish write a hard g before e and i as "gu" ("Guerassimov", "Sergueï").
            if (c == 'g' && next == 'u' && i + 2 < n && "eiy".indexOf(w.charAt(i + 2)) >= 0) { b.append('g'); i += 2; continue; }
            switch (c) {
                case 'j' -> b.append(r.j == 'Y' ? 'i' : r.j);
                case 'y' -> b.append('i');
                case 'w' -> b.append('v');
                case 'x' -> b.append("ks");
                case 'q' -> b.append('k');
                case 'c' -> b.append(next == 'k' ? "" : "eiy".indexOf(next) >= 0 ? "c" : "k");
                default -> b.append(c);
            }
            i++;
        }
        // Doubled letters are one sound ("Gerassimow", "Dmitriy" / "Dmitrii").
        StringBuilder d = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) if (i == 0 || b.charAt(i) != b.charAt(i - 1)) d.append(b.charAt(i));
        String k = d.toString();
        // An initial "ye" / "je" / "ie" is the vowel French writes "e" ("Yevgeny", "Jewgeni", "Evgueni").
        if (k.startsWith("ie") && k.length() > 3) k = k.substring(1);
        // French and German add a silent final "e" ("Poutine", "Alexandre"); English writes "-er" for "-r".
        if (k.length() > 3 && k.endsWith("e")) k = k.substring(0, k.length() - 1);
        if (k.length() > 4 && k.endsWith("er") && isConsonant(k.charAt(k.length() - 3))) k = k.substring(0, k.length() - 2) + "r";
        // "-ei" / "-ej" / "-ey" endings and "-ii" / "-iy" / "-yi" / "-ij" all end up "ei" or "i" by now.
        return k;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
    }
}
