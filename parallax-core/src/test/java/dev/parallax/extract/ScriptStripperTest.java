package dev.parallax.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ScriptStripperTest {

    /** The page as jsoup parses it, with the content of scripts (not JSON-LD), styles, SVG and MathML emptied. */
    private static String parsedWithoutInertContent(String html) {
        Document d = Jsoup.parse(html);
        for (Element e : d.select("script, style, svg, math")) {
            if (e.normalName().equals("script") && e.attr("type").contains("ld+json")) continue;
            e.empty();
        }
        return d.outerHtml();
    }

    /** Stripping must never change the parsed page beyond the content it empties. */
    private static String assertSameParse(String html) {
        String stripped = ScriptStripper.strip(html);
        assertThat(parsedWithoutInertContent(stripped)).isEqualTo(parsedWithoutInertContent(html));
        return stripped;
    }

    @Test
    void emptiesScriptsAndStylesAndKeepsEverythingElse() {
        String html = "<html><head><style>p { color: red }</style><script>var a = 1 < 2;</script></head>"
                + "<body><p>Text <b>bold</b></p><script src=x.js></script></body></html>";
        assertThat(assertSameParse(html)).isEqualTo("<html><head><style></style><script></script></head>"
                + "<body><p>Text <b>bold</b></p><script src=x.js></script></body></html>");
    }

    @Test
    void keepsJsonLd() {
        String ld = "{\"@type\":\"NewsArticle\",\"headline\":\"A </b> headline\"}";
        String html = "<script type=\"application/ld+json\">" + ld + "</script><script>drop()</script><p>x</p>";
        String out = assertSameParse(html);
        assertThat(out).contains(ld).doesNotContain("drop()");
        assertThat(Jsoup.parse(out).selectFirst("script").data()).isEqualTo(ld);
    }

    @Test
    void upperCaseTagsAreRecognised() {
        String out = assertSameParse("<SCRIPT type='text/javascript'>x = '<p>no</p>'</SCRIPT ><STYLE>b{}</Style><P>yes");
        assertThat(out).isEqualTo("<SCRIPT type='text/javascript'></SCRIPT ><STYLE></Style><P>yes");
    }

    @Test
    void scriptEndsAtTheFirstEndTagEvenInsideAString() {
        // As in a browser: "</script" in a JavaScript string still ends the element.
        String html = "<script>var s = \"</script><p>shown</p>\";</script><p>after</p>";
        assertThat(assertSameParse(html)).isEqualTo("<script></script><p>shown</p>\";</script><p>after</p>");
    }

    @Test
    void endTagMustBeFollowedByADelimiter() {
        assertThat(assertSameParse("<script>a = '</scripts>';</script><p>x</p>")).isEqualTo("<script></script><p>x</p>");
    }

    @Test
    void escapedScriptHidesANestedScriptEndTag() {
        // Inside "<!--", a "<script>" start tag makes the next "</script>" part of the text.
        String html = "<script><!-- document.write('<script>x()</script>'); --></script><p>after</p>";
        assertThat(assertSameParse(html)).isEqualTo("<script></script><p>after</p>");
        assertSameParse("<script><!--<script>a</script>b</script>c--></script><p>x</p>");
        assertSameParse("<script><!--></script><p>closed at once</p>");
    }

    @Test
    void unterminatedScriptRunsToTheEnd() {
        assertThat(assertSameParse("<p>before</p><script>var x = '<p>never text</p>';")).isEqualTo("<p>before</p><script>");
        assertThat(assertSameParse("<p>a</p><style>p{}")).isEqualTo("<p>a</p><style>");
    }

    @Test
    void selfClosedScriptIsEmptyForJsoup() {
        String html = "<p>a<script src=x /><b>kept</b></p><p>after</p><script>gone()</script>";
        assertThat(assertSameParse(html)).contains("<b>kept</b>").doesNotContain("gone()");
    }

    @Test
    void markupInCommentsAttributesAndRawTextIsNotATag() {
        assertSameParse("<!-- <script> --><p>shown</p><script>x</script>");
        assertSameParse("<div title=\"<script>\">shown</div><p>also shown</p><script>x</script>");
        assertSameParse("<div data-x='a > <style>'>shown</div><style>b{}</style>");
        assertSameParse("<textarea><script>not a script</textarea><p>shown</p></script>");
        assertSameParse("<title><style>not a style</title><p>shown</p></style>");
        assertSameParse("<!--><script>x</script><p>a</p>");
        assertSameParse("<?php echo '<script>'; ?><p>a</p><script>x</script>");
        assertThat(ScriptStripper.strip("<plaintext><script>text</script>")).isEqualTo("<plaintext><script>text</script>");
    }

    @Test
    void emptiesInlineSvgAndMath() {
        String html = "<p>a<svg viewBox='0 0 1 1'><title>Share</title><svg><path d='M0'/></svg><![CDATA[ x<y ]]>"
                + "<style>.a{}</style></svg>b</p><math><mi>x</mi></math><p>c</p>";
        assertThat(assertSameParse(html)).isEqualTo("<p>a<svg viewBox='0 0 1 1'></svg>b</p><math></math><p>c</p>");
    }

    @Test
    void leavesForeignContentThatHoldsHtml() {
        String html = "<svg><path/><div>inside</div></svg><p>x</p>";
        assertThat(assertSameParse(html)).isEqualTo(html);
        assertThat(assertSameParse("<svg><foreignObject><p>html</p></foreignObject></svg>")).contains("html");
        assertThat(assertSameParse("<svg><path/><p>unterminated")).contains("unterminated");
    }

    @Test
    void returnsTheSameStringWhenNothingIsStripped() {
        String html = "<p>Nothing to strip <script src=a.js></script></p>";
        assertThat(ScriptStripper.strip(html)).isSameAs(html);
        assertThat(ScriptStripper.strip("")).isEmpty();
        assertThat(ScriptStripper.strip(null)).isNull();
        assertThat(ScriptStripper.strip("<")).isEqualTo("<");
        assertThat(ScriptStripper.strip("<script")).isEqualTo("<script");
    }

    @Test
    void twentyMegabytePageIsStrippedQuicklyAndInBoundedMemory() {
        StringBuilder sb = new StringBuilder("<html><body>");
        String script = "<script>" + "var x = '<div>'; if (a < b && c > d) { f(\"</scrip\"); }\n".repeat(200) + "</script>";
        String para = "<p class=\"text\">Some article text, with <a href=\"/x\">a link</a>.</p>\n";
        while (sb.length() < 20_000_000) sb.append(script).append(para);
        sb.append("</body></html>");
        String html = sb.toString();
        String[] out = new String[1];
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            out[0] = ScriptStripper.strip(html);
        });
        assertThat(out[0].length()).isLessThan(html.length() / 10);
        assertThat(out[0]).contains(para).doesNotContain("var x");
    }

    @Test
    void pathologicalMarkupCostsLinearTime() {
        String plainTags = "<p>a</p><b>b</b>".repeat(1_500_000);
        String unclosedSvg = "<svg><path d='M0'>".repeat(300_000) + "<p>x";
        String svgWithHtml = "<svg><g>".repeat(300_000) + "<div>x</div>";
        String unclosedComment = "<p>a</p><!-- " + "<p>b</p>".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(ScriptStripper.strip(plainTags)).isSameAs(plainTags);
            assertThat(ScriptStripper.strip(unclosedSvg)).isSameAs(unclosedSvg);
            assertThat(ScriptStripper.strip(svgWithHtml)).isSameAs(svgWithHtml);
            assertThat(ScriptStripper.strip(unclosedComment)).isSameAs(unclosedComment);
        });
    }
}
