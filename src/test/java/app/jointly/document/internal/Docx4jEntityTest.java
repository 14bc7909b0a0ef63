package app.jointly.document.internal;

import static app.jointly.document.internal.WordFiles.minimalDocx;
import static app.jointly.document.internal.WordFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.NewSection;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second line of defence: should a DTD ever get past {@link DocxUploadGuard}, docx4j itself must not read an
 * external entity into the document.
 */
class Docx4jEntityTest {

    @Test
    void docx4jDoesNotResolveExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-4711");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>A</w:t></w:r>"
                + "</w:p><w:p><w:r><w:t>x &s; y</w:t></w:r></w:p></w:body></w:document>";
        String read;
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(zip(minimalDocx(xml))));
            read = WordSections.read(word).sections().stream().map(NewSection::markdown).reduce("", String::concat);
        } catch (Exception refused) {
            read = String.valueOf(refused.getMessage());
        }
        assertThat(read).doesNotContain("SECRET-4711");
    }
}
