package dev.parallax.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation of names: accents, hyphens, possessives, honorifics and the keys names are compared by. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’]|['’])$");

    /**
     * Courtesy titles that precede a surname and never belong to the name, in English and the languages news is
     * translated from: French (M., Mme, Mlle), German (Herr, Frau), Dutch and Afrikaans (mnr., mev., mevr.,
     * dhr.), Spanish and Portuguese (Sr., Sra., Srta., señor, senhor), Italian (Sig., Sig.ra, signor), the
     * Scandinavian fru, Polish pani, Turkish Sayın, the African terms of respect Baba, Mama and Mzee ("Baba Zuma",
     * "Mzee Kenyatta") and the Indian Shri and Smt. "Don" and "Pan" are left out: they are also given names; so is
     * "Sri", which begins "Sri Lanka".
     * "Sheikh" is also a South Asian family name borne by women (so it says nothing of gender), and translations
     * spell it "Cheikh" or "Shaikh".
     */
    public static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "madam", "madame", "mme", "m", "herr", "frau", "sr", "sra", "señor", "señora", "san", "sama",
            "prince", "princess", "sheikh", "sheik", "cheikh", "shaikh", "shaykh", "sheikha", "lord", "lady",
            "mister", "monsieur", "mlle", "mademoiselle", "mmes", "messrs", "fru", "mnr", "meneer", "mev",
            "mevr", "mevrou", "mevrouw", "dhr", "mej", "srta", "señorita", "senor", "senora", "senorita", "senhor",
            "senhora", "sig", "sigra", "signor", "signora", "signorina", "pani", "sayın", "baba", "mama", "mzee",
            "shri", "shrimati", "smt");

    /** Function words inside organisation names, ignored when comparing them or forming acronyms. */
    public static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "for", "and", "on", "in", "at", "to",
            "de", "du", "des", "la", "le", "les", "der", "die", "das", "für", "und", "del", "los", "las", "y", "&");

    /** Particles inside surnames ("al-", "bin", "von der") that carry no identity when names are compared. */
    public static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin",
            "ben", "ibn", "bint", "ould", "de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la",
            "dos", "das", "du");

    /** Particles that mark a name transliterated from Arabic, whose vowels vary between spellings. */
    private static final Set<String> ARABIC_PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
            "bin", "ben", "ibn", "bint", "ould", "abd", "abdul", "abdel");

    private static final java.util.Map<String, Set<String>> NICKNAMES = loadNicknames();

    private Names() {}

    private static java.util.Map<String, Set<String>> loadNicknames() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        try (var in = Names.class.getResourceAsStream("nicknames.tsv");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                out.put(c[0], Set.of(c[1].split("\\|")));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The full given names a folded short form stands for ("bill" → william), empty if it is none. */
    public static Set<String> fullGivenNames(String foldedWord) {
        return NICKNAMES.getOrDefault(foldedWord, Set.of());
    }

    /** Whether two folded given names are one name up to a common short form ("bill" / "william"). */
    public static boolean sameGivenName(String a, String b) {
        return a.equals(b) || fullGivenNames(a).contains(b) || fullGivenNames(b).contains(a);
    }

    /** Lower case, accents removed, hyphens and apostrophes to spaces or nothing, spaces collapsed. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '’' || c == '.') {
                // "O'Neill" and "U.S." keep their letters together
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** The folded words of a person's name without its particles ("Omar al-Rashid" → omar, rashid). */
    /**
     * The nicknames a full name can be clipped into: the start of the given name run into the first two or three
     * letters of the surname ("Joko Widodo" gives "jokowi", "Narendra Modi" gives "namo"), folded, four letters or
     * more. Empty for a name of one word.
     */
    public static Set<String> blends(String fullName) {
        List<String> w = wordsWithoutParticles(fullName);
        if (w.size() < 2) return Set.of();
        String given = w.get(0), surname = w.get(w.size() - 1);
        Set<String> out = new java.util.HashSet<>();
        for (int a = 2; a <= given.length(); a++) {
            for (int b = 2; b <= Math.min(3, surname.length() - 1); b++) {
                String blend = given.substring(0, a) + surname.substring(0, b);
                if (blend.length() >= 4) out.add(blend);
            }
        }
        return out;
    }

    /**
     * The short forms a long given name is cut into ("Gotabaya" gives "gota"): its first four letters or more, three
     * letters short of it at least; and a South Asian compound name without the Arabic article that joins its two
     * parts ("Mujibur" of Mujib-ur-Rahman gives "mujib", "Rafiqul" gives "rafiq"). Only for names the tagger found:
     * as words to look for they would find "Will".
     */
    public static Set<String> clippings(String given) {
        Set<String> out = new java.util.HashSet<>();
        for (int a = 4; a <= given.length() - 3; a++) out.add(given.substring(0, a));
        String head = given.length() >= 6 ? given.substring(0, given.length() - 2) : "";
        if (JOINED_ARTICLES.contains(given.substring(Math.max(0, given.length() - 2))) && head.length() >= 4) out.add(head);
        return out;
    }

    /** The Arabic article as South Asian names write it joined to the first part of a compound ("Mujib-ur", "Rafiq-ul"). */
    private static final Set<String> JOINED_ARTICLES = Set.of("ur", "ul", "ud", "uz");

    public static List<String> wordsWithoutParticles(String s) {
        List<String> out = new ArrayList<>();
        for (String w : words(s)) if (!PARTICLES.contains(w)) out.add(w);
        return out;
    }

    /** Whether a name contains a particle of Arabic names ("al-", "bin", "el"). */
    public static boolean hasArabicParticle(String s) {
        for (String w : words(s)) if (ARABIC_PARTICLES.contains(w)) return true;
        return false;
    }

    /**
     * A folded word with the spellings that vary between transliteration conventions unified: French "ou" and
     * English "u" (an initial "ou" and "o"), French "dj" and English "j", a doubled letter and a single one
     * ("Djamal" / "Jamal"), and the aspirated "bh", "dh", "gh", "jh" of South Asian names before a vowel and the plain
     * consonant ("Gotabhaya" / "Gotabaya").
     */
    public static String transliterationFold(String folded) {
        // A French initial "Ou" writes the vowel English writes "O" ("Oussama" / "Osama", "Oumar" / "Omar").
        String w = (folded.startsWith("ou") ? "o" + folded.substring(2) : folded).replace("ou", "u").replace("dj", "j").replace("ee", "i").replace("oo", "u");
        w = ASPIRATE.matcher(w).replaceAll("$1");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) if (i == 0 || w.charAt(i) != w.charAt(i - 1)) b.append(w.charAt(i));
        return b.toString();
    }

    private static final java.util.regex.Pattern ASPIRATE = java.util.regex.Pattern.compile("([bdgj])h(?=[aeiou])");

    /** The consonants of a word in order, its first letter always kept ("jaber", "jabir" → "jbr"). */
    public static String consonantSkeleton(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i == 0 || "aeiouy".indexOf(c) < 0) b.append(c);
        }
        return b.toString();
    }

    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("one", "1"), java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"),
            java.util.Map.entry("four", "4"), java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"),
            java.util.Map.entry("seven", "7"), java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"),
            java.util.Map.entry("ten", "10"), java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"),
            java.util.Map.entry("fifteen", "15"), java.util.Map.entry("twenty", "20"), java.util.Map.entry("thirty", "30"),
            java.util.Map.entry("forty", "40"), java.util.Map.entry("fifty", "50"), java.util.Map.entry("hundred", "100"));

    /**
     * A folded name with its number words as digits and an article after "of" dropped, so that the translations
     * "Group of the Twenty", "Group of 20" and "Group of Twenty" share one key.
     */
    public static String numberKey(String folded) {
        String[] w = folded.split(" ");
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && w[i].equals("the") && w[i - 1].equals("of")) continue;
            if (b.length() > 0) b.append(' ');
            b.append(NUMBER_WORDS.getOrDefault(w[i], w[i]));
        }
        return b.toString();
    }

    /** Words that translations of one organisation name render differently ("Penal Court" / "Criminal Court"). */
    private static final java.util.Map<String, String> TRANSLATION_SYNONYMS = synonyms(
            "penal", "criminal", "organisation", "organization", "programme", "program", "centre", "center",
            "labour", "labor", "defence", "defense", "southern", "south", "northern", "north", "eastern", "east",
            "western", "west", "electoral", "election");

    /**
     * The head words of bodies in French, Spanish, Italian, Portuguese and German, which a translation leaves in
     * place or moves ("Ligue Awami" for the Awami League, "Parti du Congrès" for the Congress Party).
     */
    private static final java.util.Map<String, String> FOREIGN_HEADS = synonyms(
            "electorale", "election",
            "ligue", "league", "liga", "league", "lega", "league", "parti", "party", "partido", "party", "partito", "party",
            "partei", "party", "cour", "court", "corte", "court", "commission", "commission", "comision", "commission",
            "commissione", "commission", "comissao", "commission", "kommission", "commission", "conseil", "council",
            "consejo", "council", "consiglio", "council", "conselho", "council", "assemblee", "assembly",
            "asamblea", "assembly", "assemblea", "assembly", "assembleia", "assembly", "banque", "bank",
            "fondation", "foundation", "fundacion", "foundation", "fondazione", "foundation", "fundacao", "foundation",
            "stiftung", "foundation", "universite", "university", "universidad", "university", "universita", "university",
            "universidade", "university", "universitat", "university", "ministere", "ministry", "ministerio", "ministry",
            "ministero", "ministry", "ministerium", "ministry", "mouvement", "movement", "movimiento", "movement",
            "movimento", "movement", "bewegung", "movement", "frente", "front", "fronte", "front", "federacion", "federation",
            "federazione", "federation", "federacao", "federation", "institut", "institute", "instituto", "institute",
            "istituto", "institute", "agence", "agency", "agencia", "agency", "agenzia", "agency", "agentur", "agency",
            "congres", "congress", "congreso", "congress", "congresso", "congress", "kongress", "congress",
            "senat", "senate", "senado", "senate", "senato", "senate", "comite", "committee", "comitato", "committee",
            "komitee", "committee", "alianza", "alliance", "alleanza", "alliance", "allianz", "alliance",
            "tribunale", "tribunal", "gericht", "court", "cuerpo", "corps", "corpo", "corps", "korps", "corps",
            "ingenieros", "engineers", "ingenieurs", "engineers", "ingegneri", "engineers", "engenheiros", "engineers",
            "policia", "police", "polizia", "police", "polizei", "police", "ejercito", "army", "exercito", "army",
            "esercito", "army", "armee", "army", "guardia", "guard", "garde", "guard", "fiscalia", "prosecutor");

    private static final java.util.Map<String, String> ALL_SYNONYMS = merged(TRANSLATION_SYNONYMS, FOREIGN_HEADS);

    private static java.util.Map<String, String> merged(java.util.Map<String, String> a, java.util.Map<String, String> b) {
        java.util.Map<String, String> out = new java.util.HashMap<>(a);
        out.putAll(b);
        return java.util.Map.copyOf(out);
    }

    /** Whether a folded word is a body's head word in another language ("congreso", "cuerpo"). */
    public static boolean isForeignHead(String foldedWord) {
        return FOREIGN_HEADS.containsKey(foldedWord);
    }

    private static java.util.Map<String, String> synonyms(String... pairs) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return java.util.Map.copyOf(out);
    }

    /** The word a translation synonym stands for ("penal" → "criminal"), else the word itself. */
    public static String translationSynonym(String foldedWord) {
        return ALL_SYNONYMS.getOrDefault(foldedWord, foldedWord);
    }

    /** Frequent Chinese, Korean and Vietnamese surnames, written first in the name ("Xi Jinping"). */
    private static final Set<String> SURNAMES_FIRST = Set.of("wang", "li", "zhang", "liu", "chen", "yang", "huang",
            "zhao", "zhou", "xu", "sun", "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang",
            "xi", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "pan", "yuan", "cai", "jiang", "cheng", "wei",
            "qin", "wen", "qian", "meng", "yin", "kong", "hou", "shen", "yao", "jiao", "bo", "mao", "zhai",
            "kim", "park", "choi", "jung", "yoon", "moon", "shin", "cho", "nguyen", "tran", "pham", "hoang", "phan");

    /** Whether a folded word is a frequent East Asian surname, which comes before the given name. */
    public static boolean isSurnameFirst(String foldedWord) {
        return SURNAMES_FIRST.contains(foldedWord);
    }

    /** The folded words of a name. */
    public static List<String> words(String s) {
        String f = fold(s);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    /** A name without a trailing possessive ("NATO’s" → "NATO"). */
    public static String stripPossessive(String s) {
        return POSSESSIVE.matcher(s.strip()).replaceFirst("");
    }

    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Whether a token looks like an acronym: 2–8 capitals and digits, optionally dotted ("U.S.", "G7"). */
    public static boolean isAcronym(String token) {
        String t = token.replace(".", "");
        if (t.length() < 2 || t.length() > 8) return false;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isDigit(c) && c != '&') return false;
        }
        return upper >= 1 && Character.isUpperCase(t.charAt(0));
    }

    /** The initials of the capitalised content words of a name ("People's Republic of China" → "prc"). */
    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            String clean = stripPossessive(w).replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.isEmpty() || FUNCTION_WORDS.contains(clean.toLowerCase(Locale.ROOT))) continue;
            b.append(Character.toLowerCase(clean.charAt(0)));
        }
        return b.toString();
    }

    /**
     * The letters an acronym of a name would have: the first letter of each content word, all the letters of a
     * word that is itself an acronym ("China Chamber of Commerce to the EU" → "ccceu").
     */
    public static String acronymLetters(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            String clean = stripPossessive(w).replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.isEmpty() || FUNCTION_WORDS.contains(clean.toLowerCase(Locale.ROOT))) continue;
            if (isAcronym(clean)) b.append(clean.toLowerCase(Locale.ROOT));
            else b.append(Character.toLowerCase(clean.charAt(0)));
        }
        return b.toString();
    }

    /**
     * Whether an acronym's letters can be read from a name: when the acronym is longer than the name has content
     * words, its first letter must start the first content word and every further letter occur later in the name ("UNO" / "United Nations Organization",
     * "Sinopec" style contractions allowed; "ADNOC" / "Abu Dhabi" not).
     */
    public static boolean canAbbreviate(String letters, String name) {
        String l = fold(letters).replace(" ", "");
        List<String> content = new ArrayList<>();
        for (String w : words(name)) if (!FUNCTION_WORDS.contains(w)) content.add(w);
        if (l.isEmpty() || content.isEmpty()) return false;
        // "Federal Security Service (FSB)", a translated name with its original acronym: an acronym no longer than
        // the name has content words is trusted.
        if (l.length() <= content.size()) return true;
        // "Cyber Defence Centre of Excellence (CCDCOE)", a name cut short: its initials are most of the letters.
        StringBuilder ini = new StringBuilder();
        for (String w : words(name)) if (!w.equals("the")) ini.append(w.charAt(0));
        if (2 * ini.length() > l.length() && isSubsequence(ini.toString(), l)) return true;
        String flat = fold(name);
        if (content.get(0).charAt(0) != l.charAt(0)) return false;
        int at = 1;
        for (int i = 1; i < l.length(); i++) {
            int found = flat.indexOf(l.charAt(i), at);
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }

    private static boolean isSubsequence(String small, String big) {
        int at = 0;
        for (int i = 0; i < small.length(); i++) {
            int found = big.indexOf(small.charAt(i), at);
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }

    /** Content words of an organisation name, lightly stemmed, for comparing translation variants. */
    public static List<String> contentStems(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(name)) {
            if (FUNCTION_WORDS.contains(w)) continue;
            out.add(stem(translationSynonym(Gazetteer.standard().demonymToCountry(w))));
        }
        return out;
    }

    /** A crude suffix-stripping stem: enough to equate "Strategy"/"Strategies", "Defense"/"Defence". */
    static String stem(String w) {
        String s = w.replace("defence", "defense");
        if (s.length() > 5 && s.endsWith("ies")) return s.substring(0, s.length() - 3) + "y";
        if (s.length() > 4 && s.endsWith("es") && !s.endsWith("ses")) return s.substring(0, s.length() - 1);
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) return s.substring(0, s.length() - 1);
        return s;
    }
}
