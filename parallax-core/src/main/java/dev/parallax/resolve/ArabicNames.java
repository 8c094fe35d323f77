package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic and Persian names as the romanisation conventions of English, French and other languages write them
 * ("Abdul Hamid" / "Abdulhamid" / "Abdelhamid" / "Abd al-Hamid", "Osama" / "Usama" / "Oussama", "Haftar" /
 * "Hifter", "Dbeibah" / "Dbeiba", "Mohammed" / "Muhammad" / "Mohamed"). Arabic script writes short vowels only as
 * optional marks, so each convention guesses them differently while the consonants stay put: two spellings are one
 * name part when their consonant skeletons (after the conventions' letter mappings) are equal and their vowels
 * differ at most in one place, and never in the final vowel, which marks a different name ("Maria" / "Mario").
 *
 * <p>A name part is a word without the article ("al-", "el-") and the filial particles ("bin", "ibn"), or a
 * compound that conventions write joined or split: "Abd" and the divine name after it ("Abdel Moneim" /
 * "Abdulmenam"), "Abu" and the name after it, and the "-allah" and "-din" endings ("Nasrallah" / "Nasr Allah",
 * "Salaheddine" / "Salah al-Din").
 */
final class ArabicNames {

    private ArabicNames() {}

    /** The article in its romanisations, assimilated forms included ("ash-", "ad-", "ed-"), and the particle "ul". */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an",
            "ed", "er", "es", "et", "ez", "en", "ud", "ur", "us", "uz");

    /** "Son of" and "daughter of" in their romanisations: a patronymic's link, no part of anybody's name. */
    private static final Set<String> FILIAL = Set.of("bin", "ben", "ibn", "bint", "ould", "walad");

    /** "Abd" ("servant of") as it is written before the divine name it is compounded with, longest first. */
    private static final List<String> ABD = List.of("abdoul", "abdul", "abdel", "abdal", "abdol", "abdil", "abd");

    /** "Abu" ("father of") as it is written before the name it is compounded with, longest first. */
    private static final List<String> ABU = List.of("abou", "abu");

    /** The "-din" ending ("of the faith") as it is written joined to the word before it, longest first. */
    private static final List<String> DIN = List.of("eddine", "eddin", "uddine", "uddin", "uddeen", "addin", "aldin",
            "eldin");

    /** The "-allah" ending as it is written joined to the word before it, longest first. */
    private static final List<String> LAH = List.of("allah", "ullah", "ollah", "ellah", "alla", "ulla");

    /**
     * Common Arabic and Persian given names, one spelling each: a name with a part that is one of them up to
     * romanisation ({@link #samePart}) is taken to be romanised from Arabic or Persian, whose vowels vary between
     * spellings as Western names' vowels do not ("Karen" and "Karin" are two names).
     */
    private static final List<String> GIVEN_NAMES = List.of("mohammed", "ahmed", "ali", "omar", "osama", "khalifa",
            "hassan", "hussein", "hamid", "mahmoud", "mustafa", "khaled", "ibrahim", "ismail", "youssef", "saleh",
            "salem", "saeed", "saad", "saddam", "faisal", "fahd", "tariq", "walid", "nabil", "adel", "karim", "rashid",
            "hamad", "hamdan", "jamal", "kamal", "nasser", "bashar", "hafez", "hosni", "anwar", "muammar", "fathi",
            "fatima", "aisha", "layla", "maryam", "zainab", "nour", "amina", "khadija", "samir", "sami", "hani",
            "ziad", "marwan", "mansour", "munir", "mohsen", "reza", "mehdi", "javad", "abbas", "qassem", "akbar",
            "othman", "suleiman", "yahya", "younis", "idris", "moussa", "issa", "haroun", "bilal", "hamza", "jaafar",
            "tamer", "ayman", "akram", "imad", "issam", "hisham", "wael", "raed", "riyad", "fouad", "fawzi", "ghassan",
            "habib", "hazem", "hatem", "jalal", "majid", "malik", "naguib", "nizar", "rami", "ramzi", "saif", "salah",
            "salman", "sharif", "tawfiq", "wassim", "yasser", "zaki", "zayed", "haider", "firas", "amir", "masoud",
            "hossein", "mojtaba", "kazem", "hadi", "nasrallah", "mounir", "mohamed", "moneim", "menam", "aziz",
            "rahman", "rahim", "karim", "latif", "qader", "razzaq", "wahab", "jabbar", "ghani", "halim", "jalil",
            "majeed", "salam", "hakim", "sattar", "noor", "yousra", "hind", "rania", "samira", "leila", "farida",
            "nadia", "soraya", "shirin", "zahra", "maher", "kareem", "amr", "anas", "ashraf", "ayoub", "bakr",
            "essam", "gamal", "hesham", "hosam", "ihab", "khalil", "louay", "mahdi", "mamdouh", "moataz", "nader",
            "nasr", "omran", "qais", "radwan", "sabri", "sadiq", "shukri", "sultan", "talal", "usama", "yazid",
            "zuhair");

    /** The skeleton of each given name, to find the names a part could be. */
    private static final Map<String, List<String>> GIVEN_BY_SKELETON = new HashMap<>();

    static {
        for (String g : GIVEN_NAMES) {
            for (String p : parts(g)) GIVEN_BY_SKELETON.computeIfAbsent(skeleton(p), k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * The name parts of a person's name: folded words without articles and filial particles, with the compounds
     * conventions write joined or split brought to one form ("abd|hamid" for "Abdul Hamid", "Abdulhamid", "Abd
     * al-Hamid"; "nasr|lah" for "Nasrallah" and "Nasr Allah").
     */
    static List<String> parts(String name) {
        List<String> words = Names.words(name.replace('-', ' '));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (ARTICLES.contains(w) || FILIAL.contains(w)) continue;
            String next = nextWord(words, i);
            if ((ABD.contains(w) || ABU.contains(w)) && next != null) {
                out.add((ABD.contains(w) ? "abd|" : "abu|") + withoutArticle(next));
                i = skipTo(words, i);
                continue;
            }
            // "Salah al-Din", "Nasr Allah": the ending written as a word of its own joins the part before it.
            boolean din = w.equals("din") || w.equals("deen") || w.equals("dine");
            boolean lah = w.equals("allah") || w.equals("ullah");
            if ((din || lah) && !out.isEmpty() && out.get(out.size() - 1).indexOf('|') < 0) {
                out.set(out.size() - 1, out.get(out.size() - 1) + (din ? "|din" : "|lah"));
                continue;
            }
            out.add(joined(w));
        }
        return out;
    }

    /** The first word after position {@code i} that is not an article, or null. */
    private static String nextWord(List<String> words, int i) {
        for (int k = i + 1; k < words.size(); k++) if (!ARTICLES.contains(words.get(k))) return words.get(k);
        return null;
    }

    /** The position of the first word after {@code i} that is not an article. */
    private static int skipTo(List<String> words, int i) {
        for (int k = i + 1; k < words.size(); k++) if (!ARTICLES.contains(words.get(k))) return k;
        return i;
    }

    /** "allah" after "Abd" loses its article ("Abd Allah" is "Abdullah"). */
    private static String withoutArticle(String w) {
        if (w.length() > 4 && (w.startsWith("al") || w.startsWith("el") || w.startsWith("ul")) && w.charAt(2) == 'l') {
            return w.substring(2);
        }
        return w;
    }

    /** One written word as a part, a joined compound split at the place conventions split it. */
    private static String joined(String w) {
        for (String p : ABD) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) return "abd|" + withoutArticle(w.substring(p.length()));
        }
        for (String p : ABU) {
            if (w.startsWith(p) && w.length() - p.length() >= 4) return "abu|" + w.substring(p.length());
        }
        for (String p : DIN) {
            if (w.endsWith(p) && w.length() - p.length() >= 3) return w.substring(0, w.length() - p.length()) + "|din";
        }
        for (String p : LAH) {
            if (w.endsWith(p) && w.length() - p.length() >= 3) return w.substring(0, w.length() - p.length()) + "|lah";
        }
        return w;
    }

    /** Whether a folded word is one of the common Arabic or Persian given names up to romanisation. */
    static boolean isGivenName(String word) {
        for (String p : parts(word)) {
            for (String g : GIVEN_BY_SKELETON.getOrDefault(skeleton(p), List.of())) if (samePart(p, g)) return true;
        }
        return false;
    }

    /** Whether a name has a sign of Arabic or Persian origin: a particle, a compound, or a common given name. */
    static boolean looksArabic(String name, List<String> parts) {
        if (Names.hasArabicParticle(name)) return true;
        for (String p : parts) {
            if (p.indexOf('|') >= 0 || isGivenName(p)) return true;
        }
        return false;
    }

    /** The blocking key of a part: its consonants after the conventions' letter mappings, "V" for a first vowel. */
    static String skeleton(String part) {
        StringBuilder b = new StringBuilder();
        for (String piece : part.split("\\|")) {
            if (b.length() > 0) b.append('|');
            Shape s = shape(piece);
            b.append(s.consonants);
        }
        return b.toString();
    }

    /** Whether two parts are one name part romanised two ways: same pieces, same skeletons, vowels nearly alike. */
    static boolean samePart(String a, String b) {
        if (a.equals(b)) return true;
        String[] pa = a.split("\\|", -1), pb = b.split("\\|", -1);
        if (pa.length != pb.length) return false;
        for (int k = 0; k < pa.length; k++) {
            boolean marker = MARKERS.contains(pa[k]) || MARKERS.contains(pb[k]);
            if (marker ? !pa[k].equals(pb[k]) : !samePiece(pa[k], pb[k])) return false;
        }
        return true;
    }

    /** The fixed halves of compound parts. */
    private static final Set<String> MARKERS = Set.of("abd", "abu", "din", "lah");

    private static boolean samePiece(String a, String b) {
        if (a.equals(b)) return true;
        Shape x = shape(a), y = shape(b);
        if (!x.consonants.equals(y.consonants)) return false;
        int n = x.vowels.size();
        // The final vowel tells names apart ("Maria" / "Mario", "Amina" / "Amin"): it must be of one class.
        if (!sameFinal(x.vowels.get(n - 1), y.vowels.get(n - 1))) return false;
        boolean shortWord = Math.min(a.length(), b.length()) < 5;
        int mismatches = 0;
        for (int k = 0; k < n; k++) {
            String u = x.vowels.get(k), v = y.vowels.get(k);
            // In a short name every vowel counts ("Saad" / "Said", "Omar" / "Amr"), but for the Turkish and
            // Azerbaijani "e" of a Persian "a" ("Emir" / "Amir"); in a long one any shared class.
            boolean ok = shortWord ? classes(u) == classes(v) || turkishE(u, v) || turkishE(v, u)
                    : u.isEmpty() && v.isEmpty() || (classes(u) & classes(v)) != 0;
            if (!ok) mismatches++;
        }
        return mismatches <= (shortWord ? 0 : 1);
    }

    /** A lone "e" where another spelling has a lone "a" or "i": Turkish writes the Persian short vowels so. */
    private static boolean turkishE(String u, String v) {
        return u.equals("e") && (v.equals("a") || v.equals("i"));
    }

    private static boolean sameFinal(String u, String v) {
        if (u.isEmpty() || v.isEmpty()) return u.isEmpty() == v.isEmpty();
        return vowelClass(u.charAt(u.length() - 1)) == vowelClass(v.charAt(v.length() - 1));
    }

    /** Vowel classes as bits: 1 the open "a", 2 the front "i", 4 the back "u"; "e" is written for the first two. */
    private static int vowelClass(char c) {
        return switch (c) {
            case 'a' -> 1;
            case 'e' -> 3;
            case 'i', 'y' -> 2;
            default -> 4;
        };
    }

    private static int classes(String group) {
        int m = 0;
        for (int i = 0; i < group.length(); i++) m |= vowelClass(group.charAt(i));
        return m;
    }

    /** A piece's consonants (upper case for digraph sounds, "V" for a first vowel) and the vowel groups around them. */
    private record Shape(String consonants, List<String> vowels) {}

    private static Shape shape(String piece) {
        String w = canonical(piece);
        StringBuilder cons = new StringBuilder();
        List<String> vowels = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isVowel(w, i)) {
                g.append(c);
            } else {
                if (cons.length() == 0 && g.length() > 0) cons.append('V');
                vowels.add(g.toString());
                g.setLength(0);
                cons.append(c);
            }
        }
        if (cons.length() == 0 && g.length() > 0) cons.append('V');
        vowels.add(g.toString());
        return new Shape(cons.toString(), vowels);
    }

    /** "y" and "w" are vowels except at the start of a word before a vowel ("Yasser", "Walid"; "Sayed", "Marwan"). */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) return true;
        if (c != 'y' && c != 'w') return false;
        return !(i == 0 && w.length() > 1 && "aeiou".indexOf(w.charAt(1)) >= 0);
    }

    /**
     * A folded word with the letters the conventions write differently brought to one: "ou" / "oo" "u", "ee" "i",
     * "dj" "j", "kh" "H", "gh" "g", "sh" / French "ch" "S", "th" "t", "dh" "d", "q" / hard "c" "k", "ph" "f",
     * doubled letters once, a final "h" after a vowel and a French final "e" after a consonant dropped; "kh" is then "h".
     */
    static String canonical(String w) {
        String x = w.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dzh", "j").replace("dj", "j")
                .replace("kh", "H").replace("gh", "g").replace("sch", "S").replace("sh", "S").replace("ch", "S")
                .replace("th", "t").replace("dh", "d").replace("ph", "f").replace("ck", "k").replace('q', 'k')
                .replace("x", "ks");
        StringBuilder b = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == 'c') c = i + 1 < x.length() && "eiy".indexOf(x.charAt(i + 1)) >= 0 ? 's' : 'k';
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        int n = b.length();
        if (n > 2 && b.charAt(n - 1) == 'h' && "aeiou".indexOf(b.charAt(n - 2)) >= 0) b.setLength(--n);
        if (n > 4 && b.charAt(n - 1) == 'e' && "aeiouy".indexOf(b.charAt(n - 2)) < 0) b.setLength(--n);
        // Turkish and Azerbaijani write the "kh" of Persian and Arabic as "h" ("Hamaney" / "Khamenei", "Muhbir" /
        // "Mokhber"): the two are one consonant once the final "h" has been dropped.
        return b.toString().replace('H', 'h');
    }

    /**
     * Whether two names' parts name one person: every part of one is a part of the other up to romanisation, in
     * order; or, with one or more patronymic middle parts in the longer name only ("Saddam Khalifa Hifter" /
     * "Saddam Haftar"), the same first and last parts and the shorter's middle parts among the longer's in order.
     */
    static boolean sameParts(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) return false;
        if (a.size() == b.size()) {
            for (int k = 0; k < a.size(); k++) if (!samePart(a.get(k), b.get(k))) return false;
            return true;
        }
        List<String> lo = a.size() > b.size() ? a : b, sh = a.size() > b.size() ? b : a;
        if (!samePart(lo.get(0), sh.get(0)) || !samePart(lo.get(lo.size() - 1), sh.get(sh.size() - 1))) return false;
        int k = 1;
        for (int j = 1; j < sh.size() - 1; j++) {
            while (k < lo.size() - 1 && !samePart(lo.get(k), sh.get(j))) k++;
            if (k >= lo.size() - 1) return false;
            k++;
        }
        return true;
    }
}
