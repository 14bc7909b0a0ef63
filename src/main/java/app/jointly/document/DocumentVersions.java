package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.util.List;

/**
 * A document's version history for its readers: automatic versions (edits grouped by author, a new one after a
 * pause of two minutes or when someone else starts editing), named versions (frozen), the document as it was in
 * any version, a redline between two versions or a version and now, and restoring a version as a new change.
 * Access is checked as in {@link DocumentService}: a document outside the caller's workspaces is
 * {@link app.jointly.shared.NotFoundException}, writing without edit rights {@link app.jointly.shared.ForbiddenException}.
 * Version ids are those {@link #list} returns; an unknown one, or one of another document, is {@code version-not-found}.
 */
public interface DocumentVersions {

    /** Longest version name. */
    int MAX_NAME = 120;
    /** Most versions {@link #list} returns (newest first). */
    int MAX_LIST = 2000;
    /** The {@code to} of {@link #compare} that means the document as it is now. */
    String CURRENT = "current";

    /** Named and automatic versions together, newest first. */
    List<VersionSummary> list(DocumentId document, UserId viewer);

    /** Freezes the current state (live text included) under {@code name}. Needs edit rights. */
    VersionSummary name(DocumentId document, String name, UserId by);

    /** One version's summary. */
    VersionSummary find(DocumentId document, String versionId, UserId viewer);

    /** The document as it was in the version (title, sections in order; no agreement marks). */
    DocumentView at(DocumentId document, String versionId, UserId viewer);

    /** A redline from version {@code from} to version {@code to} or {@link #CURRENT}. */
    DocumentComparison compare(DocumentId document, String from, String to, UserId viewer);

    /**
     * Makes the version's title, sections and texts the document's again, as a new change by {@code by}: it is
     * recorded as a version of its own (its {@code restoredFrom} names the version), and what it replaced stays in
     * the history. A tentative agreement's locked text cannot be restored away (409 {@code agreed-text-locked}).
     */
    DocumentView restore(DocumentId document, String versionId, UserId by);
}
