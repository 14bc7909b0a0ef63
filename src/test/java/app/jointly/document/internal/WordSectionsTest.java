package app.jointly.document.internal;

import static app.jointly.document.internal.WordFiles.body;
import static app.jointly.document.internal.WordFiles.minimalDocx;
import static app.jointly.document.internal.WordFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.NewSection;
import java.io.ByteArrayInputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.junit.jupiter.api.Test;

class WordSectionsTest {

    @Test
    void anExportedContractComesBackWithItsSectionsAndFormatting() throws Exception {
        byte[] docx = new DocxWriter().write(ExportSamples.contract());

        WordSections.Result read = WordSections.read(load(docx));

        assertThat(read.wordTitle()).isEqualTo(ExportSamples.TITLE);
        assertThat(read.sections()).extracting(NewSection::heading)
                .containsExactly("Article 1: Recognition", "Article 12: Salaries");
        String first = read.sections().get(0).markdown();
        assertThat(first).contains("*Association*", "**sole**", "agent[^1]", "- teachers\n- counsellors\n",
                "1. first step\n1. second step\n", "[^1]: As certified in 2019.");
        String second = read.sections().get(1).markdown();
        assertThat(second).contains("## Salary schedule", "salaries[^1]", "| Step | Salary |", "| --- | --- |",
                "| 2 | 47,250 |", "[^1]: Before taxes.");
    }

    @Test
    void aWordFileMadeWithDocx4jSplitsAtTopLevelHeadingsAndKeepsThePreamble() throws Exception {
        WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = word.getMainDocumentPart();
        main.addParagraphOfText("This agreement is made between the parties.");
        main.addStyledParagraphOfText("Heading1", "Article 1: Term");
        main.addParagraphOfText("Three years.");
        main.addStyledParagraphOfText("Heading2", "1.1 Renewal");
        main.addParagraphOfText("# not a heading");
        main.addStyledParagraphOfText("Heading1", "Article 2: Pay");
        main.addParagraphOfText("Paid *monthly* [in arrears].");

        WordSections.Result read = WordSections.read(load(WordFiles.save(word)));

        assertThat(read.sections()).containsExactly(
                new NewSection("Preamble", "This agreement is made between the parties."),
                new NewSection("Article 1: Term", "Three years.\n\n# 1.1 Renewal\n\n\\# not a heading"),
                new NewSection("Article 2: Pay", "Paid \\*monthly\\* \\[in arrears\\]."));
    }

    @Test
    void outlineLevelZeroStartsASectionWithoutAHeadingStyle() throws Exception {
        byte[] docx = zip(minimalDocx(body("<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Article 7"
                + "</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Bold </w:t></w:r>"
                + "<w:r><w:t>plain</w:t></w:r></w:p>")));

        WordSections.Result read = WordSections.read(load(docx));

        assertThat(read.sections()).containsExactly(new NewSection("Article 7", "**Bold** plain"));
    }

    private static WordprocessingMLPackage load(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }
}
