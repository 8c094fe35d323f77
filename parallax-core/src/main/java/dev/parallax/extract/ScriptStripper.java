package dev.parallax.extract;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Empties the content of {@code <script>} (JSON-LD excepted), {@code <style>} and inline {@code <svg>} and
 * {@code <math>} elements before the page is parsed. Their content is never article text, yet on a typical news
 * page it is over half the characters, and the HTML parser spends most of its time buffering it. The elements
 * themselves stay, so the parsed tree has the same shape.
 *
 * <p>The scan follows the HTML tokenizer far enough to find real tags only: comments, bogus comments, quoted
 * attribute values and the raw text of {@code <textarea>}, {@code <title>}, {@code <iframe>} and the like are
 * stepped over, and script content ends where the tokenizer ends it (including its {@code <!--} escapes).
 * Wherever it is unsure what the parser would do, it leaves the text as it is: keeping content only costs time.
 */
final class ScriptStripper {

    /** Elements whose content the tokenizer reads as text up to their end tag; stepped over, not stripped. */
    private static final Set<String> RAW_TEXT = Set.of("textarea", "title", "iframe", "xmp", "noembed", "noframes");

    /** The start tags that need more than stepping over: the ones stripped, raw text and the end of all markup. */
    private static final String[] SPECIAL = {"script", "style", "svg", "math", "plaintext", "textarea", "title",
            "iframe", "xmp", "noembed", "noframes"};

    /**
     * Start tags that end foreign (SVG, MathML) content in an HTML parser ("breakout" tags), and
     * {@code foreignObject}, whose content is HTML again: a foreign element holding one is left alone.
     */
    private static final Set<String> FOREIGN_EXITS = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub",
            "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject", "annotation-xml");

    private final String html;
    private final int n;
    /** The kept parts of the page as start and end indexes (null until something is removed), and their count. */
    private int[] kept;
    private int keptCount;
    /** Where the part not yet decided on starts. */
    private int copied;
    /** Set once an SVG or MathML element was found to run to the end of the page: later ones would too. */
    private boolean foreignUnclosed;

    private ScriptStripper(String html) {
        this.html = html;
        this.n = html.length();
    }

    /** The page with script, style, SVG and MathML content removed; the same string when there is none. */
    static String strip(String html) {
        if (html == null || html.isEmpty()) return html;
        ScriptStripper s = new ScriptStripper(html);
        if (!s.run()) return html;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < s.keptCount; k += 2) out.append(html, s.kept[k], s.kept[k + 1]);
        return out.toString();
    }

    /**
     * The stripped page as a reader for the parser, which reads the kept parts straight from the page: no copy
     * of the page is made, however large it is.
     */
    static Reader reader(String html) {
        ScriptStripper s = new ScriptStripper(html);
        return s.run() ? new PartsReader(html, Arrays.copyOf(s.kept, s.keptCount)) : new StringReader(html);
    }

    /** Scans the page; whether anything was removed, in which case {@code kept} lists what remains. */
    private boolean run() {
        int i = 0;
        while (i >= 0 && i < n) i = step(i);
        if (kept == null) return false;
        keep(copied, n);
        return true;
    }

    /** Handles the markup at or after {@code from}; returns where to go on, or -1 to stop. */
    private int step(int from) {
        int lt = html.indexOf('<', from);
        if (lt < 0 || lt + 1 >= n) return -1;
        char c = html.charAt(lt + 1);
        if (c == '!') {
            if (html.startsWith("<!--", lt)) return after(html.indexOf("-->", lt + 2), 3);
            return after(html.indexOf('>', lt + 2), 1);
        }
        if (c == '?') return after(html.indexOf('>', lt + 2), 1);
        if (c == '/') {
            if (lt + 2 < n && isAsciiLetter(html.charAt(lt + 2))) return after(tagEnd(lt + 2), 1);
            return after(html.indexOf('>', lt + 2), 1);
        }
        if (!isAsciiLetter(c)) return lt + 1;
        int nameEnd = nameEnd(lt + 1);
        int gt = tagEnd(nameEnd);
        if (gt < 0) return -1;
        String name = special(lt + 1, nameEnd);
        if (name == null) return gt + 1;
        // "<x ... />": jsoup takes it as an empty element (even a script), so there is no content to touch.
        if (html.charAt(gt - 1) == '/') return gt + 1;
        int open = gt + 1;
        switch (name) {
            case "script" -> {
                int close = scriptEnd(open);
                if (html.substring(lt, gt).toLowerCase(Locale.ROOT).contains("ld+json")) return close < 0 ? -1 : close;
                remove(open, close < 0 ? n : close);
                return close;
            }
            case "style" -> {
                int close = endTag(open, "style");
                remove(open, close < 0 ? n : close);
                return close;
            }
            case "svg", "math" -> {
                return foreign(open, name);
            }
            case "plaintext" -> {
                return -1;
            }
            default -> {
                return RAW_TEXT.contains(name) ? endTag(open, name) : open;
            }
        }
    }

    /** The name in {@link #SPECIAL} that the tag name between {@code from} and {@code to} is (any case), or null. */
    private String special(int from, int to) {
        int length = to - from;
        for (String s : SPECIAL) {
            if (s.length() == length && html.regionMatches(true, from, s, 0, length)) return s;
        }
        return null;
    }

    /**
     * Removes the content of an SVG or MathML element opened just before {@code open}; returns where to go on.
     * Each part of the page is scanned here at most once, so nested or unclosed elements cost linear time.
     */
    private int foreign(int open, String root) {
        if (foreignUnclosed) return open;
        int depth = 1;
        int i = open;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) return unclosed(open);
            char c = html.charAt(lt + 1);
            if (c == '!') {
                if (html.startsWith("<!--", lt)) i = html.indexOf("-->", lt + 2);
                else if (html.startsWith("<![CDATA[", lt)) i = html.indexOf("]]>", lt + 9);
                else i = html.indexOf('>', lt + 2);
                if (i < 0) return unclosed(open);
                continue;
            }
            boolean end = c == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            int nameEnd = nameEnd(nameStart);
            int gt = tagEnd(nameEnd);
            if (gt < 0) return unclosed(open);
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            // HTML inside: leave the element as it is and read on as HTML from there.
            if (!end && FOREIGN_EXITS.contains(name)) return lt;
            if (end && (name.equals("p") || name.equals("br"))) return lt;
            if (name.equals(root) && !(html.charAt(gt - 1) == '/' && !end)) {
                depth += end ? -1 : 1;
                if (depth == 0) {
                    remove(open, lt);
                    return gt + 1;
                }
            }
            i = gt + 1;
        }
    }

    /** Gives up on a foreign element that does not end: it is left as it is, and so are any later ones. */
    private int unclosed(int open) {
        foreignUnclosed = true;
        return open;
    }

    /**
     * Where a script's content ends: the {@code <} of its end tag, or -1 if it runs to the end of the page. Follows
     * the tokenizer's script states: inside {@code <!--}, a {@code <script>} start tag hides the next
     * {@code </script>} until {@code -->}.
     */
    private int scriptEnd(int from) {
        final int data = 0, escaped = 1, doubleEscaped = 2;
        int state = data;
        int i = from;
        while (i < n) {
            // Only "<" matters in plain script data; inside "<!--" a "-->" matters too.
            i = state == data ? html.indexOf('<', i) : nextOf(i, '<', '-');
            if (i < 0) return -1;
            if (html.charAt(i) == '-') {
                if (html.startsWith("-->", i)) {
                    state = data;
                    i += 3;
                } else {
                    i++;
                }
            } else if (state == data && html.startsWith("<!--", i)) {
                state = escaped;
                // "<!-->" closes at once: the dashes of "<!--" also count towards "-->".
                i += 2;
            } else if (state != doubleEscaped && isEndTag(i, "script")) {
                return i;
            } else if (state == escaped && isTag(i + 1, "script")) {
                state = doubleEscaped;
                i += 7;
            } else if (state == doubleEscaped && html.startsWith("</", i) && isTag(i + 2, "script")) {
                state = escaped;
                i += 8;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The first index at or after {@code from} holding {@code a} or {@code b}, or -1. */
    private int nextOf(int from, char a, char b) {
        for (int i = from; i < n; i++) {
            char c = html.charAt(i);
            if (c == a || c == b) return i;
        }
        return -1;
    }

    /** The {@code <} of the first end tag {@code </name>} at or after {@code from}, or -1. */
    private int endTag(int from, String name) {
        int i = from;
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) return -1;
            if (isEndTag(lt, name)) return lt;
            i = lt + 2;
        }
    }

    private boolean isEndTag(int lt, String name) {
        return html.startsWith("</", lt) && isTag(lt + 2, name);
    }

    /** Whether {@code name} (any case) starts at {@code at} and ends there as a tag name does. */
    private boolean isTag(int at, String name) {
        int k = name.length();
        if (!html.regionMatches(true, at, name, 0, k) || at + k >= n) return false;
        char d = html.charAt(at + k);
        return isSpace(d) || d == '/' || d == '>';
    }

    /** The end of the tag name starting at {@code from}. */
    private int nameEnd(int from) {
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (isSpace(c) || c == '/' || c == '>') break;
            i++;
        }
        return i;
    }

    /** The {@code >} that ends a tag whose attributes start at {@code from} (quoted values skipped), or -1. */
    private int tagEnd(int from) {
        int gt = next(GT, from);
        int i = from;
        while (gt >= 0) {
            int dq = next(DOUBLE_QUOTE, i);
            int sq = next(SINGLE_QUOTE, i);
            int q = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
            if (q < 0 || q > gt) return gt;
            // A quote opens a value only right after "=" (spaces between allowed); elsewhere it is a plain character.
            int k = q - 1;
            while (k >= i && isSpace(html.charAt(k))) k--;
            if (k >= i && html.charAt(k) == '=') {
                int close = next(q == dq ? DOUBLE_QUOTE : SINGLE_QUOTE, q + 1);
                if (close < 0) return -1;
                i = close + 1;
                if (i > gt) gt = next(GT, i);
            } else {
                i = q + 1;
            }
        }
        return -1;
    }

    private static final int GT = 0;
    private static final int DOUBLE_QUOTE = 1;
    private static final int SINGLE_QUOTE = 2;
    private static final char[] SOUGHT = {'>', '"', '\''};
    /** Per sought character: the index a search started from and what it found (-1: none), or -1 and unset. */
    private final int[] searchedFrom = {-1, -1, -1};
    private final int[] found = new int[3];

    /**
     * The first index at or after {@code from} of a sought character. Tags are read left to right and most hold
     * no quote, so a plain indexOf per tag could cross much of the page each time; the last answer is reused
     * while it still lies ahead.
     */
    private int next(int which, int from) {
        int start = searchedFrom[which];
        if (start >= 0 && start <= from && (found[which] >= from || found[which] < 0)) return found[which];
        searchedFrom[which] = from;
        found[which] = html.indexOf(SOUGHT[which], from);
        return found[which];
    }

    private void remove(int from, int to) {
        if (to <= from) return;
        if (kept == null) kept = new int[16];
        keep(copied, from);
        copied = to;
    }

    private void keep(int from, int to) {
        if (to <= from) return;
        if (keptCount == kept.length) kept = Arrays.copyOf(kept, keptCount * 2);
        kept[keptCount++] = from;
        kept[keptCount++] = to;
    }

    /** Reads the given parts of a string, one after the other. */
    private static final class PartsReader extends Reader {
        private final String text;
        private final int[] parts;
        private int part;
        private int pos;

        PartsReader(String text, int[] parts) {
            this.text = text;
            this.parts = parts;
            this.pos = parts.length > 0 ? parts[0] : 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) return 0;
            int done = 0;
            while (done < length && part < parts.length) {
                int k = Math.min(length - done, parts[part + 1] - pos);
                text.getChars(pos, pos + k, buffer, offset + done);
                done += k;
                pos += k;
                if (pos == parts[part + 1]) {
                    part += 2;
                    if (part < parts.length) pos = parts[part];
                }
            }
            return done == 0 ? -1 : done;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    private static int after(int index, int length) {
        return index < 0 ? -1 : index + length;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
