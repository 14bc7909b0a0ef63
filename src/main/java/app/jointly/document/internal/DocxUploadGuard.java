package app.jointly.document.internal;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at an uploaded Word file before any parser does, so that a hostile file costs a bounded amount of memory
 * and time: it must be a zip, expand to at most {@link #MAX_EXPANDED} bytes in at most {@link #MAX_ENTRIES}
 * entries (counted while inflating, never trusting the sizes the zip declares), hold no macros and no XML with a
 * DTD (the door to external entities and entity expansion bombs: Word never writes one).
 */
final class DocxUploadGuard {

    static final long MAX_UPLOAD = app.jointly.document.DocumentFiles.MAX_IMPORT_BYTES;
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    static final long MAX_ENTRY = 40L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** A DTD can only stand in the prolog, before the root element: this much of each XML part is searched. */
    private static final int PROLOG_SCAN = 64 * 1024;

    private DocxUploadGuard() {
    }

    static void check(byte[] upload) {
        if (upload.length > MAX_UPLOAD) {
            throw new TooLargeException("too-large", "A Word file may be at most 20 MiB.");
        }
        if (upload.length < 4 || upload[0] != 'P' || upload[1] != 'K' || upload[2] != 3 || upload[3] != 4) {
            throw badFile("This is not a Word (.docx) file.");
        }
        boolean hasBody = false;
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw badFile("The file has too many parts to be a Word document.");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.contains("vbaproject") || name.endsWith(".bin") && name.contains("vba")) {
                    throw badFile("The file contains macros; save it as a plain .docx without macros.");
                }
                hasBody |= name.equals("word/document.xml");
                expanded += inspect(zip, name, MAX_EXPANDED - expanded);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw badFile("The file is damaged: it is not a readable Word document.");
        }
        if (!hasBody) {
            throw badFile("The file has no Word document body (word/document.xml).");
        }
    }

    /** Inflates one entry, counting its real size; searches XML parts for a DTD and a macro-enabled type. */
    private static long inspect(InputStream entry, String name, long budget) throws IOException {
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        byte[] buffer = new byte[16 * 1024];
        byte[] prolog = new byte[xml ? PROLOG_SCAN : 0];
        int prologLength = 0;
        long size = 0;
        for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
            size += n;
            if (size > MAX_ENTRY || size > budget) {
                throw badFile("The file expands to far more than a Word document does (a zip bomb?).");
            }
            int copy = Math.min(n, prolog.length - prologLength);
            System.arraycopy(buffer, 0, prolog, prologLength, copy);
            prologLength += copy;
        }
        if (xml && prologLength >= 2 && (prolog[0] == 0 || prolog[0] == (byte) 0xFE || prolog[0] == (byte) 0xFF)) {
            // Word writes UTF-8; another encoding would also hide a DTD from the search below.
            throw badFile("The file contains XML in an encoding Word does not write.");
        }
        if (xml) {
            String head = new String(prolog, 0, prologLength, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
            if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                throw badFile("The file contains an XML document type declaration, which Word never writes.");
            }
            if (name.equals("[content_types].xml") && head.contains("MACROENABLED")) {
                throw badFile("The file contains macros; save it as a plain .docx without macros.");
            }
        }
        return size;
    }

    static InvalidInputException badFile(String message) {
        return new InvalidInputException("bad-file", message);
    }
}
