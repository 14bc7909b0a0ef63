package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTheFormattingDocumentsNeed() {
        String html = renderer.toHtml("""
                # Article 12

                Teachers are evaluated **annually** with *multiple* measures and ~~one test~~.

                1. Observation
                2. Student growth

                - peer review
                - self reflection

                > Quoted

                | Step | Salary |
                |:-----|-------:|
                | 1    | 45,000 |

                Visit [the district](https://example.org/district) or [mail us](mailto:board@example.org).
                """);

        assertThat(html).contains("<h1>Article 12</h1>", "<strong>annually</strong>", "<em>multiple</em>",
                "<del>one test</del>", "<ol>", "<ul>", "<li>peer review</li>", "<blockquote>", "<table>", "<th",
                "<td", "45,000", "href=\"https://example.org/district\"", "href=\"mailto:board&#64;example.org\"");
        assertThat(html).contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void rendersGitHubStyleTablesWithShortSeparators() {
        String html = renderer.toHtml("| Step | BA |\n|--|-:|\n| 1 | 45,000 |\n| 2 |\n");

        assertThat(html).contains("<table>", "<th>Step</th>", "<td align=\"right\">45,000</td>", "<td>2</td><td align=\"right\"></td>");
    }

    @Test
    void rendersFootnotesWithWorkingAnchors() {
        String html = renderer.toHtml("Binding arbitration[^1].\n\n[^1]: See Article 30.\n");

        assertThat(html).contains("id=\"fnref-1\"", "href=\"#fn-1\"", "id=\"fn-1\"", "href=\"#fnref-1\"",
                "See Article 30.");
    }

    @Test
    void prefixesFootnoteAnchorsPerSectionAndShiftsHeadings() {
        String html = renderer.sectionHtml("# Inner\n\nText[^a].\n\n[^a]: Note.\n", 3);

        assertThat(html).contains("<h3>Inner</h3>", "id=\"s3-fnref-1\"", "href=\"#s3-fn-1\"", "id=\"s3-fn-1\"");
        assertThat(html).doesNotContain("<h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1) )",
        "[click](java&#x09;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](https://tracker.example/pixel.gif \"onerror=alert(1)\")",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<<script>script>alert(1)<</script>/script>",
        "```html\n<script>alert(1)</script>\n```",
        "[x](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "<details open ontoggle=alert(1)>",
        "<!-- <script>alert(1)</script> -->",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "[^1]\n\n[^1]: <img src=x onerror=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[link][ref]\n\n[ref]: javascript:alert(1)",
        "<https://example.org/\" onclick=\"alert(1)>",
        "<javascript:alert(1)>",
    })
    void nastyInputNeverReachesThePageAsActiveContent(String markdown) {
        assertSafe(renderer.toHtml(markdown));
        assertSafe(renderer.sectionHtml(markdown, 0));
    }

    @Test
    void rawHtmlShowsAsTextRatherThanDisappearing() {
        String html = renderer.toHtml("Use <b>bold</b> & <script>x</script> carefully");

        assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;", "&amp;", "&lt;script&gt;");
    }

    @Test
    void emptyAndNullRenderToNothing() {
        assertThat(renderer.toHtml("")).isEmpty();
        assertThat(renderer.toHtml(null)).isEmpty();
    }

    @Test
    void escapesTextForHtml() {
        assertThat(MarkdownRenderer.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    private static final Pattern TAG = Pattern.compile("<([a-z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "blockquote", "pre", "code", "em",
            "strong", "b", "i", "del", "s", "sup", "sub", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
            "td", "div", "a", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "id", "class", "align",
            "start");

    /** Every tag and attribute in the output is on the allow-list and every link is http(s), mailto or in-page. */
    private static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<!--", "<script", "<img");
        Matcher tag = TAG.matcher(lower);
        while (tag.find()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(tag.group(1));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            String rest = tag.group(2);
            while (attribute.find()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(attribute.group(1));
                if (attribute.group(1).equals("href")) {
                    assertThat(attribute.group(2)).as("link in %s", html)
                            .matches("(https?://|mailto:|#).*");
                }
                rest = rest.replace(attribute.group(0), "");
            }
            assertThat(rest.strip()).as("unquoted attribute in %s", html).matches("/?");
        }
    }
}
