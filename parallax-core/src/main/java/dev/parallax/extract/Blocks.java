package dev.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
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

    /** A run of text: {@code chars} counts non-space characters, {@code linkChars} those inside links. */
    record Block(int index, String text, int chars, int linkChars, Element owner) {

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

    private Blocks() {}

    /** The blocks under {@code root}, in document order, skipping subtrees that {@code skip} names. */
    static List<Block> of(Element root, Predicate<Element> skip) {
        Builder b = new Builder(skip);
        NodeTraversor.filter(b, root);
        b.flush();
        return b.blocks;
    }

    /** Whether an element continues the text around it rather than starting a block of its own. */
    static boolean isInline(Element e) {
        String tag = e.normalName();
        if (INLINE.contains(tag)) return true;
        if (BLOCK.contains(tag)) return false;
        Element p = e.parent();
        if (p == null) return false;
        String pt = p.normalName();
        return TEXT_HOLDERS.contains(pt) || INLINE.contains(pt);
    }

    private static final class Builder implements NodeFilter {
        final Predicate<Element> skip;
        final List<Block> blocks = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int preDepth;
        boolean space;

        Builder(Predicate<Element> skip) {
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (skip.test(e)) return FilterResult.SKIP_ENTIRELY;
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
                case "img" -> {
                    return FilterResult.CONTINUE;
                }
                default -> { }
            }
            if (!isInline(e)) {
                flush();
                owners.add(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("a")) linkDepth--;
            else if (tag.equals("pre")) preDepth--;
            else if (tag.equals("td") || tag.equals("th")) space = true;
            if (!tag.equals("br") && !isInline(e)) {
                flush();
                if (!owners.isEmpty()) owners.remove(owners.size() - 1);
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String s) {
            boolean pre = preDepth > 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && pre) {
                    text.append('\n');
                    space = false;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                    space = true;
                } else {
                    if (space && text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append(' ');
                    space = false;
                    text.append(c);
                    chars++;
                    if (linkDepth > 0) linkChars++;
                }
            }
        }

        void flush() {
            space = false;
            if (chars > 0) {
                int end = text.length();
                while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) end--;
                Element owner = owners.isEmpty() ? null : owners.get(owners.size() - 1);
                if (owner != null) blocks.add(new Block(blocks.size(), text.substring(0, end), chars, linkChars, owner));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
