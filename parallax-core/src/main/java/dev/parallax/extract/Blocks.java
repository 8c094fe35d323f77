package dev.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cuts a DOM subtree into text blocks: maximal runs of inline text between block-level boundaries, each with its
 * length, the share that is link text and the block element that owns it. The walk is iterative (jsoup's
 * {@link NodeTraversor}), so nesting depth costs no stack.
 */
final class Blocks {

    /** Inline tags: everything else (including unknown and custom elements) bounds a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
            "td", "th", "picture", "source", "o:p");

    /** Standard block-level tags; a tag in neither list (custom elements, typos) depends on where it stands. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
            "option", "optgroup", "frameset", "noframes", "listing", "plaintext", "xmp", "search", "br");

    /** Where an unknown element is inline: inside a paragraph, heading, list item or inline element. */
    private static final Set<String> TEXT_HOLDERS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "figcaption", "caption", "legend", "summary", "pre", "blockquote");

    /** Characters that end a sentence (or a quoted or bracketed one) at the end of a block. */
    private static final String FINAL = ".!?。！？…:;\"”’»)";
    /** Characters that end a sentence inside a block when a space follows. */
    private static final String INNER = ".!?。！？";

    /**
     * A run of text: {@code chars} counts non-space characters, {@code linkChars} those inside links;
     * {@code ownerIndex} numbers the owner in the {@link Page} it came from; {@code sentence} says whether the
     * text ends like a sentence or has a sentence break in it.
     */
    record Block(String text, int chars, int linkChars, Element owner, int ownerIndex, boolean sentence) {

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        String tag() {
            return owner.normalName();
        }

        boolean isHeading() {
            String t = tag();
            return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
        }
    }

    /**
     * A page cut into blocks, its elements (junk left out) numbered in document order: {@code parent[i]} is the
     * number of element i's parent (-1 for the root), and element i's subtree is the numbers from i to
     * {@code end[i]} (exclusive).
     */
    record Page(List<Element> elements, int[] parent, int[] end, List<Block> blocks) {}

    private Blocks() {}

    /** Numbers the elements under {@code root} and cuts it into blocks, leaving out {@code junk} subtrees. */
    static Page index(Element root, Predicate<Element> junk) {
        Builder b = new Builder(junk, null, 0, null);
        NodeTraversor.filter(b, root);
        b.flush();
        int n = b.elements.size();
        return new Page(b.elements, Arrays.copyOf(b.parents.a, n), Arrays.copyOf(b.ends.a, n), b.blocks);
    }

    /**
     * The blocks of element {@code top} of a page, also skipping the subtrees of the elements i that have
     * {@code skip[i - top]}; {@code junk} must be the predicate the page was indexed with.
     */
    static List<Block> of(Page page, int top, boolean[] skip, Predicate<Element> junk) {
        Builder b = new Builder(junk, page, top, skip);
        NodeTraversor.filter(b, page.elements().get(top));
        b.flush();
        return b.blocks;
    }

    /** The blocks under {@code root}, in document order, skipping subtrees that {@code skip} names. */
    static List<Block> of(Element root, Predicate<Element> skip) {
        Builder b = new Builder(skip, null, 0, null);
        NodeTraversor.filter(b, root);
        b.flush();
        return b.blocks;
    }

    /** Whether a text ends like a sentence, or has a sentence break (". ") inside it. */
    static boolean hasSentenceEnd(String t) {
        int n = t.length();
        if (n == 0) return false;
        if (FINAL.indexOf(t.charAt(n - 1)) >= 0) return true;
        for (int i = 0; i + 1 < n; i++) {
            if (isInnerStop(t.charAt(i)) && isSpace(t.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Whether a character is in {@link #INNER}; spelled out, as this runs on every character of the page's text. */
    private static boolean isInnerStop(char c) {
        return c < 0x80 ? c == '.' || c == '!' || c == '?' : c == '。' || c == '！' || c == '？';
    }

    /** Whitespace as HTML text collapses it: ASCII controls and spaces, no-break and the Unicode spaces. */
    static boolean isSpace(char c) {
        if (c <= ' ') return true;
        if (c < 0x85) return false;
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    static final int IS_INLINE = 1;
    static final int IS_BLOCK = 2;
    static final int IS_TEXT_HOLDER = 4;
    static final int IS_JUNK = 8;
    static final int IS_MEDIA = 16;

    /** What each known tag is, as IS_* bits: one map lookup answers every question asked per element. */
    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        for (String t : INLINE) KINDS.merge(t, IS_INLINE, (a, b) -> a | b);
        for (String t : BLOCK) KINDS.merge(t, IS_BLOCK, (a, b) -> a | b);
        for (String t : TEXT_HOLDERS) KINDS.merge(t, IS_TEXT_HOLDER, (a, b) -> a | b);
        for (String t : ClassHints.JUNK_TAGS) KINDS.merge(t, IS_JUNK, (a, b) -> a | b);
        for (String t : ClassHints.MEDIA_TAGS) KINDS.merge(t, IS_MEDIA, (a, b) -> a | b);
    }

    /** The IS_* bits of a tag name (0 for unknown tags). */
    static int kind(String tag) {
        Integer k = KINDS.get(tag);
        return k == null ? 0 : k;
    }

    /** Whether an element continues the text around it rather than starting a block of its own. */
    static boolean isInline(Element e) {
        int k = kind(e.normalName());
        if ((k & IS_INLINE) != 0) return true;
        if ((k & IS_BLOCK) != 0) return false;
        Element p = e.parent();
        if (p == null) return false;
        return (kind(p.normalName()) & (IS_TEXT_HOLDER | IS_INLINE)) != 0;
    }

    private static final class Builder implements NodeFilter {
        final Predicate<Element> junk;
        final List<Block> blocks = new ArrayList<>();
        // Numbering: the first walk records the elements; a later walk over a page re-derives their numbers.
        final Page page;
        final boolean[] skip;
        final int top;
        int counter;
        final List<Element> elements = new ArrayList<>();
        final IntList parents = new IntList();
        final IntList ends = new IntList();
        final IntList open = new IntList();
        final IntList inlineStack = new IntList();
        final List<Element> owners = new ArrayList<>();
        final IntList ownerIndex = new IntList();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int preDepth;
        boolean space;

        Builder(Predicate<Element> junk, Page page, int top, boolean[] skip) {
            this.junk = junk;
            this.page = page;
            this.top = top;
            this.counter = top;
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (junk.test(e)) return FilterResult.SKIP_ENTIRELY;
            int idx;
            if (page != null) {
                idx = counter++;
                if (skip != null && idx > top && skip[idx - top]) {
                    counter = page.end()[idx];
                    return FilterResult.SKIP_ENTIRELY;
                }
            } else {
                idx = elements.size();
                elements.add(e);
                parents.add(open.isEmpty() ? -1 : open.last());
                ends.add(0);
            }
            open.add(idx);
            boolean inline = isInline(e);
            inlineStack.add(inline ? 1 : 0);
            String tag = e.normalName();
            switch (tag) {
                case "br" -> {
                    // Two breaks in a row separate paragraphs; one is a line break inside the block.
                    int len = text.length();
                    if (len > 0 && text.charAt(len - 1) == '\n') {
                        text.setLength(len - 1);
                        flush();
                    } else if (len > 0) {
                        text.append('\n');
                    }
                    space = false;
                    return FilterResult.CONTINUE;
                }
                case "a" -> linkDepth++;
                case "pre" -> preDepth++;
                case "td", "th" -> space = true;
                default -> { }
            }
            if (!inline) {
                flush();
                owners.add(e);
                ownerIndex.add(idx);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            int idx = open.removeLast();
            boolean inline = inlineStack.removeLast() == 1;
            if (page == null) ends.set(idx, elements.size());
            String tag = e.normalName();
            if (tag.equals("br")) return FilterResult.CONTINUE;
            if (tag.equals("a")) linkDepth--;
            else if (tag.equals("pre")) preDepth--;
            else if (tag.equals("td") || tag.equals("th")) space = true;
            if (!inline) {
                flush();
                if (!owners.isEmpty()) {
                    owners.remove(owners.size() - 1);
                    ownerIndex.removeLast();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String s) {
            boolean pre = preDepth > 0;
            StringBuilder text = this.text;
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    if (c == '\n' && pre) {
                        text.append('\n');
                        space = false;
                    } else {
                        space = true;
                    }
                    i++;
                    continue;
                }
                if (isInvisible(c)) {
                    i++;
                    continue;
                }
                // A run of visible characters is appended at once: per-character appends dominated this walk.
                int j = i + 1;
                while (j < n && !isSpace(s.charAt(j)) && !isInvisible(s.charAt(j))) j++;
                int len = text.length();
                if (space && len > 0 && text.charAt(len - 1) != '\n') text.append(' ');
                space = false;
                text.append(s, i, j);
                chars += j - i;
                if (linkDepth > 0) linkChars += j - i;
                i = j;
            }
        }

        private static boolean isInvisible(char c) {
            return c == '\u200b' || c == '\ufeff';
        }

        void flush() {
            space = false;
            if (chars > 0 && !owners.isEmpty()) {
                int end = text.length();
                while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) end--;
                String t = text.substring(0, end);
                blocks.add(new Block(t, chars, linkChars, owners.get(owners.size() - 1), ownerIndex.last(),
                        hasSentenceEnd(t)));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }

    /** A growable list of ints, to keep per-element numbers unboxed. */
    private static final class IntList {
        int[] a = new int[64];
        int size;

        void add(int v) {
            if (size == a.length) a = Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int last() {
            return a[size - 1];
        }

        int removeLast() {
            return a[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
