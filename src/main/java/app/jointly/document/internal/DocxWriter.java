package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import com.vladsch.flexmark.docx.converter.DocxRenderer;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.springframework.stereotype.Component;

/**
 * A document as a Word file through Flexmark's DOCX converter (docx4j): real Heading 1 paragraphs for the
 * sections (so that importing the file again gives the same sections), Word numbering for lists, Word tables and
 * Word footnotes. The title is a paragraph in Word's Title style, not a heading, for the same reason.
 */
@Component
class DocxWriter {

    private final Parser parser;
    private final DocxRenderer renderer;

    DocxWriter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        // Raw HTML in a section is text for us (as in the app), never markup to convert.
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(DocxRenderer.SUPPRESS_HTML, true);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        this.parser = Parser.builder(options).build();
        this.renderer = DocxRenderer.builder(options).build();
    }

    byte[] write(DocumentView view) {
        CombinedMarkdown markdown = CombinedMarkdown.of(view, "", 1);
        Document ast = parser.parse(markdown.text());
        demoteBodyHeadings(ast, new HashSet<>(markdown.sectionHeadingOffsets()));
        try {
            WordprocessingMLPackage word = DocxRenderer.getDefaultTemplate();
            renderer.render(ast, word);
            MainDocumentPart main = word.getMainDocumentPart();
            main.getContent().addFirst(main.createStyledParagraphOfText("Title", view.title()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("Could not write the Word file", e);
        }
    }

    /** Headings inside a section body sit one level under the section's own Heading 1. */
    private static void demoteBodyHeadings(Node ast, Set<Integer> sectionHeadingOffsets) {
        for (Node node : ast.getDescendants()) {
            if (node instanceof Heading heading && !sectionHeadingOffsets.contains(heading.getStartOffset())) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
            }
        }
    }
}
