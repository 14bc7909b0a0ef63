package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import org.springframework.stereotype.Component;

/**
 * The whole document as one HTML fragment: the title as h1, then per section an h2 heading (with an anchor the table
 * of contents links to) and the sanitised body.
 */
@Component
public class DocumentHtml {

    private final MarkdownRenderer markdown;

    public DocumentHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String render(DocumentView document) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"jointly-document\">\n<h1>")
                .append(MarkdownRenderer.escape(document.title())).append("</h1>\n");
        int index = 0;
        for (SectionView section : document.sections()) {
            html.append(section(section, index++));
        }
        return html.append("</article>\n").toString();
    }

    public String section(SectionView section, int index) {
        // Section ids are plain [A-Za-z0-9_-] (checked by SectionId), so they are safe inside the attribute.
        return "<section id=\"" + anchor(section) + "\">\n<h2>" + MarkdownRenderer.escape(section.heading())
                + "</h2>\n" + markdown.sectionHtml(section.markdown(), index) + "\n</section>\n";
    }

    public static String anchor(SectionView section) {
        return "section-" + section.id().value();
    }
}
