package app.jointly.document;

import app.jointly.shared.DocumentId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A line in a workspace's list of documents (no section bodies). */
public record DocumentSummary(DocumentId id, WorkspaceId workspaceId, String title, DocumentKind kind, long version,
                              Instant updatedAt) {
}
