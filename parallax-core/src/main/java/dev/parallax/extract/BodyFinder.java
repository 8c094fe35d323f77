package dev.parallax.extract;

import dev.parallax.clean.Boilerplate;
import dev.parallax.extract.Blocks.Block;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the article body of a parsed page. Every text block is weighed as prose (long, punctuated, few links)
 * or clutter (links, furniture); the weights are summed up the tree, and the element whose subtree holds the most
 * prose net of clutter is the article container. Inside it, furniture subtrees, link lists, labels and the
 * short debris at either end are dropped.
 */
final class BodyFinder {

    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(by|written by|posted by|words by|story by|photos? by|updated|published|posted|last updated|first published)\\b");
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|promoted|anzeige|werbung|publicidad"
                    + "|publicité|pubblicità|iklan|reklame|реклама|story continues below.*|article continues below.*|continue reading.*"
                    + "|read more|read more:?.*|see also|related|related:.*|related articles|related stories|share"
                    + "|share this.*|share on .*|tweet|email|print|comments?|\\d+ comments?|click here.*|more:|more"
                    + "|don['’]?t miss.*|you (may|might) also like.*|recommended( for you)?|most (read|popular|viewed)"
                    + "|trending( now)?|also read.*|read next.*)\\W*$");

    /** The text of the body, or null when nothing article-like was found; {@code container} is where it came from. */
    record Result(String text, Element container, List<Block> blocks) {}

    static final boolean DEBUG = Boolean.getBoolean("parallax.debug");
    private final Blocks.Page page;
    private final List<Element> all;
    private final int[] parent;
    private final int[] end;
    private final double[] prose;
    private final double[] clutter;
    private final byte[] classVerdict;
    private double[] rawProse;
    private double[] paragraphs;
    private boolean[] teaser;
    private double[] chars;
    private double[] media;

    BodyFinder(Element root) {
        this.page = Blocks.index(root, BodyFinder::isJunk);
        this.all = page.elements();
        this.parent = page.parent();
        this.end = page.end();
        int n = all.size();
        this.prose = new double[n];
        this.clutter = new double[n];
        this.classVerdict = new byte[n];
    }

    static boolean isJunk(Element e) {
        if ((Blocks.kind(e.normalName()) & Blocks.IS_JUNK) != 0) return true;
        if (isPopupCard(e)) return true;
        if (e.attributesSize() == 0) return false;
        // The HTML parser lower-cases attribute names, so exact-case lookups suffice (and are cheaper).
        Attributes attrs = e.attributes();
        if (attrs.hasKey("hidden")) return true;
        String style = attrs.get("style");
        return !style.isEmpty() && ClassHints.isHiddenStyle(style);
    }

    /**
     * A hover card inside running text: an inline element in a paragraph holding a picture and several links
     * (a person's photo and their latest stories), shown only on mouse-over.
     */
    static boolean isPopupCard(Element e) {
        if (!e.normalName().equals("span") || e.childrenSize() < 1) return false;
        Element p = e.parent();
        if (p == null || !(p.normalName().equals("span") || p.normalName().equals("p"))) return false;
        if (!e.ownText().isBlank() || !holdsCard(e)) return false;
        // The innermost such span is the card; its wrappers also hold the name it pops up from.
        for (Element c : e.children()) if (c.normalName().equals("span") && holdsCard(c)) return false;
        return true;
    }

    private static boolean holdsCard(Element e) {
        return e.getElementsByTag("img").size() > 0 && e.getElementsByTag("a").size() >= 3;
    }

    Result find(String title) {
        List<Block> blocks = page.blocks();
        if (blocks.isEmpty()) return new Result(null, null, List.of());
        int n = all.size();
        double[] rawProse = new double[n];
        double[] paragraphs = new double[n];
        chars = new double[n];
        for (Block b : blocks) {
            int o = b.ownerIndex();
            rawProse[o] += proseWeight(b);
            if (isProse(b)) paragraphs[o]++;
            chars[o] += b.chars();
        }
        sumUp(rawProse);
        sumUp(paragraphs);
        media = new double[n];
        for (int i = 0; i < n; i++) if ((Blocks.kind(all.get(i).normalName()) & Blocks.IS_MEDIA) != 0) media[i] = 1;
        sumUp(chars);
        sumUp(media);
        this.teaser = teasers(blocks);
        this.rawProse = rawProse;
        this.paragraphs = paragraphs;
        boolean[] furniture = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean inherited = parent[i] >= 0 && furniture[parent[i]];
            furniture[i] = inherited || (i > 0 && isFurniture(i, 0));
            if (DEBUG && !inherited && furniture[i] && chars[i] > 500) {
                System.err.println("FURNITURE " + all.get(i).cssSelector() + " chars " + chars[i] + " teaser " + teaser[i]);
            }
        }
        for (Block b : blocks) {
            int o = b.ownerIndex();
            if (furniture[o]) {
                clutter[o] += 0.3 * b.chars();
            } else {
                prose[o] += proseWeight(b);
                clutter[o] += clutterWeight(b);
            }
        }
        sumUp(prose);
        sumUp(clutter);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (furniture[i]) continue;
            double s = prose[i] - clutter[i];
            if (s >= bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (prose[best] <= 0) return new Result(null, null, List.of());
        Element container = all.get(best);
        if (DEBUG) System.err.println("CONTAINER " + container.cssSelector() + " score " + bestScore);
        List<Block> inside = contentBlocks(best);
        List<Block> kept = filter(inside, title);
        String text = join(kept);
        return new Result(text.isEmpty() ? null : text, container, kept);
    }

    /** The blocks of the chosen container, with furniture inside it skipped (unless it holds most of the prose). */
    private List<Block> contentBlocks(int top) {
        int stop = end[top];
        boolean[] skip = new boolean[stop - top];
        for (int i = top + 1; i < stop; i++) {
            boolean inherited = parent[i] > top && skip[parent[i] - top];
            skip[i - top] = inherited || isFurniture(i, top);
        }
        return Blocks.of(page, top, skip, BodyFinder::isJunk);
    }

    /**
     * Whether element {@code i} is furniture within the subtree {@code top}. Class names are a weaker sign than
     * tags and roles: an element named, say, "post tag-news" that holds most of the prose in several paragraphs is
     * the article itself.
     */
    private boolean isFurniture(int i, int top) {
        if (teaser[i]) return true;
        Element e = all.get(i);
        if (media[i] > 0 && chars[i] < 400 && ClassHints.namesMedia(e)) return true;
        boolean header = e.normalName().equals("header");
        if (!header && !classFurniture(i)) return false;
        if (ClassHints.FURNITURE_TAGS.contains(e.normalName())) return true;
        boolean most = rawProse[i] > 0.5 * rawProse[top];
        if (header) return !(most && paragraphs[i] >= 3);
        return !(most && (paragraphs[i] >= 3 || ClassHints.hasContentWord(e)));
    }

    /** {@link ClassHints#isFurniture} of element i, worked out once. */
    private boolean classFurniture(int i) {
        if (classVerdict[i] == 0) classVerdict[i] = ClassHints.isFurniture(all.get(i)) ? (byte) 1 : (byte) 2;
        return classVerdict[i] == 1;
    }

    /**
     * Teaser cards: the smallest element around a linked headline that stays short (headline, kicker, byline, a
     * line of summary), when two or more such cards sit together. Article headings are seldom links, and an
     * article's own linked title is followed by far more text than a card holds.
     */
    private boolean[] teasers(List<Block> blocks) {
        int n = all.size();
        int[] headlines = new int[n];
        List<Integer> cards = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.isHeading() || b.chars() < 10 || b.linkDensity() < 0.8) continue;
            int h = b.ownerIndex();
            double limit = Math.max(400, 2.5 * b.chars());
            int card = h;
            while (parent[card] > 0 && chars[parent[card]] <= limit) card = parent[card];
            if (card == h || chars[card] <= chars[h]) continue;
            if (headlines[card]++ == 0) cards.add(card);
        }
        int[] cardsUnder = new int[n];
        for (int c : cards) if (parent[c] >= 0) cardsUnder[parent[c]]++;
        boolean[] out = new boolean[n];
        for (int c : cards) out[c] = headlines[c] >= 2 || (parent[c] >= 0 && cardsUnder[parent[c]] >= 2);
        return out;
    }

    private static String dropReason(Block b, String normTitle) {
        if (normTitle != null && Math.abs(b.chars() - titleChars(normTitle)) < 20 && normalize(b.text()).equals(normTitle)) {
            return "title";
        }
        if (isLinkList(b)) return "links";
        if (b.chars() < 60 && LABEL.matcher(b.text()).matches()) return "label";
        return null;
    }

    /** Roughly the non-space length of the text a normalised title came from. */
    private static int titleChars(String normTitle) {
        int n = 0;
        for (int i = 0; i < normTitle.length(); i++) if (normTitle.charAt(i) != ' ') n++;
        return n;
    }

    private List<Block> filter(List<Block> blocks, String title) {
        String normTitle = title == null ? null : normalize(title);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String why = dropReason(b, normTitle);
            // The phrase list is costly to run; the lines it catches sit at the ends of the body (short labels
            // in the middle are the LABEL pattern's job).
            if (why == null && b.chars() < 600 && (i < 2 || i >= blocks.size() - 6)) {
                why = Boilerplate.standard().reasonFor(b.text());
            }
            if (why == null) out.add(b);
            else if (DEBUG) System.err.println("DROP " + why + ": " + b.text());
        }
        int first = 0;
        while (first < out.size() && isDebris(out.get(first))) first++;
        int last = out.size() - 1;
        while (last >= first && isDebris(out.get(last))) last--;
        if (DEBUG) {
            for (int i = 0; i < Math.min(first, out.size()); i++) System.err.println("TRIM-HEAD " + out.get(i).text());
            for (int i = Math.max(last + 1, first); i < out.size(); i++) System.err.println("TRIM-TAIL " + out.get(i).text());
        }
        return first > last ? List.of() : out.subList(first, last + 1);
    }

    static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.toString();
    }

    private void sumUp(double[] v) {
        for (int i = v.length - 1; i > 0; i--) {
            if (parent[i] >= 0) v[parent[i]] += v[i];
        }
    }

    /**
     * Mostly link text: a link list or a "Read more: ..." line. A linked-up sentence (deal posts, link roundups)
     * still has enough words of its own and ends like a sentence.
     */
    static boolean isLinkList(Block b) {
        double ld = b.linkDensity();
        if (ld <= 0.5) return false;
        int own = b.chars() - b.linkChars();
        return !(ld < 0.9 && own >= 40 && b.sentence());
    }

    /** A block that is not article text when it stands at either end: a label, a date or byline line, a stray number. */
    static boolean isDebris(Block b) {
        String t = b.text();
        if (isLinkList(b) || b.linkDensity() > 0.3 && b.chars() < 100 && !b.sentence()) return true;
        if (b.chars() < 20 && !b.isHeading() && !b.sentence()) return true;
        if (b.chars() < 100 && BYLINE.matcher(t).find()) return true;
        return b.chars() < 100 && PageMetadata.textDate(t) != null && letters(PageMetadata.TEXT_DATE.matcher(t).replaceAll("")) < 12;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    static boolean isProse(Block b) {
        if (b.linkDensity() > 0.3) return false;
        return b.chars() >= 150 || (b.chars() >= 50 && b.sentence());
    }

    static boolean endsSentence(Block b) {
        return b.chars() >= 20 && b.linkDensity() < 0.3 && b.sentence();
    }

    static double proseWeight(Block b) {
        if (b.chars() < 10) return 0;
        if (isLinkList(b)) return 0;
        double own = b.chars() - b.linkChars();
        if (b.chars() >= 150 || b.sentence()) return own;
        if (b.chars() >= 50) return 0.5 * own;
        return 0.2 * own;
    }

    static double clutterWeight(Block b) {
        if (proseWeight(b) > 0) return b.linkChars();
        return b.linkChars() + 0.3 * (b.chars() - b.linkChars());
    }

    static String normalize(String s) {
        StringBuilder sb = new StringBuilder();
        for (String t : ExtractionMetric.tokens(s)) sb.append(t.toLowerCase(Locale.ROOT)).append(' ');
        return sb.toString();
    }
}
