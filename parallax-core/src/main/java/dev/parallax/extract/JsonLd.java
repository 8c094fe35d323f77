package dev.parallax.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The article facts a page states in schema.org JSON-LD ({@code <script type="application/ld+json">}). */
record JsonLd(String headline, String author, String datePublished, String url, String language, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
            "techarticle", "socialmediaposting", "liveblogposting", "posting", "report", "webpage", "medicalwebpage",
            "review", "creativework", "advertisercontentarticle", "satiricalarticle", "discussionforumposting");
    private static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

    static JsonLd none() {
        return NONE;
    }

    /** The first article-like object among the page's JSON-LD scripts, preferring specific types over WebPage. */
    static JsonLd read(Document page) {
        return read(page.select("script[type~=(?i)application/ld\\+json]"));
    }

    /** The first article-like object among these JSON-LD scripts, preferring specific types over WebPage. */
    static JsonLd read(List<Element> scripts) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) todo.add(root);
            int guard = 0;
            while (!todo.isEmpty() && guard++ < 10_000) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                    continue;
                }
                if (!n.isObject()) continue;
                JsonNode graph = n.get("@graph");
                if (graph != null) todo.add(graph);
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) todo.add(main);
                int rank = rank(n.get("@type"));
                if (rank == 1 && n.hasNonNull("articleBody")) rank = 0;
                if (rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
            }
        }
        if (best == null) return NONE;
        return new JsonLd(text(best.get("headline")), names(best.get("author")), text(best.get("datePublished")),
                url(best), text(best.get("inLanguage")), text(best.get("articleBody")));
    }

    /** 0 for articles with a body, 1 for articles, 2 for web pages, MAX for anything else. */
    private static int rank(JsonNode type) {
        if (type == null) return Integer.MAX_VALUE;
        int rank = Integer.MAX_VALUE;
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) type.forEach(types::add);
        else types.add(type);
        for (JsonNode t : types) {
            String s = t.asText().toLowerCase(Locale.ROOT);
            int slash = s.lastIndexOf('/');
            if (slash >= 0) s = s.substring(slash + 1);
            if (!ARTICLE_TYPES.contains(s)) continue;
            rank = Math.min(rank, s.endsWith("webpage") || s.equals("creativework") ? 2 : 1);
        }
        return rank;
    }

    private static String url(JsonNode n) {
        String u = text(n.get("url"));
        if (u == null) {
            JsonNode main = n.get("mainEntityOfPage");
            if (main != null) u = main.isObject() ? text(main.get("@id")) : text(main);
        }
        return u != null && u.startsWith("http") ? u : null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) {
            JsonNode v = n.get("@value");
            if (v == null) v = n.get("name");
            return v == null ? null : text(v);
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String names(JsonNode n) {
        if (n == null || n.isNull()) return null;
        Set<String> out = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) n.forEach(items::add);
        else items.add(n);
        for (JsonNode a : items) {
            String name = a.isObject() ? text(a.get("name")) : text(a);
            if (name != null && !name.startsWith("http")) out.add(name);
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }
}
