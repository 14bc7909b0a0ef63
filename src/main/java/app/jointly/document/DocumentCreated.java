package app.jointly.document;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/** A document was created in a workspace. */
public record DocumentCreated(WorkspaceId workspaceId, DocumentId documentId, String title, DocumentKind kind,
                              UserId createdBy, Instant at) implements ClusterEvent {
}
