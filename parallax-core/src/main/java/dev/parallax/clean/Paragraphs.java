package dev.parallax.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw article text into paragraphs. Blank lines always separate paragraphs; a single line break does too,
 * unless the text is hard-wrapped (fixed-width lines) or the line plainly continues on the next one.
 */
public final class Paragraphs {

    /** A paragraph: its span in the raw text and its text with line breaks and runs of spaces collapsed. */
    public record Paragraph(int rawStart, int rawEnd, String text) {}

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    private Paragraphs() {}

    public static List<Paragraph> split(String raw) {
        List<Line> lines = lines(raw);
        boolean wrapped = isHardWrapped(lines);
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < lines.size() && !lines.get(i + 1).blank()
                    && continues(lines.get(i).text().strip(), lines.get(i + 1).text().strip(), wrapped)) {
                i++;
            }
            Line a = lines.get(first), b = lines.get(i);
            int start = a.start() + leading(a.text());
            int end = b.end() - trailing(b.text());
            out.add(new Paragraph(start, end, collapse(raw.substring(start, end))));
            i++;
        }
        return out;
    }

    private static boolean continues(String line, String next, boolean wrapped) {
        char last = line.charAt(line.length() - 1);
        boolean ends = ".!?:;\"”’)]".indexOf(last) >= 0;
        char first = next.charAt(0);
        if (wrapped) return !ends || Character.isLowerCase(first) || line.length() > 40;
        // A line opening with a digit may carry on a sentence ("... by\n204 votes"), but a whole date line under a
        // headline or byline ("30.03.2023, 05:45") is a line of its own.
        return !ends && line.length() >= 40 && (Character.isLowerCase(first)
                || Character.isDigit(first) && !Boilerplate.isDateline(next));
    }

    /** Hard-wrapped text: blank-line separated blocks whose lines mostly fill a fixed width of at most 100. */
    private static boolean isHardWrapped(List<Line> lines) {
        int nonBlank = 0, blank = 0, max = 0;
        for (Line l : lines) {
            if (l.blank()) blank++;
            else {
                nonBlank++;
                max = Math.max(max, l.text().strip().length());
            }
        }
        if (blank == 0 || nonBlank < 5 || max > 100 || max < 40) return false;
        int full = 0, multiLineBlocks = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) continue;
            if (l.text().strip().length() >= max - 25) full++;
            if (i + 1 < lines.size() && !lines.get(i + 1).blank()) multiLineBlocks++;
        }
        return full * 2 >= nonBlank && multiLineBlocks * 3 >= nonBlank;
    }

    private static List<Line> lines(String raw) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                out.add(new Line(start, i, raw.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    private static int leading(String s) {
        int n = 0;
        while (n < s.length() && Character.isWhitespace(s.charAt(n))) n++;
        return n;
    }

    private static int trailing(String s) {
        int n = 0;
        while (n < s.length() && Character.isWhitespace(s.charAt(s.length() - 1 - n))) n++;
        return n;
    }

    /** Line breaks, tabs and runs of spaces (including no-break spaces) become one space. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
