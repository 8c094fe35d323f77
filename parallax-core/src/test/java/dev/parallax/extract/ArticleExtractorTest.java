package dev.parallax.extract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String P1 = "The city council voted on Tuesday to expand the harbour, a project that has divided "
            + "residents for years, after a debate that lasted well into the night.";
    private static final String P2 = "Supporters say the new quay will bring jobs and trade, while opponents fear for the "
            + "wetlands to the north, which are home to thousands of migrating birds every spring.";
    private static final String SUBHEAD = "What happens next";
    private static final String P3 = "Construction is expected to begin next year, the mayor said, once the regional "
            + "authority has approved the environmental report and the last permits are signed.";
    private static final String P4 = "Opponents have said they will appeal, and a petition against the plan has "
            + "gathered more than twelve thousand signatures since it was launched in March.";

    /** A news page with every kind of furniture around a four-paragraph article. */
    static String newsPage() {
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                  <meta charset="utf-8">
                  <title>Council approves harbour expansion | The Daily Example</title>
                  <meta property="og:title" content="Council approves harbour expansion">
                  <meta property="og:site_name" content="The Daily Example">
                  <meta property="article:published_time" content="2023-07-11T09:30:00+01:00">
                  <meta name="author" content="Jane Doe">
                  <link rel="canonical" href="https://news.example.com/2023/07/harbour">
                  <script>var tracking = "Advertisement text in a script must never show up";</script>
                  <style>.x { content: "style text" }</style>
                </head>
                <body>
                  <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
                  <header class="site-header"><a href="/">The Daily Example</a>
                    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                    <li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
                  </header>
                  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
                  <main>
                    <article>
                      <h1>Council approves harbour expansion</h1>
                      <div class="byline">By Jane Doe</div>
                      <time datetime="2023-07-11T09:30:00+01:00">11 July 2023</time>
                      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
                      <figure><img src="harbour.jpg"><figcaption>The harbour at dawn. Photo: John Smith</figcaption></figure>
                      <div class="article-body">
                        <p>%s</p>
                        <p>%s</p>
                        <div class="ad-slot"><span>Advertisement</span></div>
                        <h2>%s</h2>
                        <p>%s</p>
                        <aside class="related"><h3>Related</h3><ul>
                          <li><a href="/a">Harbour plan faces new delay after objections</a></li>
                          <li><a href="/b">Wetland birds return in record numbers</a></li></ul></aside>
                        <p>%s</p>
                      </div>
                      <div class="newsletter-signup"><p>Sign up to our newsletter for the day's top stories, delivered every morning.</p></div>
                    </article>
                    <section id="comments" class="comments">
                      <h3>12 comments</h3>
                      <div class="comment"><p>This is a terrible idea and the council will regret it, mark my words, as will everyone.</p></div>
                      <div class="comment"><p>Finally some progress in this town, after years of talk, well done to everyone involved.</p></div>
                    </section>
                  </main>
                  <aside class="sidebar"><h3>Most read</h3><ol>
                    <li><a href="/x">Man finds treasure in garden</a></li><li><a href="/y">Storm warning for the weekend</a></li></ol></aside>
                  <footer><p>© 2023 The Daily Example. All rights reserved. Registered in England and Wales, company number 123456.</p></footer>
                </body>
                </html>
                """.formatted(P1, P2, SUBHEAD, P3, P4);
    }

    @Test
    void extractsTheArticleBodyAsParagraphsWithoutFurniture() {
        ExtractedArticle a = extractor.extract(newsPage(), "https://news.example.com/harbour?utm=x");

        assertThat(a.text()).isEqualTo(String.join("\n\n", P1, P2, SUBHEAD, P3, P4));
        assertThat(a.warning()).isNull();
    }

    @Test
    void readsTheMetadata() {
        ExtractedArticle a = extractor.extract(newsPage(), "https://news.example.com/harbour?utm=x");

        assertThat(a.title()).isEqualTo("Council approves harbour expansion");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.published()).isEqualTo("2023-07-11");
        assertThat(a.url()).isEqualTo("https://news.example.com/2023/07/harbour");
        assertThat(a.language()).isEqualTo("en-GB");
    }

    @Test
    void metadataFallsBackToJsonLdTimeElementsAndVisibleText() {
        String jsonLd = """
                <html><head><title>Rates rise again - Money Pages</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Money Pages"},
                  {"@type":"NewsArticle","headline":"Rates rise again","datePublished":"2024-02-03T10:00:00Z",
                   "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]}]}</script>
                </head><body><article><p>%s</p><p>%s</p></article></body></html>""".formatted(P1, P2);
        ExtractedArticle a = extractor.extract(jsonLd, null);
        assertThat(a.title()).isEqualTo("Rates rise again");
        assertThat(a.author()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(a.published()).isEqualTo("2024-02-03");

        String visible = """
                <html><body><article><h1>Storm hits coast</h1>
                <p class="byline">By <a rel="author" href="/staff/kim">Kim Park</a></p>
                <p class="date">Published March 5, 2022</p>
                <p>%s</p><p>%s</p></article></body></html>""".formatted(P1, P2);
        a = extractor.extract(visible, null);
        assertThat(a.title()).isEqualTo("Storm hits coast");
        assertThat(a.author()).isEqualTo("Kim Park");
        assertThat(a.published()).isEqualTo("2022-03-05");
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);

        String timeOnly = "<html><body><article><time datetime=\"2021-12-24\">Christmas Eve</time><p>" + P1
                + "</p></article></body></html>";
        assertThat(extractor.extract(timeOnly, null).published()).isEqualTo("2021-12-24");
    }

    @Test
    void cleansSiteNamesFromTitles() {
        assertThat(PageMetadata.cleanTitle("Council approves plan | The Daily Example", "The Daily Example", null))
                .isEqualTo("Council approves plan");
        assertThat(PageMetadata.cleanTitle("Daily Example - Council approves plan", "Daily Example", null))
                .isEqualTo("Council approves plan");
        assertThat(PageMetadata.cleanTitle("Council approves plan in long vote – Example News", null,
                "https://www.examplenews.com/x")).isEqualTo("Council approves plan in long vote");
        assertThat(PageMetadata.cleanTitle("The council approves the harbour plan after a long vote | Politics", null, null))
                .isEqualTo("The council approves the harbour plan after a long vote");
        assertThat(PageMetadata.cleanTitle("Mayor: plan is good", null, null)).isEqualTo("Mayor: plan is good");
    }

    @Test
    void usesTheJsonLdArticleBodyWhenTheMarkupHoldsNoArticle() {
        String body = P1 + "\n\n" + P2 + "\n\n" + P3;
        String app = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
                "articleBody":%s}</script></head>
                <body><div id="app"><nav><a href="/">Home</a> <a href="/news">News</a></nav></div></body></html>"""
                .formatted(quote(body));
        ExtractedArticle a = extractor.extract(app, null);
        assertThat(a.text()).isEqualTo(body);
        assertThat(a.warning()).contains("JSON-LD");
    }

    @Test
    void prefersTheMarkupWhenTheJsonLdBodyIsAnotherText() {
        String other = "A completely different text about another subject, long enough to count as a body, "
                + "written for the structured data only and never shown to readers of the page at all. ".repeat(3);
        String page = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":%s}</script></head>
                <body><article><p>%s</p><p>%s</p></article></body></html>""".formatted(quote(other), P1, P2);
        ExtractedArticle a = extractor.extract(page, null);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(a.warning()).isNull();
    }

    @Test
    void aPageWithoutAnArticleGivesEmptyTextAndAWarning() {
        for (String html : List.of("", "   ", "<html><body></body></html>",
                "<html><body><nav><a href='/a'>Home</a> <a href='/b'>About</a></nav></body></html>",
                "<html><head><title>Only a title</title></head></html>")) {
            ExtractedArticle a = extractor.extract(html, null);
            assertThat(a.text()).as(html).isEmpty();
            assertThat(a.warning()).as(html).isNotBlank();
        }
    }

    @Test
    void survivesTruncatedHtml() {
        String page = newsPage();
        String cut = page.substring(0, page.indexOf(P3) + 40);
        ExtractedArticle a = extractor.extract(cut, null);
        assertThat(a.text()).startsWith(P1 + "\n\n" + P2);
        for (int n = 0; n < page.length(); n += 97) {
            String prefix = page.substring(0, n);
            assertThatCode(() -> extractor.extract(prefix, null)).doesNotThrowAnyException();
        }
    }

    @Test
    void handlesAFragmentWithoutHtmlOrBodyTags() {
        ExtractedArticle a = extractor.extract("<p>" + P1 + "</p><p>" + P2 + "</p>", null);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void tenThousandLevelsOfNestingDoNotOverflowTheStack() {
        String open = "<div>".repeat(10_000);
        String close = "</div>".repeat(10_000);
        String page = "<html><body>" + open + "<p>" + P1 + "</p><p>" + P2 + "</p>" + close + "</body></html>";
        ExtractedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(page, null));
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);

        String unclosed = "<html><body>" + "<span><b><i>".repeat(10_000) + P1;
        assertThatCode(() -> extractor.extract(unclosed, null)).doesNotThrowAnyException();
    }

    @Test
    void aTwentyMegabytePageIsExtractedInReasonableTime() {
        StringBuilder sb = new StringBuilder(21_000_000).append("<html><body><nav><a href='/'>Home</a></nav><article>");
        String para = "<p>" + P1 + "</p>\n";
        while (sb.length() < 20_000_000) sb.append(para);
        sb.append("</article></body></html>");
        String page = sb.toString();
        ExtractedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(page, null));
        assertThat(a.text()).startsWith(P1 + "\n\n" + P1);
        assertThat(a.text().length()).isGreaterThan(15_000_000);
    }

    @Test
    void keepsHeadingsListsAndQuotesInsideTheBody() {
        String page = """
                <html><body><div class="nav"><a href="/">Home</a> <a href="/x">X</a></div>
                <div class="post-content"><p>%s</p><h3>Three things to know</h3>
                <ul><li>The quay will be 400 metres long.</li><li>It will cost 80 million euros.</li></ul>
                <blockquote><p>We have waited long enough for this harbour, and now it is coming.</p></blockquote>
                <p>%s</p></div></body></html>""".formatted(P1, P2);
        assertThat(extractor.extract(page, null).text()).isEqualTo(String.join("\n\n", P1, "Three things to know",
                "The quay will be 400 metres long.", "It will cost 80 million euros.",
                "We have waited long enough for this harbour, and now it is coming.", P2));
    }

    @Test
    void lineBreaksStayInsideAParagraphAndDoubleBreaksSplitIt() {
        String page = "<html><body><div class=\"entry\"><p>" + P1 + "<br>" + P2 + "<br><br>" + P3 + "</p><p>" + P4
                + "</p></div></body></html>";
        assertThat(extractor.extract(page, null).text()).isEqualTo(P1 + "\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
    }

    @Test
    void dropsTeaserCardsAndLinkListsAfterTheArticle() {
        StringBuilder cards = new StringBuilder("<ul class=\"grid\">");
        for (String t : Arrays.asList("Storm closes the bridge", "School wins award", "New mayor sworn in")) {
            cards.append("<li><h3><a href=\"/s\">").append(t).append("</a></h3><p>A short summary of the story about ")
                    .append(t.toLowerCase()).append(", with a few more words.</p></li>");
        }
        cards.append("</ul>");
        String page = "<html><body><div><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + cards + "</div></body></html>";
        assertThat(extractor.extract(page, null).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
