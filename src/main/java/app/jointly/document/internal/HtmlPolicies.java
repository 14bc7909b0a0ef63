package app.jointly.document.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-lists that rendered Markdown passes through. Only formatting, lists, tables, code, links to http, https
 * and mailto (or in-page anchors) and footnote anchors survive; scripts, styles, event handlers, forms, frames,
 * images and any other URL scheme are dropped.
 */
final class HtmlPolicies {

    private static final String[] FORMATTING = {
        "p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "b", "i", "del", "s", "sup", "sub",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "div", "a"};
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    private static final Pattern FOOTNOTE_ID = Pattern.compile("(s\\d{1,4}-)?fn(ref)?-[A-Za-z0-9_-]{1,64}");
    private static final Pattern FOOTNOTE_CLASS = Pattern.compile("footnote-ref|footnote-backref|footnotes");

    /** Headings stay as written: for Markdown shown on its own. */
    static final PolicyFactory STANDALONE = base().allowElements(HEADINGS).toFactory();

    /**
     * Headings move two levels down (h1 becomes h3), because inside a document the title is h1 and each
     * section's heading h2.
     */
    static final PolicyFactory IN_DOCUMENT = base().allowElements(shiftedHeadings(), HEADINGS).toFactory();

    private HtmlPolicies() {
    }

    private static HtmlPolicyBuilder base() {
        return new HtmlPolicyBuilder()
                .allowElements(FORMATTING)
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title").onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                .allowAttributes("id").matching(FOOTNOTE_ID).onElements("sup", "li")
                .allowAttributes("class").matching(FOOTNOTE_CLASS).onElements("a", "div")
                .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
                .onElements("code")
                .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol");
    }

    private static ElementPolicy shiftedHeadings() {
        return (String elementName, List<String> attrs) -> {
            int level = elementName.charAt(1) - '0';
            return "h" + Math.min(6, level + 2);
        };
    }
}
