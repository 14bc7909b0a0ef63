package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import app.jointly.document.PdfPrinter;
import app.jointly.document.DocumentComparison;
import app.jointly.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Turns a document as the reader sees it into a downloadable file of one of the {@link ExportFormat}s. */
@Component
class DocumentExporter {

    private final DocumentHtml html;
    private final DocxWriter docx;
    private final PdfPrinter pdf;

    DocumentExporter(DocumentHtml html, DocxWriter docx, PdfPrinter pdf) {
        this.html = html;
        this.docx = docx;
        this.pdf = pdf;
    }

    ExportedFile export(DocumentView view, ExportFormat format) {
        return export(view, format, null);
    }

    /** The document as {@code view} holds it; a PDF's footer names the version when {@code versionName} is given. */
    ExportedFile export(DocumentView view, ExportFormat format, String versionName) {
        byte[] bytes = switch (format) {
            case MD -> markdown(view).getBytes(StandardCharsets.UTF_8);
            case HTML -> htmlPage(view).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx.write(view);
            case PDF -> pdf.print(footer(view.title(), versionName), html.render(view));
        };
        return file(bytes, format, view.title());
    }

    /**
     * A redline: Word with tracked changes, or a PDF whose changes are underlined or struck through and labelled
     * "inserted:"/"deleted:" in small type (never colour alone). Other formats are refused.
     */
    ExportedFile exportComparison(DocumentComparison comparison, ExportFormat format, Instant at) {
        byte[] bytes = switch (format) {
            case DOCX -> RedlineDocx.write(comparison, at);
            case PDF -> pdf.print(footer(comparison.title(), "changes from " + comparison.fromName() + " to "
                    + comparison.toName()), comparisonHtml(comparison));
            case MD, HTML -> throw new InvalidInputException("unsupported-format",
                    "A comparison exports as docx or pdf.");
        };
        return file(bytes, format, comparison.title() + " redline");
    }

    static String comparisonHtml(DocumentComparison comparison) {
        StringBuilder body = new StringBuilder("<h1>").append(MarkdownRenderer.escape(comparison.title()))
                .append("</h1><p>Changes from ").append(MarkdownRenderer.escape(comparison.fromName())).append(" to ")
                .append(MarkdownRenderer.escape(comparison.toName()))
                .append(": inserted text is underlined, deleted text struck through, each labelled.</p>");
        for (DocumentComparison.SectionChange section : comparison.sections()) {
            body.append("<section><h2>").append(MarkdownRenderer.escape(section.heading())).append("</h2>")
                    .append(section.html(false)).append("</section>");
        }
        return body.toString();
    }

    private static String footer(String title, String versionName) {
        return versionName == null ? title : title + " \u2014 " + versionName;
    }

    private static ExportedFile file(byte[] bytes, ExportFormat format, String title) {
        return new ExportedFile(bytes, format.mediaType(), AttachmentName.fileName(title, format.extension()),
                AttachmentName.contentDisposition(title, format.extension()));
    }

    /** The title as the one level-1 heading, each section as a level-2 heading with its body as written. */
    static String markdown(DocumentView view) {
        return CombinedMarkdown.of(view, "# " + view.title().replaceAll("\\s+", " ").strip() + "\n\n", 2).text();
    }

    /** A standalone page (the same sanitised HTML as the app shows, with a little print styling). */
    String htmlPage(DocumentView view) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + MarkdownRenderer.escape(view.title()) + "</title>\n<style>body{font-family:serif;max-width:46em;"
                + "margin:2em auto;line-height:1.45}table{border-collapse:collapse}th,td{border:1px solid #444;"
                + "padding:.2em .5em}</style></head>\n<body>\n" + html.render(view) + "</body></html>\n";
    }
}
