package dev.parallax.ingest;

import dev.parallax.clean.Boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the headline of a plain-text article: a short line near the top that is not a sentence. */
final class TextArticles {

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:»|›|>|/|\\|)\\s+");
    private static final Pattern BYLINE_START = Pattern.compile("(?i)^(?:by|from|text|reporter)\\b");
    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 25;

    private TextArticles() {}

    /** The title stated by the first lines of a text, or null if the text opens with body text. */
    static String headline(String text) {
        List<String> lines = leadingLines(text, 5);
        if (lines.size() < 2) return null;
        // A masthead ("DAILY PLANET", "THE LEDGER | News without the noise") and a section label under it sit
        // above the headline in pasted pages; the headline is the first line after them that reads as one.
        int i = 0;
        // An outlet's name in title case ("The Harbour Review") is told from a headline by the section path under it.
        if (isMasthead(lines.get(0)) || lines.size() > 2 && isShortName(lines.get(0)) && isSectionPath(lines.get(1))) {
            int j = 1;
            // The page's date line and a section label may sit, in either order, between the masthead and the headline.
            boolean date = false, section = false;
            while (j + 1 < lines.size()) {
                String l = lines.get(j);
                if (!date && Boilerplate.isDateLine(l)) date = true;
                else if (!section && (isSectionLabel(l) || isSectionPath(l))) section = true;
                else break;
                j++;
            }
            if (isHeadlineLike(lines.get(j))) i = j;
        }
        // A headline needs body text under it.
        return i + 1 < lines.size() ? headlineOf(lines.get(i)) : null;
    }

    private static String headlineOf(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS) return null;
        if (words(line) > MAX_TITLE_WORDS) return null;
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return null;
        String[] crumbs = BREADCRUMB_SEPARATOR.split(line);
        String title = crumbs[crumbs.length - 1].strip();
        // "Home » Politics » Economy" is navigation ending in a section name, not a headline.
        if (crumbs.length > 1 && words(title) <= 3) return null;
        return title.isEmpty() ? null : title;
    }

    /** The first non-blank lines of a text. */
    private static List<String> leadingLines(String text, int max) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (out.size() >= max) break;
            if (!l.isBlank()) out.add(l.strip());
        }
        return out;
    }

    /** An outlet's name in capitals, alone or before its tagline or section. */
    private static boolean isMasthead(String line) {
        String first = BREADCRUMB_SEPARATOR.split(line)[0].strip();
        return words(first) <= 6 && endsBare(line) && hasLetters(first)
                && first.equals(first.toUpperCase(Locale.ROOT))
                && (first.equals(line) || words(first) >= 2 || line.equals(line.toUpperCase(Locale.ROOT)));
    }

    /** "World | Europe | Germany", "Home > Local": two or more short section names joined by path separators. */
    private static boolean isSectionPath(String line) {
        String[] crumbs = BREADCRUMB_SEPARATOR.split(line);
        if (crumbs.length < 2 || !endsBare(line)) return false;
        for (String c : crumbs) if (words(c) > 5) return false;
        return true;
    }

    private static boolean isShortName(String line) {
        return words(line) <= 5 && endsBare(line) && Character.isUpperCase(line.codePointAt(0));
    }

    /** "Banking & Finance": a few capitalised words naming a section. */
    private static boolean isSectionLabel(String line) {
        if (words(line) > 3 || !endsBare(line)) return false;
        for (String w : line.split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&") && !w.equals("and")) return false;
        }
        return true;
    }

    private static boolean isHeadlineLike(String line) {
        int w = words(line);
        return w >= 4 && w <= MAX_TITLE_WORDS && endsBare(line) && !BYLINE_START.matcher(line).find();
    }

    private static boolean endsBare(String line) {
        char last = line.charAt(line.length() - 1);
        return ".,;:".indexOf(last) < 0;
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
