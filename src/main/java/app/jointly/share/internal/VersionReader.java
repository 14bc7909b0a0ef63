package app.jointly.share.internal;

import app.jointly.document.DocumentView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.util.Optional;

/** Where a link that names a version reads that version ({@link DocumentVersionReader}). */
interface VersionReader {

    /** A named version the reader may see. */
    record Version(String name, DocumentView document) {
    }

    /**
     * @return the version, or empty when the document has no such version
     * @throws app.jointly.shared.NotFoundException when the reader may not read the document
     */
    Optional<Version> read(DocumentId document, String versionId, UserId reader);
}
