package app.jointly.workspace;

import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/** A workspace as its members see it. */
public record WorkspaceView(WorkspaceId id, String name, List<Party> parties, long version, Instant createdAt) {
}
