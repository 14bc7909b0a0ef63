package app.jointly.vote;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.WorkspaceId;

/** A vote was created, opened or closed: open views on every node refresh. */
public record VoteStatusChanged(VoteId voteId, WorkspaceId workspaceId, VoteStatus status) implements ClusterEvent {
}
