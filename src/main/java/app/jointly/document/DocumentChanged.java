package app.jointly.document;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;

/** A document's title or structure changed (renamed, sections reordered, added or removed); open views refresh (on every node). */
public record DocumentChanged(WorkspaceId workspaceId, DocumentId documentId, long version, UserId by)
        implements ClusterEvent {
}
