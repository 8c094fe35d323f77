package dev.parallax.compare;

import dev.parallax.corpus.Document;
import dev.parallax.corpus.Removal;
import dev.parallax.resolve.Gazetteer;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the outlet that published an article: stated in its metadata, in the page furniture cleaning removed
 * (a copyright line, an "(Agency) —" dateline, "available on site.com", an author's "correspondent for X"), or
 * taken from its URL's host.
 */
public final class Outlets {

    // "© 2023 X. All rights reserved" and "© X 2023 - All rights reserved": the year stands before or after the name.
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?([\\p{L}][\\p{L}&.' -]{1,40}?)(?:\\s+(?:L\\.?P\\.?|Inc\\.?|Ltd\\.?|LLC|Group|Media|plc))?(?:\\s*[,-]?\\s*\\d{4})?\\s*[.,–—-]?\\s*(?:all rights|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_PREFIX = Pattern.compile("\\(([\\p{Lu}][\\p{L}. ]{1,30})\\)\\s*[—–-]");
    private static final Pattern AVAILABLE_ON = Pattern.compile("available (?:on|at) (?:www\\.)?([a-z0-9-]+)\\.[a-z.]{2,6}", Pattern.CASE_INSENSITIVE);
    private static final Pattern CORRESPONDENT_FOR = Pattern.compile("\\b(?i:correspondent|editor|reporter|writer|columnist|contributor) (?i:for|at|with|of) (?:the )?((?:[\\p{Lu}][\\p{L}]*\\s?){1,4})");

    private Outlets() {}

    /**
     * The outlet of an article. {@code interviewers} are news outlets the article says someone spoke to ("he told
     * VOA", "in an interview with VOA"): the weakest clue, used when nothing else names the outlet.
     */
    static String of(Document d, Gazetteer gazetteer, List<String> interviewers) {
        if (d.outlet() != null) return d.outlet();
        // The publisher's own site first: a syndicated wire paragraph inside it does not make it the wire's.
        if (d.url() != null) {
            try {
                String host = URI.create(d.url()).getHost();
                if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException ignored) {
                // not a URL: no outlet from it
            }
        }
        for (Removal r : d.removed()) {
            if (r.reason().equals("duplicate")) continue;
            String name = fromFurniture(r.text());
            if (name != null) return canonical(name, gazetteer);
        }
        Matcher m = CORRESPONDENT_FOR.matcher(d.text());
        if (m.find()) return canonical(m.group(1).strip(), gazetteer);
        return interviewers.stream().collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /**
     * The outlet an article's own page furniture names (its copyright line, an "(Agency) —" dateline, ...), as
     * written there; null when the furniture names none. Its URL's host is not a name the text can use.
     */
    public static String ownName(Document d) {
        for (Removal r : d.removed()) {
            if (r.reason().equals("duplicate")) continue;
            String name = fromFurniture(r.text());
            if (name != null) return name;
        }
        return null;
    }

    private static final Pattern INTERVIEW = Pattern.compile("(?:\\btold|interview with|speaking to|spoke to)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** News outlets named right after "told" or "an interview with" in a text. */
    static List<String> interviewers(String text, List<dev.parallax.corpus.MentionIndex.Hit> hits) {
        List<String> out = new java.util.ArrayList<>();
        for (var h : hits) {
            if (!h.entity().type().equals("MEDIA")) continue;
            String before = text.substring(Math.max(0, h.mention().start() - 20), h.mention().start());
            if (INTERVIEW.matcher(before).find()) out.add(h.entity().name());
        }
        return out;
    }

    /** The outlet one piece of removed page furniture names, as written there; null when it names none. */
    public static String fromFurniture(String text) {
        Matcher m = AGENCY_PREFIX.matcher(text);
        if (m.find()) return m.group(1).strip();
        m = COPYRIGHT.matcher(text.strip());
        if (m.find()) return m.group(1).strip();
        m = AVAILABLE_ON.matcher(text);
        if (m.find()) return m.group(1);
        m = CORRESPONDENT_FOR.matcher(text);
        if (m.find()) return m.group(1).strip();
        return null;
    }

    private static String canonical(String name, Gazetteer gazetteer) {
        return gazetteer.lookup(name).filter(e -> e.type().equals("MEDIA")).map(Gazetteer.Entry::name).orElse(name);
    }
}
