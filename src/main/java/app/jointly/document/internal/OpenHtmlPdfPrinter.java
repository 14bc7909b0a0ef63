package app.jointly.document.internal;

import app.jointly.document.PdfPrinter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * {@link PdfPrinter} on openhtmltopdf (HTML and CSS paged media to PDFBox). The HTML goes through jsoup first
 * because openhtmltopdf wants well-formed XML and sanitised HTML is not always that; the footer is a CSS running
 * element, so the title is HTML-escaped text and never has to be quoted inside CSS.
 */
@Component
public class OpenHtmlPdfPrinter implements PdfPrinter {

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 24mm 20mm;
                    @bottom-left { content: element(footer); font-size: 9pt; color: #333; }
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
            #footer { position: running(footer); }
            body { font-family: serif; font-size: 11pt; line-height: 1.4; }
            h1 { font-size: 20pt; } h2 { font-size: 15pt; page-break-after: avoid; }
            table { border-collapse: collapse; margin: 6pt 0; } th, td { border: 1px solid #444; padding: 3pt 6pt; }
            th { background: #eee; } section { page-break-inside: auto; }
            del { text-decoration: line-through; } ins { text-decoration: underline; }
            .visually-hidden { font-size: 6.5pt; vertical-align: super; font-style: italic; }
            .redline-note { font-style: italic; }
            a[href*="fnref"] { display: none; } a { color: inherit; }
            """;

    static {
        // openhtmltopdf logs timings and renderer choices at INFO on its own console handler; keep its warnings.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    @Override
    public byte[] print(String title, String bodyHtml) {
        String safeTitle = MarkdownRenderer.escape(title);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + safeTitle + "</title><style>"
                + STYLE + "</style></head><body><div id=\"footer\">" + safeTitle + "</div>" + bodyHtml
                + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(page)), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the PDF", e);
        }
        return out.toByteArray();
    }
}
