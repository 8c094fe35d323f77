package dev.parallax.extract;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What an element's tag, role, class and id say about its content: page furniture (navigation, share bars,
 * related links, comments, ads, captions ...) or a likely article container. Names are split into lower-case
 * words ({@code relatedArticles}, {@code related-articles} and {@code related_articles} all give "related",
 * "articles") so that the lists below name concepts, not spellings.
 */
final class ClassHints {

    /** Tags whose content is never article text. */
    static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "video", "audio", "map", "button", "input", "select", "option", "textarea", "head",
            "link", "meta", "title", "base", "frame", "frameset", "dialog", "math");

    /** Tags of page furniture. */
    static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist", "alert");

    /** A word anywhere in a class or id name that marks furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumbs", "crumb",
            "footer", "sidebar", "sidebars", "rail", "widget", "widgets", "share", "shares", "sharing", "sharebar",
            "sharer", "social", "socials", "sociallinks", "follow", "related", "relatedposts", "recommended",
            "recommendations", "recommendation", "recirc", "recirculation", "outbrain", "taboola", "zergnet", "comment",
            "comments", "commentlist", "disqus", "respond", "ad", "ads", "adv", "advert", "adverts", "advertisement",
            "advertising", "adsense", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "promo", "promos",
            "promotion", "newsletter", "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies",
            "consent", "gdpr", "popup", "modal", "overlay", "byline", "bylines", "caption", "captions", "figcaption",
            "credit", "credits", "copyright", "pagination", "pager", "toolbar", "toolbox", "tools", "rating",
            "ratings", "poll", "masthead", "skip", "login", "signin", "paywall",
            "trending", "popular", "mostread", "mostpopular", "print", "lightbox", "carousel", "slideshow", "ticker",
            "tagline", "tags", "taglist", "keywords", "topics", "categories", "author", "authors", "bio", "avatar",
            "meta", "metadata", "dateline", "timestamp", "date", "dates", "published", "updated", "kicker",
            "dek", "standfirst", "strapline", "subtitle", "subheadline",
            "eyebrow", "disclaimer", "banner", "offscreen", "vh", "srt", "teaser", "teasers", "feedback", "reactions",
            "emoji", "jump", "extra", "extras", "complementary", "contact");

    /** Two-word names that mark furniture where each word alone does not. */
    private static final List<String[]> FURNITURE_PAIRS = List.of(
            new String[] {"sr", "only"}, new String[] {"visually", "hidden"}, new String[] {"screen", "reader"},
            new String[] {"read", "more"}, new String[] {"see", "also"}, new String[] {"more", "stories"},
            new String[] {"more", "news"}, new String[] {"most", "read"}, new String[] {"most", "popular"},
            new String[] {"you", "may"}, new String[] {"also", "like"}, new String[] {"post", "nav"},
            new String[] {"top", "stories"}, new String[] {"in", "article"}, new String[] {"off", "screen"},
            new String[] {"next", "post"}, new String[] {"prev", "post"}, new String[] {"author", "box"}, new String[] {"key", "points"}, new String[] {"sub", "title"}, new String[] {"sub", "headline"});

    /** Tags of pictures and players, whose wrappers hold captions and credits rather than article text. */
    static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "figure", "audio", "svg", "iframe", "canvas");

    private static final Set<String> MEDIA_WORDS = Set.of("image", "images", "img", "photo", "photos", "picture",
            "pic", "media", "figure", "gallery", "video", "thumbnail", "thumb", "slide", "slider", "player", "lead");

    /** Words that make a furniture-sounding name content again: "social-media-embed" holds a post the article quotes. */
    private static final Set<String> EMBED_WORDS = Set.of("embed", "embedded", "tweet", "blockquote", "quote", "pullquote");

    /** Words that mark a likely article container. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "articlebody", "content", "entry", "post",
            "story", "body", "text", "main", "prose", "blog", "news", "richtext", "rte", "markdown", "storytext",
            "postbody", "maincontent", "wysiwyg", "copy");

    private ClassHints() {}

    /** Whether an element's own tag, role, class or id marks it as page furniture. */
    static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (FURNITURE_TAGS.contains(tag)) return true;
        if (e.attributesSize() == 0) return false;
        Attributes a = e.attributes();
        String role = a.getIgnoreCase("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) return true;
        if (a.hasKey("hidden")) return true;
        if ("true".equalsIgnoreCase(a.getIgnoreCase("aria-hidden")) && !hasContentWord(e)) return true;
        String style = a.getIgnoreCase("style");
        if (!style.isEmpty() && isHiddenStyle(style)) return true;
        String itemprop = a.getIgnoreCase("itemprop");
        if (!itemprop.isEmpty() && METADATA_ITEMPROP.matcher(itemprop.toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        String cls = a.getIgnoreCase("class");
        return (!isPostContainer(cls) && furnitureName(cls)) || furnitureName(a.getIgnoreCase("id"));
    }

    /** Microdata properties of the article's metadata, not its text (compiled once: String.matches compiles per call). */
    private static final Pattern METADATA_ITEMPROP =
            Pattern.compile(".*\\b(author|datepublished|datemodified|publisher|headline|caption)\\b.*");

    private static final Pattern POST_CONTAINER = Pattern.compile("(?:^|\\s)(?:hentry|post-\\d+|type-post|status-publish)(?:\\s|$)");

    /**
     * Whether a class list is that of a blog platform's post container ("post-42 post type-post hentry
     * category-news tag-social-media ..."), whose taxonomy classes carry arbitrary slugs, not layout roles.
     */
    static boolean isPostContainer(String cls) {
        return cls.length() > 20 && POST_CONTAINER.matcher(cls).find();
    }

    /** Whether the element's class or id names it as an article container. */
    static boolean hasContentWord(Element e) {
        if (e.attributesSize() == 0) return false;
        Attributes a = e.attributes();
        if ("articlebody".equalsIgnoreCase(a.getIgnoreCase("itemprop"))) return true;
        for (String w : words(a.getIgnoreCase("class") + " " + a.getIgnoreCase("id"))) {
            if (CONTENT_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** Whether the element's class or id names it as a picture or player wrapper. */
    static boolean namesMedia(Element e) {
        if (e.attributesSize() == 0) return false;
        for (String w : words(e.attr("class") + " " + e.attr("id"))) if (MEDIA_WORDS.contains(w)) return true;
        return false;
    }

    static boolean isHiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Verdicts of {@link #furnitureName} by attribute value: sites repeat their class names on every page. */
    private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();
    private static final int MAX_VERDICTS = 50_000;

    /** Whether one class or id attribute value names furniture (any of its names). */
    static boolean furnitureName(String value) {
        if (value.isEmpty()) return false;
        Boolean known = VERDICTS.get(value);
        if (known != null) return known;
        boolean v = furnitureNameUncached(value);
        if (VERDICTS.size() >= MAX_VERDICTS) VERDICTS.clear();
        VERDICTS.put(value, v);
        return v;
    }

    private static boolean furnitureNameUncached(String value) {
        for (String name : value.split("\\s+")) {
            if (name.isEmpty()) continue;
            List<String> ws = words(name);
            boolean embed = false;
            for (String w : ws) embed |= EMBED_WORDS.contains(w);
            for (String w : ws) if (FURNITURE_WORDS.contains(w) && !(embed && w.equals("social"))) return true;
            for (String[] pair : FURNITURE_PAIRS) {
                for (int i = 0; i + 1 < ws.size(); i++) {
                    if (ws.get(i).equals(pair[0]) && ws.get(i + 1).equals(pair[1])) return true;
                }
            }
        }
        return false;
    }

    /** Lower-case words of a name, split at non-letters and at lower-to-upper case changes. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) flush(w, out);
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }
}
