package app.jointly.comment;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;

/**
 * A thread was resolved, reopened, or one of its comments edited or deleted: open views showing it re-read it.
 * Carries no text, and the visibility so a view can drop what its viewer may not see. Relayed to every node.
 */
public record CommentThreadChanged(String threadId, WorkspaceId workspaceId, CommentTarget target, Change change,
                                   CommentVisibility visibility, PartyId party, Instant at) implements ClusterEvent {

    /** What happened to the thread. */
    public enum Change {
        RESOLVED, REOPENED, EDITED, DELETED
    }
}
