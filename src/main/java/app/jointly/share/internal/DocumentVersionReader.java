package app.jointly.share.internal;

import app.jointly.document.DocumentVersions;
import app.jointly.document.VersionSummary;
import app.jointly.shared.DocumentId;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads a link's version through the document module's history, as the member who made the link. */
@Component
class DocumentVersionReader implements VersionReader {

    private static final String UNKNOWN_VERSION = "version-not-found";

    private final DocumentVersions versions;

    DocumentVersionReader(DocumentVersions versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Version> read(DocumentId document, String versionId, UserId reader) {
        try {
            VersionSummary version = versions.find(document, versionId, reader);
            return Optional.of(new Version(version.name(), versions.at(document, versionId, reader)));
        } catch (NotFoundException e) {
            if (UNKNOWN_VERSION.equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
