package app.jointly.document.internal;

import app.jointly.document.SafeMarkdown;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: Flexmark renders (raw HTML in the Markdown is escaped, so it shows as text), then the OWASP
 * sanitiser keeps only what {@link HtmlPolicies} allows. Both steps guard on their own: whatever slips past one is
 * stopped by the other.
 */
@Component
public class MarkdownRenderer implements SafeMarkdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // GitHub-style tables: a separator of one dash per column is enough, ragged rows are evened out.
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public String toHtml(String markdown) {
        return sanitise(render(markdown), HtmlPolicies.STANDALONE);
    }

    /**
     * A section's body inside a whole document: headings shifted two levels down, footnote anchors prefixed so
     * that the footnotes of different sections do not collide.
     */
    public String sectionHtml(String markdown, int sectionIndex) {
        String prefix = "s" + sectionIndex + "-";
        String html = render(markdown)
                .replace("id=\"fn-", "id=\"" + prefix + "fn-")
                .replace("id=\"fnref-", "id=\"" + prefix + "fnref-")
                .replace("href=\"#fn-", "href=\"#" + prefix + "fn-")
                .replace("href=\"#fnref-", "href=\"#" + prefix + "fnref-");
        return sanitise(html, HtmlPolicies.IN_DOCUMENT);
    }

    private String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }

    private static String sanitise(String html, PolicyFactory policy) {
        return policy.sanitize(html);
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
