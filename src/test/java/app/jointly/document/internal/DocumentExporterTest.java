package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.DocumentView;
import app.jointly.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DocumentExporterTest {

    private final DocumentExporter exporter = new DocumentExporter(new DocumentHtml(new MarkdownRenderer()),
            new DocxWriter(), new OpenHtmlPdfPrinter());
    private final DocumentView contract = ExportSamples.contract();

    @Test
    void markdownHasTheTitleEachSectionAndFootnotesThatDoNotCollide() {
        ExportedFile file = exporter.export(contract, ExportFormat.MD);
        String text = new String(file.bytes(), StandardCharsets.UTF_8);

        assertThat(file.mediaType()).isEqualTo("text/markdown; charset=utf-8");
        assertThat(text).startsWith("# " + ExportSamples.TITLE + "\n\n## Article 1: Recognition\n\n");
        assertThat(text).contains("## Article 12: Salaries", "| 1 | 45,000 |", "*Association*", "- counsellors",
                "agent[^s1-1]", "[^s1-1]: As certified in 2019.", "salaries[^s2-1]", "[^s2-1]: Before taxes.");
    }

    @Test
    void htmlIsAStandalonePageWithTableListsAndFootnotes() {
        ExportedFile file = exporter.export(contract, ExportFormat.HTML);
        Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));

        assertThat(file.mediaType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.title()).isEqualTo(ExportSamples.TITLE);
        assertThat(page.select("h2").eachText()).containsExactly("Article 1: Recognition", "Article 12: Salaries");
        assertThat(page.select("em").text()).isEqualTo("Association");
        assertThat(page.select("ul li").eachText()).containsExactly("teachers", "counsellors");
        assertThat(page.select("ol li").eachText()).contains("first step", "second step");
        assertThat(page.select("td").eachText()).contains("45,000", "47,250");
        assertThat(page.text()).contains("As certified in 2019.", "Before taxes.");
    }

    @Test
    void wordFileHasHeadingStylesNumberedListsATableAndRealFootnotes() throws Exception {
        ExportedFile file = exporter.export(contract, ExportFormat.DOCX);
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(file.bytes()));
        MainDocumentPart main = word.getMainDocumentPart();
        String body = main.getXML();

        assertThat(file.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(body).contains("<w:pStyle w:val=\"Title\"/>");
        assertThat(count(body, "<w:pStyle w:val=\"Heading1\"/>")).isEqualTo(2);
        assertThat(body).contains("<w:pStyle w:val=\"Heading3\"/>");
        assertThat(body).contains("<w:numPr>", "<w:tbl>", "<w:rStyle w:val=\"Emphasis\"/>",
                "<w:rStyle w:val=\"StrongEmphasis\"/>");
        assertThat(count(body, "<w:footnoteReference ")).isEqualTo(2);
        assertThat(main.getNumberingDefinitionsPart()).isNotNull();
        String notes = main.getFootnotesPart().getXML();
        assertThat(notes).contains("As certified in 2019.", "Before taxes.");
        assertThat(word.getMainDocumentPart().getStyleDefinitionsPart().getStyleById("Heading1")).isNotNull();
    }

    @Test
    void pdfHasTheTextAndATitleAndPageNumberInTheFooter() throws Exception {
        ExportedFile file = exporter.export(contract, ExportFormat.PDF);

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Article 1: Recognition", "Article 12: Salaries", "Association", "counsellors",
                    "47,250", "As certified in 2019.", "Before taxes.");
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
            // footnote back-links (an arrow the PDF's fonts lack, printed as "#") are left out of print
            assertThat(text).doesNotContain("#");
            assertThat(count(text, ExportSamples.TITLE)).isGreaterThanOrEqualTo(1 + pdf.getNumberOfPages());
        }
    }

    @Test
    void namesTheFileAfterTheTitle() {
        ExportedFile file = exporter.export(contract, ExportFormat.PDF);

        assertThat(file.contentDisposition()).isEqualTo("attachment; filename=\"Master Agreement 2026_2029.pdf\"; "
                + "filename*=UTF-8''Master%20Agreement%202026%E2%80%932029.pdf");
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThatThrownBy(() -> ExportFormat.fromWire("odt")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("docx, pdf, md, html");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
