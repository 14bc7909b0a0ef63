package app.jointly.share.internal;

import app.jointly.share.ShareLink;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A link as stored: the hash of its token, never the token. */
record StoredShareLink(String id, String tokenHash, DocumentId documentId, WorkspaceId workspaceId,
                       UserId createdBy, Instant createdAt, Instant expiresAt, String versionId, boolean feedback,
                       Instant revokedAt) {

    ShareLink view() {
        return new ShareLink(id, documentId, createdAt, expiresAt, versionId, feedback, revokedAt);
    }
}
