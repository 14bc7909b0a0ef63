package app.jointly.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** Word files for import tests: real ones made with docx4j, and hostile zips made by hand. */
final class WordFiles {

    private WordFiles() {
    }

    static byte[] save(WordprocessingMLPackage word) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip with the given entries (name to content), each deflated. */
    static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The three parts a minimal Word package needs, with the given body XML inside {@code w:body}. */
    static Map<String, byte[]> minimalDocx(String documentXml) {
        return new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                        + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                        + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>"),
                "_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                        + "word/document.xml\"/></Relationships>"),
                "word/document.xml", utf8(documentXml)));
    }

    static String body(String paragraphsXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>" + paragraphsXml + "</w:body></w:document>";
    }
}
