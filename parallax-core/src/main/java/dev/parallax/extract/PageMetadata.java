package dev.parallax.extract;

import dev.parallax.time.GivenDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a page states about its article: title, author, publication date, canonical URL and language. */
final class PageMetadata {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|»|•|/)\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:written|posted|published|reported|words|story|text)\\s+)?(?:by|von|par|por|di|door|av|af)\\s*[:\\-]?\\s+");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    static final Pattern TEXT_DATE = Pattern.compile("(?iu)\\b(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b");
    private static final List<DateTimeFormatter> TEXT_DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    private static final String[] DATE_KEYS = {"article:published_time", "og:article:published_time",
            "article:published", "published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "article_date_original", "cxenseparse:recs:publishtime", "date_published", "original-publish-date",
            "dateCreated", "displaydate", "og:pubdate", "citation_publication_date", "citation_date"};
    private static final String[] AUTHOR_KEYS = {"author", "article:author", "og:article:author", "byl",
            "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "twitter:creator:name"};

    final String title;
    final String author;
    final String published;
    final String url;
    final String language;
    final String siteName;
    final JsonLd jsonLd;

    private PageMetadata(String title, String author, String published, String url, String language, String siteName,
                         JsonLd jsonLd) {
        this.title = title;
        this.author = author;
        this.published = published;
        this.url = url;
        this.language = language;
        this.siteName = siteName;
        this.jsonLd = jsonLd;
    }

    static PageMetadata read(Document page, String givenUrl) {
        Scan scan = new Scan(page);
        Walk.elements(page, scan::visit);
        JsonLd ld = JsonLd.read(scan.ldScripts);
        Map<String, String> m = scan.metas;
        String siteName = firstNonBlank(meta(m, "og:site_name"), meta(m, "application-name"));
        String url = firstNonBlank(absolute(scan.canonical), absolute(meta(m, "og:url"), page), ld.url(), givenUrl);
        return new PageMetadata(title(scan, m, ld, siteName, url), author(scan, m, ld), published(scan, m, ld, url),
                url, language(page, scan, m, ld), siteName, ld);
    }

    /** One walk over the page collecting every element the metadata rules look at. */
    private static final class Scan {
        final Document page;
        final Map<String, String> metas = new HashMap<>();
        String contentLanguage;
        Element canonical;
        Element title;
        final List<Element> h1 = new ArrayList<>();
        final List<Element> ldScripts = new ArrayList<>();
        final List<Element> itempropAuthor = new ArrayList<>();
        final List<Element> itempropDate = new ArrayList<>();
        final List<Element> relAuthor = new ArrayList<>();
        final List<Element> timeWithDatetime = new ArrayList<>();
        private List<Element> bylineNamed;
        private List<Element> dateNamed;

        Scan(Document page) {
            this.page = page;
        }

        /** Elements whose class or id names a byline or author; found on demand, as few pages need them. */
        List<Element> bylineNamed() {
            named();
            return bylineNamed;
        }

        /** {@code <time>} elements and elements whose class names a date, time or meta line; found on demand. */
        List<Element> dateNamed() {
            named();
            return dateNamed;
        }

        private void named() {
            if (bylineNamed != null) return;
            bylineNamed = new ArrayList<>();
            dateNamed = new ArrayList<>();
            Walk.elements(page, e -> {
                boolean time = e.normalName().equals("time");
                if (time) dateNamed.add(e);
                if (e.attributesSize() == 0) return;
                String cls = e.className().toLowerCase(Locale.ROOT);
                String id = e.id().toLowerCase(Locale.ROOT);
                if (cls.contains("byline") || cls.contains("author") || id.contains("byline")) bylineNamed.add(e);
                if (!time && (cls.contains("date") || cls.contains("time") || cls.contains("publish")
                        || cls.contains("byline") || cls.contains("dateline") || cls.contains("meta"))) {
                    dateNamed.add(e);
                }
            });
        }

        void visit(Element e) {
            String tag = e.normalName();
            switch (tag) {
                case "meta" -> meta(e);
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e;
                }
                case "title" -> {
                    if (title == null) title = e;
                }
                case "h1" -> h1.add(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) ldScripts.add(e);
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) timeWithDatetime.add(e);
                }
                case "a" -> {
                    if (hasWord(e.attr("rel"), "author")) relAuthor.add(e);
                }
                default -> { }
            }
            if (e.attributesSize() == 0) return;
            String itemprop = e.attr("itemprop");
            if (!itemprop.isEmpty()) {
                if (hasWord(itemprop, "author")) itempropAuthor.add(e);
                if (hasWord(itemprop, "datePublished")) itempropDate.add(e);
            }
        }

        private void meta(Element e) {
            if (contentLanguage == null && e.attr("http-equiv").equalsIgnoreCase("content-language")) {
                contentLanguage = blankToNull(e.attr("content"));
            }
            if (!e.hasAttr("content")) return;
            String v = blankToNull(collapse(e.attr("content")));
            if (v == null) return;
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String k = e.attr(attr);
                if (!k.isEmpty()) metas.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v);
            }
        }

        /** Whether a space-separated attribute value holds {@code word} (any case). */
        private static boolean hasWord(String value, String word) {
            int n = value.length(), k = word.length();
            for (int i = 0; i + k <= n; i++) {
                if ((i == 0 || Character.isWhitespace(value.charAt(i - 1))) && value.regionMatches(true, i, word, 0, k)
                        && (i + k == n || Character.isWhitespace(value.charAt(i + k)))) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- title

    private static String title(Scan scan, Map<String, String> m, JsonLd ld, String siteName, String url) {
        String og = firstNonBlank(meta(m, "og:title"), meta(m, "twitter:title"));
        Element titleEl = scan.title;
        String docTitle = titleEl == null ? null : blankToNull(collapse(titleEl.text()));
        String h1 = null;
        for (Element e : scan.h1) {
            String t = blankToNull(collapse(e.text()));
            if (t != null && t.length() <= 300) {
                String nt = BodyFinder.normalize(t);
                if (contains(og, nt) || contains(docTitle, nt) || contains(ld.headline(), nt)) return t;
                if (h1 == null) h1 = t;
            }
        }
        String chosen = firstNonBlank(og, ld.headline(), docTitle, h1);
        return chosen == null ? null : cleanTitle(chosen, siteName, url);
    }

    private static boolean contains(String text, String normalizedPart) {
        return text != null && !normalizedPart.isBlank() && BodyFinder.normalize(text).contains(normalizedPart);
    }

    /** Drops a " | Site" (or "Site - ") part: the site's name, or a short trailing segment after a long one. */
    static String cleanTitle(String title, String siteName, String url) {
        String t = collapse(title);
        List<int[]> segments = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(t);
        int from = 0;
        while (m.find()) {
            segments.add(new int[] {from, m.start()});
            from = m.end();
        }
        segments.add(new int[] {from, t.length()});
        if (segments.size() < 2) return t;
        String site = siteName == null ? "" : BodyFinder.normalize(siteName).replace(" ", "");
        String host = host(url);
        int first = 0, last = segments.size() - 1;
        while (last > first && namesSite(segment(t, segments.get(last)), site, host)) last--;
        while (last > first && namesSite(segment(t, segments.get(first)), site, host)) first++;
        if (first == 0 && last == segments.size() - 1) {
            // Unknown site name: a short tail after a long head is a site or section label.
            String tail = segment(t, segments.get(last));
            String head = t.substring(0, segments.get(last - 1)[1]);
            if (words(tail) <= 4 && words(head) >= 2 * words(tail) + 1) last--;
        }
        return t.substring(segments.get(first)[0], segments.get(last)[1]).strip();
    }

    private static String segment(String t, int[] span) {
        return t.substring(span[0], span[1]);
    }

    private static boolean namesSite(String segment, String site, String host) {
        String n = BodyFinder.normalize(segment).replace(" ", "");
        if (n.isEmpty()) return false;
        if (!site.isEmpty() && (n.equals(site) || n.contains(site) && n.length() < site.length() + 8)) return true;
        return host != null && n.length() >= 3 && host.contains(n);
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            if (h.startsWith("www.")) h = h.substring(4);
            return h.replace(".", "").replace("-", "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    // ---------------------------------------------------------------- author

    private static String author(Scan scan, Map<String, String> m, JsonLd ld) {
        for (String key : AUTHOR_KEYS) {
            String v = cleanAuthor(meta(m, key));
            if (v != null) return v;
        }
        String v = cleanAuthor(ld.author());
        if (v != null) return v;
        for (Element e : scan.itempropAuthor) {
            Element name = e.selectFirst("[itemprop~=(?i)^name$]");
            String s = name == null ? null : name.hasAttr("content") ? name.attr("content") : name.text();
            if (s == null || s.isBlank()) s = e.hasAttr("content") ? e.attr("content") : e.text();
            v = cleanAuthor(s);
            if (v != null) return v;
        }
        for (Element e : scan.relAuthor) {
            v = cleanAuthor(e.text());
            if (v != null) return v;
        }
        for (Element e : scan.bylineNamed()) {
            String s = shortText(e, 200);
            if (s == null) continue;
            v = cleanAuthor(TEXT_DATE.matcher(s).replaceAll(" "));
            if (v != null) return v;
        }
        return null;
    }

    static String cleanAuthor(String raw) {
        if (raw == null) return null;
        String s = collapse(raw);
        if (s.isEmpty() || s.contains("http") || s.contains("www.") || s.contains("@") && !s.contains(" ")) return null;
        s = BY_PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("(?iu)\\s*(\\||,)?\\s*(updated|published|posted)\\b.*$", "").strip();
        s = s.replaceAll("[\\s,|·•-]+$", "").strip();
        if (s.isEmpty() || s.length() > 100 || words(s) > 12) return null;
        if (!Character.isLetter(s.codePointAt(0))) return null;
        return s;
    }

    // ---------------------------------------------------------------- date

    private static String published(Scan scan, Map<String, String> m, JsonLd ld, String url) {
        for (String key : DATE_KEYS) {
            String iso = isoDate(meta(m, key));
            if (iso != null) return iso;
        }
        for (Element e : scan.itempropDate) {
            String iso = isoDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (iso != null) return iso;
        }
        String iso = isoDate(ld.datePublished());
        if (iso != null) return iso;
        for (Element e : scan.timeWithDatetime) {
            iso = isoDate(e.attr("datetime"));
            if (iso != null) return iso;
        }
        for (Element e : scan.dateNamed()) {
            String t = shortText(e, 200);
            if (t == null) continue;
            iso = textDate(t);
            if (iso != null) return iso;
        }
        if (url != null) {
            Matcher d = URL_DATE.matcher(url);
            if (d.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(3))).toString();
                } catch (RuntimeException ignored) {
                    // not a calendar date
                }
            }
        }
        return null;
    }

    /** An ISO date from a machine-readable date value (ISO 8601, RFC 1123, or a plain written date). */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        String iso = GivenDates.iso(s);
        if (iso != null) return plausible(iso);
        if (s.matches("\\d{10}|\\d{13}")) {
            long v = Long.parseLong(s);
            if (s.length() == 13) v /= 1000;
            return plausible(java.time.Instant.ofEpochSecond(v).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        return textDate(s);
    }

    /** The first written date in a line of text ("November 18, 2019", "18 Nov. 2019", "2019-11-18"). */
    static String textDate(String text) {
        if (text == null) return null;
        Matcher m = TEXT_DATE.matcher(text);
        while (m.find()) {
            String d = m.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("(\\d)(st|nd|rd|th)", "$1").replace(".", " ").replace(",", " ").replace(" of ", " ")
                    .replace("sept", "sep").replaceAll("\\s+", " ").strip();
            String iso = GivenDates.iso(d);
            if (iso == null) {
                String cap = capitalizeMonth(d);
                for (DateTimeFormatter f : TEXT_DATE_FORMATS) {
                    try {
                        iso = LocalDate.parse(cap, f).toString();
                        break;
                    } catch (DateTimeParseException ignored) {
                        // try the next form
                    }
                }
            }
            if (iso != null && plausible(iso) != null) return iso;
        }
        return null;
    }

    private static String capitalizeMonth(String d) {
        StringBuilder sb = new StringBuilder(d.length());
        boolean start = true;
        for (char c : d.toCharArray()) {
            sb.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        // "Sep" parses as short month only when not followed by more letters; "September" is the full form.
        return sb.toString();
    }

    private static String plausible(String iso) {
        if (iso == null) return null;
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= 1990 && year <= LocalDate.now().getYear() + 1 ? iso : null;
    }

    // ---------------------------------------------------------------- language

    private static String language(Document page, Scan scan, Map<String, String> m, JsonLd ld) {
        Element html = page.firstElementChild();
        String lang = html == null || !html.normalName().equals("html") ? null
                : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        if (lang == null) lang = scan.contentLanguage;
        if (lang == null) lang = firstNonBlank(meta(m, "language"), meta(m, "dc.language"), ld.language(),
                meta(m, "og:locale"));
        return normalizeLanguage(lang);
    }

    static String normalizeLanguage(String raw) {
        if (raw == null) return null;
        String s = raw.strip().split("[,;\\s]")[0].replace('_', '-');
        if (!s.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*")) return null;
        String[] parts = s.split("-");
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            sb.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    /** The content of {@code <meta property|name|itemprop=key>}, matched case-insensitively. */
    static String meta(Map<String, String> metas, String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private static String absolute(Element link) {
        if (link == null) return null;
        String abs = link.absUrl("href");
        return blankToNull(abs.isEmpty() ? link.attr("href") : abs);
    }

    private static String absolute(String href, Document page) {
        if (href == null) return null;
        if (href.startsWith("http")) return href;
        try {
            String base = page.location();
            return base == null || base.isEmpty() ? null : URI.create(base).resolve(href).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whitespace runs (also no-break and zero-width spaces) as single spaces, trimmed. */
    static String collapse(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The text of an element when it has at most {@code limit} characters, else null; stops reading early, as the
     * class names that mark bylines and dates also mark whole sections.
     */
    static String shortText(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) count[0] += t.text().length();
                return count[0] > limit * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        if (count[0] > limit * 2) return null;
        String t = e.text();
        return t.length() > limit ? null : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
