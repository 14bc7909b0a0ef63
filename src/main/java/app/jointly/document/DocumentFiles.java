package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;

/**
 * Documents as files: export to Word, PDF, Markdown or HTML for anyone who may read the document, and import of a
 * Word file as a new document for anyone who may create documents. Access is checked as in {@link DocumentService}
 * (a document or workspace outside the caller's workspaces is {@link app.jointly.shared.NotFoundException}).
 */
public interface DocumentFiles {

    /** Largest Word file accepted for import. */
    long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

    /**
     * A produced file.
     *
     * @param contentDisposition {@code attachment} with an ASCII {@code filename} and the exact {@code filename*}
     */
    record Download(byte[] bytes, String mediaType, String fileName, String contentDisposition) {
    }

    /**
     * @param format {@code docx}, {@code pdf}, {@code md} or {@code html}
     * @throws app.jointly.shared.InvalidInputException {@code unknown-format} for any other format
     */
    Download export(DocumentId document, String format, UserId by);

    /**
     * The document as it was in {@code version} (null: as it is now), or with {@code compare} a redline from that
     * version to {@code version} (or now): for docx with Word tracked changes, for pdf marked by underline and
     * strike-through with labels. A PDF's footer carries the title and the version's name.
     *
     * @throws app.jointly.shared.InvalidInputException {@code unknown-format}, or {@code unsupported-format} for a
     *                                                  comparison as md or html
     * @throws app.jointly.shared.NotFoundException     {@code version-not-found} for an unknown version id
     */
    Download export(DocumentId document, String format, String version, String compare, UserId by);

    /**
     * Creates a document whose sections are the Word file's top-level headings (text before the first one becomes a
     * section "Preamble"), with emphasis, lists, tables and footnotes kept as Markdown.
     *
     * @param title    the new document's title; when blank, the Word file's Title paragraph or else the file name
     * @param fileName the uploaded file's name, or null
     * @throws app.jointly.shared.InvalidInputException {@code bad-file} for anything that is not a plain, sane .docx
     *                                                  (not a zip, zip bomb, DTD/external entities, macros, damage)
     * @throws app.jointly.shared.TooLargeException     {@code too-large} over {@link #MAX_IMPORT_BYTES}
     * @throws app.jointly.shared.RateLimitedException  {@code busy} while other imports are being parsed
     */
    DocumentView importWord(WorkspaceId workspace, String title, DocumentKind kind, byte[] file, String fileName,
                            UserId by);
}
