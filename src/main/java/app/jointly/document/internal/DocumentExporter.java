package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import app.jointly.document.PdfPrinter;
import java.nio.charset.StandardCharsets;
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
        byte[] bytes = switch (format) {
            case MD -> markdown(view).getBytes(StandardCharsets.UTF_8);
            case HTML -> htmlPage(view).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx.write(view);
            case PDF -> pdf.print(view.title(), html.render(view));
        };
        return new ExportedFile(bytes, format.mediaType(), AttachmentName.fileName(view.title(), format.extension()),
                AttachmentName.contentDisposition(view.title(), format.extension()));
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
