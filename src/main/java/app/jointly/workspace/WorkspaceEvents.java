package app.jointly.workspace;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;

/** Past-tense facts about workspaces, heard on every node. */
public final class WorkspaceEvents {

    private WorkspaceEvents() {
    }

    public record WorkspaceCreated(WorkspaceId workspaceId, UserId owner) implements ClusterEvent {
    }

    public record WorkspaceChanged(WorkspaceId workspaceId) implements ClusterEvent {
    }

    public record MembershipChanged(WorkspaceId workspaceId, UserId userId) implements ClusterEvent {
    }
}
