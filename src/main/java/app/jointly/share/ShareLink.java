package app.jointly.share;

import app.jointly.shared.DocumentId;
import java.time.Instant;

/**
 * A read-only link to a document as the team sees it in a list. The token itself is not part of it: it is shown
 * once, when the link is made ({@link IssuedShareLink}), and only its hash is stored.
 *
 * @param versionId the named version the link shows, or null for the current text
 * @param revokedAt when someone revoked it, or null
 */
public record ShareLink(String id, DocumentId documentId, Instant createdAt, Instant expiresAt, String versionId,
                        boolean feedback, Instant revokedAt) {

    /** Whether the link still opens at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
