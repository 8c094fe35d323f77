package dev.parallax.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a single paragraph as web boilerplate (cookie notice, advertisement label, comment prompt, caption,
 * byline, breadcrumb ...) from a curated multilingual phrase list and the shape of the paragraph. Signals that need
 * the whole document (position, repetition) live in {@link Cleaner}.
 */
public final class Boilerplate {

    /**
     * One phrase rule; {@code anchored} rules start with "^" and are tried at the start only; {@code literals} (null
     * if unknown) are strings one of which any match contains, checked first because most paragraphs hold none.
     */
    private record Rule(String reason, int maxWords, Pattern pattern, boolean anchored, String[] literals) {

        boolean matches(String lowerCased) {
            if (!RequiredLiterals.anyIn(lowerCased, literals)) return false;
            var m = pattern.matcher(lowerCased);
            return anchored ? m.lookingAt() : m.find();
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final int LOWER_FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final String CREDIT_WORDS = "(?:photo|photos|photograph|image|picture|pictured|file photo|courtesy"
            + "|photographed|credit|provided by|illustration|graphic|getty|afp|ap photo|epa|reuters/|bloomberg/|shutterstock|istock"
            + "|handout)";
    /** A credit in round or square brackets closing a caption: "(Photo: AFP)", "[Photo=Yonhap]". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:\\((?:[^()]{0,80}\\b)?" + CREDIT_WORDS + "\\b[^()]{0,120}\\)"
                    + "|\\[(?:[^\\[\\]]{0,80}\\b)?" + CREDIT_WORDS + "\\b[^\\[\\]]{0,120}\\])\\s*\\.?$", FLAGS);
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(photo caption|image caption|picture caption|photo|image|picture|caption|file photo|pictured|photograph)\\s*[:|–—-]", FLAGS);
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|written by|posted by|words by|story by|author|par|von|por|di|door)\\s*:?\\s+\\p{L}", FLAGS);
    /** Words that join the names and places of a shared byline ("By A B in X and C D in Y"). */
    private static final java.util.Set<String> BYLINE_JOINERS = java.util.Set.of("in", "and", "&", "with", "de", "da",
            "van", "von", "der", "del", "al", "bin", "el", "und", "et", "y");
    /** A writer named by initials only ("S. Tharshan", "P. K. Menon"), the shape of a byline on its own line. */
    private static final Pattern INITIALS_NAME = Pattern.compile("^(\\p{Lu}\\.\\s?){1,3}\\p{Lu}\\p{L}+(-\\p{Lu}\\p{L}+)?$");
    /**
     * A name alone after a label with no colon ("Reporter Mina Cho", "From Lena Brandt", a translated "Von"), or after
     * the place a correspondent files from ("Tokyo correspondent Lee Seo-yeon").
     */
    private static final Pattern LABELLED_NAME = Pattern.compile(
            "^((?i:reporter|correspondent|from|text|words)|\\p{Lu}\\p{L}+\\s(?i:correspondent|reporter|bureau chief))"
                    + "\\s+\\p{Lu}[\\p{L}'’-]+(\\s\\p{Lu}[\\p{L}'’-]+){1,2}$");
    /** "Nakamura Sayaka (Wajima bureau)": a writer's name with the office filing the story, alone on its line. */
    private static final Pattern NAME_AND_OFFICE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’-]+(\\s\\p{Lu}[\\p{L}'’-]+){1,2}\\s*\\((\\p{L}+\\s){0,3}(bureau|branch( office)?|office|desk"
                    + "|correspondent|reporter)\\)$", FLAGS);
    private static final Pattern BREADCRUMB_HOME = Pattern.compile(
            "^(home|homepage|main|startseite|accueil|inicio|início|главная|首页|ホーム)\\s*(»|›|>|/|\\||→|::)", FLAGS);
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s(»|›|>|\\||→)\\s");
    private static final Pattern BIO_START = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\p{Lu}[\\p{L}'’-]+\\s((is|was|has been|serves as)\\s(a|an|the)\\s"
                    + "|(covers|writes about|reports on|reports from|has covered|has reported on)\\s)", 0);
    private static final Pattern BIO_ROLE = Pattern.compile(
            "\\b(correspondent|editor|reporter|writer|journalist|columnist|contributor|author|freelancer|bureau chief"
                    + "|commentator|contributing)\\b", FLAGS);
    /** The label of a date line ("Updated -", "Published on"), shared with the reader of its date. */
    static final String DATELINE_LABEL = "(published|updated|posted|last updated|first published|date"
            // "Input 2024.01.05 15:12 | Modified 2024.01.05 16:40": East Asian portals label the first posting and
            // the last edit, which translation renders with these words.
            + "|input|entered|registered|modified|edited|revised)\\s*(on|in|at|the|:|-|–|—)?\\s*";
    /**
     * A calendar date as a date line writes it ("11 Aug. 2023", "8th July 2023", "Aug 11th, 2023", "2023-08-11", "11/08/2023",
     * "11.08.2023", "11. 8. 2023" as Czech and Slovak sites space it, "11-08-2023", and year first as Korean, Japanese and Chinese sites do: "2023.08.11", "2023/8/11").
     */
    static final String DATE = "(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{4}(?:\\.\\d{1,2}\\.|/\\d{1,2}/)\\d{1,2}\\.?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4})";
    /** A clock time with its marks ("6:12 AM EST", "18h42", "05:45 o'clock", "14.30 Uhr", "07:10 (CST)"). */
    private static final String CLOCK = "\\d{1,2}([:.h]\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.|o['’]clock|uhr|h)?(\\s*\\(?[A-Z]{2,5}\\)?)?";
    /**
     * A date of another calendar, whose months English does not name ("16 Tir 1403", "3 Rabi' al-Awwal 1446 AH",
     * "1403/04/16"): sites of countries that keep one print it beside the Gregorian date.
     */
    private static final String OTHER_CALENDAR = "(\\d{1,2}\\s+[\\p{L}'’]{3,12}(?:[\\s-][\\p{L}'’]{2,10}){0,2},?\\s+\\d{3,4}"
            + "(?:\\s*(?:ah|sh|ap|h|be)\\.?)?|\\d{4}/\\d{1,2}/\\d{1,2})";
    /** A calendar date alone or paired with its day in another calendar, either first ("16 Tir 1403 – 6 July 2024", "6 July 2024 (16 Tir 1403)"). */
    private static final String PAIRED_DATE = "(" + OTHER_CALENDAR + "\\s*[|/·•—–-]\\s*)?" + DATE
            + "(\\s*(?:[|/·•—–-]\\s*" + OTHER_CALENDAR + "|\\(\\s*" + OTHER_CALENDAR + "\\s*\\)))?";
    /** A date with its weekday, whole or cut ("Mon 1 Jul 2024"), and clock time ("Friday, 11/08/2023 at 18h42"), as a date line states it. */
    private static final String DATE_AND_TIME = "((mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day|\\.)?,?\\s*)?" + PAIRED_DATE
            + "([\\s,|·•—–-]+(at\\s+)?" + CLOCK + ")?";
    /** "Updated 4:20 PM", "updated at 19:02", "Updated 12 May 2023, 10:15": a later edit, by its date or by the clock alone. */
    private static final String UPDATE = DATELINE_LABEL + "(" + DATE_AND_TIME + "|(at\\s+)?" + CLOCK + ")";
    /**
     * "2024-03-11 09:20  Source: X  Editor: Y": portals print who supplied and who edited the article on the date's own
     * line, each as a label and a short value of capitalised words.
     */
    private static final String FIELDS = "(\\s*[|·•—–-]?\\s*(source|editor|editors|responsible editor|author|authors|reporter"
            + "|writer|photo|origin)\\s*[:：]\\s*[\\p{Lu}\\p{Lo}][\\p{L}.'’-]*(\\s[\\p{Lu}\\p{Lo}][\\p{L}.'’-]*){0,4})*";
    /** "Published ... - Updated ...", "... (updated at 19:02)": a date line may give the first publication and the last update. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(" + DATELINE_LABEL + ")?" + DATE_AND_TIME
                    + "(\\s*[|·•—–-]\\s*" + UPDATE + "|\\s*\\(\\s*" + UPDATE + "\\s*\\))?" + FIELDS + "\\s*$", FLAGS);

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static final Boilerplate DEFAULT = load();

    /** The phrase list shipped with Parallax. */
    public static Boilerplate standard() {
        return DEFAULT;
    }

    private static Boilerplate load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                // Rules run on lower-cased text: case-insensitive matching costs a case fold per character tried.
                rules.add(new Rule(cols[0], Integer.parseInt(cols[1]), Pattern.compile(cols[2], LOWER_FLAGS),
                        anchored(cols[2]), RequiredLiterals.of(cols[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(rules);
    }

    /** Whether a regular expression can only match at the start: it opens with "^" and has no top-level "|". */
    static boolean anchored(String regex) {
        if (!regex.startsWith("^")) return false;
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks some sites set before a furniture line ("※", "▼Read also", "■", "[Advertisement]", "【Photo】"): the rules
     * read the line without them.
     */
    private static final Pattern DECORATION = Pattern.compile("^[[\\p{So}&&[^©®℗™ⓒⒸ]]※*•·‣◆◇■□▲△▼▽▶►●○★☆【\\[]+\\s*");
    /** A bracketed label opening a caption ("(Photo)", "[Photo]", "【写真】"). */
    private static final Pattern BRACKETED_CAPTION_LABEL = Pattern.compile(
            "^[(\\[【](photo|image|picture|caption|file photo|photograph|写真|사진|图|圖)[)\\]】]", FLAGS);

    /** Why a paragraph, taken on its own, is boilerplate; null if nothing about it says so. */
    public String reasonFor(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty()) return "empty";
        if (BRACKETED_CAPTION_LABEL.matcher(p).find() && wordCount(p) <= 60) return "caption";
        var decoration = DECORATION.matcher(p);
        if (decoration.lookingAt()) {
            // "[Advertisement]": the closing bracket goes with the opening one.
            String bare = p.substring(decoration.end()).replaceFirst("\\s*[\\]】]\\s*$", "");
            if (!bare.isEmpty()) p = bare;
        }
        int words = wordCount(p);
        String lower = p.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (words <= rule.maxWords() && rule.matches(lower)) return rule.reason();
        }
        if (words <= 60 && (CAPTION_CREDIT.matcher(p).find() || CAPTION_LABEL.matcher(p).find())) return "caption";
        if (words <= 8 && BYLINE.matcher(p).find() && !endsSentence(p)) return "byline";
        if (words <= 18 && isNamesByline(p)) return "byline";
        if (words <= 30 && (BREADCRUMB_HOME.matcher(p).find() || crumbSeparators(p) >= 2 || isSectionPath(p))
                && !endsSentence(p)) {
            return "breadcrumb";
        }
        // Numeric dates count three words each: "Published the 11/08/2023 at 18h42 - Updated the 11/08/2023 at 19h05".
        if (words <= 16 && DATELINE.matcher(p).matches()) return "dateline";
        return null;
    }

    /** Whether a line is a date line alone ("Monday, 8th July 2024", "Published 11/08/2023 at 18h42"). */
    public static boolean isDateLine(String line) {
        String p = line.strip();
        return wordCount(p) <= 16 && DATELINE.matcher(p).matches();
    }

    /**
     * A longer byline ("By A B in X and C D in Y"): after the label only capitalised words and the words that join
     * names and places, which a sentence opening with "By" never is.
     */
    static boolean isNamesByline(String p) {
        if (INITIALS_NAME.matcher(p).matches() || LABELLED_NAME.matcher(p).matches()
                || NAME_AND_OFFICE.matcher(p).matches()) return true;
        var label = BYLINE.matcher(p);
        if (!label.find() || endsSentence(p)) return false;
        String[] words = p.substring(label.end() - 1).strip().split("[\\s,;]+");
        if (words.length < 2) return false;
        for (String w : words) {
            if (w.isEmpty() || BYLINE_JOINERS.contains(w)) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    /** Whether a paragraph near the end reads as the author's biography. */
    public boolean isAuthorBio(String paragraph) {
        String p = paragraph.strip();
        if (wordCount(p) > 70) return false;
        var start = BIO_START.matcher(p);
        if (!start.find()) return false;
        // "… covers defence for the Brief" needs no job title: the verb says it is about the writer's beat.
        return start.group(5) != null || BIO_ROLE.matcher(p).find();
    }

    /** Whether a paragraph is only a date line ("Published July 12, 2023"). */
    public static boolean isDateline(String paragraph) {
        return DATELINE.matcher(paragraph.strip()).matches();
    }

    /**
     * A two-level section label ("WORLD | AFRICA", "News › Europe"): one separator is enough when every part is a
     * short run of capitalised words, which prose between separators never is.
     */
    static boolean isSectionPath(String p) {
        if (crumbSeparators(p) != 1) return false;
        for (String part : CRUMB_SEPARATOR.split(p)) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words.length > 4) return false;
            int named = 0;
            for (String w : words) {
                // "Editorial & Analysis": a section's name may join two capitalised words.
                if (words.length > 1 && (w.equals("&") || w.equals("and"))) continue;
                if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
                named++;
            }
            if (named > 3) return false;
        }
        return true;
    }

    static int crumbSeparators(String p) {
        int n = 0;
        var m = CRUMB_SEPARATOR.matcher(p);
        while (m.find()) n++;
        return n;
    }

    static boolean endsSentence(String p) {
        String s = p.strip();
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        return ".!?…\"”’»)".indexOf(last) >= 0 && !(last == ')' && !s.contains("."));
    }

    static int wordCount(String p) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < p.length(); i++) {
            boolean w = Character.isLetterOrDigit(p.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
