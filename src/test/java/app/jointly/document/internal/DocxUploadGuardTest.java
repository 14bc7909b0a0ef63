package app.jointly.document.internal;

import static app.jointly.document.internal.WordFiles.body;
import static app.jointly.document.internal.WordFiles.minimalDocx;
import static app.jointly.document.internal.WordFiles.utf8;
import static app.jointly.document.internal.WordFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.JointlyException;
import app.jointly.shared.TooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocxUploadGuardTest {

    private static final String PLAIN = body("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>");

    @Test
    void letsAPlainWordFileThrough() {
        assertThatCode(() -> DocxUploadGuard.check(zip(minimalDocx(PLAIN)))).doesNotThrowAnyException();
    }

    @Test
    void refusesWhatIsNotAZip() {
        assertBadFile(utf8("%PDF-1.7 this is no Word file"), "not a Word");
        assertBadFile(new byte[0], "not a Word");
    }

    @Test
    void refusesABrokenZip() {
        byte[] good = zip(minimalDocx(PLAIN));
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        broken[40] ^= 0x5A;
        assertThatThrownBy(() -> DocxUploadGuard.check(broken)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((JointlyException) e).code()).isEqualTo("bad-file");
    }

    @Test
    void refusesAZipBombWithoutInflatingAllOfIt() {
        Map<String, byte[]> entries = minimalDocx(PLAIN);
        entries.put("word/media/image1.png", new byte[(int) DocxUploadGuard.MAX_ENTRY + 1]);
        byte[] bomb = zip(entries);

        assertThat(bomb.length).isLessThan(200_000);
        assertBadFile(bomb, "zip bomb");
    }

    @Test
    void refusesManyPartsThatTogetherExpandTooFar() {
        Map<String, byte[]> entries = minimalDocx(PLAIN);
        for (int i = 0; i < 3; i++) {
            entries.put("word/media/image" + i + ".png", new byte[(int) DocxUploadGuard.MAX_ENTRY - 1]);
        }
        assertBadFile(zip(entries), "zip bomb");
    }

    @Test
    void refusesTooManyParts() {
        Map<String, byte[]> entries = minimalDocx(PLAIN);
        for (int i = 0; i < DocxUploadGuard.MAX_ENTRIES; i++) {
            entries.put("word/x" + i + ".txt", new byte[1]);
        }
        assertBadFile(zip(entries), "too many parts");
    }

    @Test
    void refusesExternalEntitiesAndEntityBombs() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + body("<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>").substring(38);
        assertBadFile(zip(minimalDocx(xxe)), "document type declaration");

        Map<String, byte[]> inRels = minimalDocx(PLAIN);
        inRels.put("word/_rels/document.xml.rels", utf8("<?xml version=\"1.0\"?><!doctype r [<!entity a \"aaaa\">]>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"));
        assertBadFile(zip(inRels), "document type declaration");
    }

    @Test
    void refusesXmlInAnotherEncodingThatCouldHideADoctype() {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<d>&e;</d>";
        byte[] utf16 = ("\uFEFF" + xxe).getBytes(StandardCharsets.UTF_16BE);
        Map<String, byte[]> entries = minimalDocx(PLAIN);
        entries.put("word/document.xml", utf16);
        assertBadFile(zip(entries), "encoding");
    }

    @Test
    void refusesMacros() {
        Map<String, byte[]> withProject = minimalDocx(PLAIN);
        withProject.put("word/vbaProject.bin", new byte[]{1, 2, 3});
        assertBadFile(zip(withProject), "macros");

        Map<String, byte[]> docm = new LinkedHashMap<>(minimalDocx(PLAIN));
        docm.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats."
                + "org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"));
        assertBadFile(zip(docm), "macros");
    }

    @Test
    void refusesAZipWithoutAWordBody() {
        assertBadFile(zip(Map.of("hello.txt", utf8("hello"))), "no Word document body");
    }

    @Test
    void refusesMoreThanTwentyMebibytes() {
        byte[] tooLarge = new byte[(int) DocxUploadGuard.MAX_UPLOAD + 1];
        tooLarge[0] = 'P';
        tooLarge[1] = 'K';
        assertThatThrownBy(() -> DocxUploadGuard.check(tooLarge)).isInstanceOf(TooLargeException.class)
                .extracting(e -> ((JointlyException) e).code()).isEqualTo("too-large");
    }

    private static void assertBadFile(byte[] file, String reason) {
        assertThatThrownBy(() -> DocxUploadGuard.check(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((JointlyException) e).code()).isEqualTo("bad-file");
    }
}
