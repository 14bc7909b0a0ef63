package app.jointly.document.internal;

import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Read, change, write with the version check. With an expected version a stale change is refused; without one
 * (an edit of one section's text) the change is re-applied to the latest document when a concurrent write won the
 * race, so that edits of different sections never overwrite each other.
 */
@Component
public class DocumentWriter {

    private static final int ATTEMPTS = 5;

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final Clock clock;

    public DocumentWriter(DocumentRepository documents, DocumentAccess access, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    DocumentEntity change(DocumentId id, UserId by, OptionalLong expectedVersion, Consumer<DocumentEntity> change) {
        for (int attempt = 1; ; attempt++) {
            DocumentEntity document = access.writable(id, by);
            if (expectedVersion.isPresent()) {
                DocumentRules.expectVersion(document.currentVersion(), expectedVersion.getAsLong());
            }
            change.accept(document);
            document.touched(clock.instant(), by.value());
            try {
                return documents.save(document);
            } catch (OptimisticLockingFailureException e) {
                if (expectedVersion.isPresent() || attempt >= ATTEMPTS) {
                    throw new ConflictException("stale-version", "Someone changed this document at the same "
                            + "moment. Reload it and make your change again.");
                }
            }
        }
    }
}
