package app.jointly.document;

/**
 * Prints an HTML fragment as a paged, print-ready A4 PDF: the given title and "page n of m" in every page's
 * footer. Other modules (the decision log, the bargaining table, the TA form) print through it so that every PDF
 * of Jointly looks alike and only one module knows the PDF library.
 */
public interface PdfPrinter {

    /**
     * @param title    shown in the footer of every page and as the PDF's title (plain text, escaped here)
     * @param bodyHtml the page content: an HTML fragment the caller made safe (escaped text or {@link SafeMarkdown}
     *                 output); it is re-parsed leniently, so unclosed tags do not fail the print
     * @return the PDF's bytes
     */
    byte[] print(String title, String bodyHtml);
}
